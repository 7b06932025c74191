import { ORGANISATION_TYPES } from '../organisations/organisation-type';
import { formatViNumber, isIsoDate } from '../shared/vi-format';
import {
  ILLUSTRATIVE_NOTE,
  NODE_LEVELS,
  SCORING_METHODS,
  type Framework,
  type FrameworkNode,
  type ValidationIssue,
} from './framework';
import { childrenOf, frameworkTree, isBonusCode, type FrameworkTree } from './framework-tree';
import { isIndexKind } from './index-kind';
import { kpiKeyProblem } from './kpi-key';
import { MAX_POINTS_TOLERANCE, sumPoints } from './points';
import { checkScoringRule } from './validate-scoring-rule';

/**
 * Kiểm tra bộ chỉ số: every problem that would make the framework unusable, in Vietnamese, each
 * with the node code it concerns (null for the framework as a whole). Empty when the framework
 * is sound: codes unique and non-empty, parents exist, no cycles, leaves have a method and a
 * rule (parents have none), maxima ≥ 0, children's maxima sum to their parent's (±0.001, bonus
 * children aside) unless the parent says `childrenMaxMayDiffer`, rule parameters sensible, the
 * areas sum to the scale's total, a criterion's KPI key (mã KPI) is a shipped KPI on a ratio leaf,
 * and an illustrative framework carries ILLUSTRATIVE_NOTE.
 */
export function validateFramework(framework: Framework): ValidationIssue[] {
  const nodes = Array.isArray(framework.nodes) ? framework.nodes : [];
  const tree = frameworkTree(nodes);
  const cyclic = findCycles(tree, nodes);
  return [
    ...checkHeader(framework),
    ...checkCodes(nodes),
    ...cyclic.issues,
    ...nodes.flatMap((node) => checkNode(tree, node, cyclic.codes)),
    ...checkScaleTotal(framework, tree),
  ];
}

function checkHeader(framework: Framework): ValidationIssue[] {
  const problems: string[] = [];
  if (typeof framework.code !== 'string' || framework.code.trim() === '') {
    problems.push('Bộ chỉ số chưa có mã.');
  }
  if (typeof framework.name !== 'string' || framework.name.trim() === '') {
    problems.push('Bộ chỉ số chưa có tên.');
  }
  if (!isIndexKind(framework.indexKind)) {
    problems.push(`Loại chỉ số «${String(framework.indexKind)}» không được hỗ trợ.`);
  }
  if (!Number.isInteger(framework.year) || framework.year < 2000 || framework.year > 2100) {
    problems.push(`Năm áp dụng «${String(framework.year)}» không hợp lệ.`);
  }
  if (!Number.isInteger(framework.version) || framework.version < 1) {
    problems.push('Phiên bản phải là số nguyên từ 1 trở lên.');
  }
  const unitTypes: unknown[] = Array.isArray(framework.unitTypes) ? framework.unitTypes : [];
  if (unitTypes.length === 0) problems.push('Bộ chỉ số chưa có loại đơn vị áp dụng.');
  for (const unitType of unitTypes) {
    if (!(ORGANISATION_TYPES as readonly unknown[]).includes(unitType)) {
      problems.push(`Loại đơn vị «${String(unitType)}» không hợp lệ.`);
    }
  }
  const decision = framework.decision;
  if (decision !== null) {
    if (typeof decision?.number !== 'string' || decision.number.trim() === '') {
      problems.push('Quyết định ban hành chưa có số, ký hiệu.');
    }
    if (typeof decision?.date !== 'string' || !isIsoDate(decision.date)) {
      problems.push('Ngày ban hành quyết định phải là ngày hợp lệ dạng YYYY-MM-DD.');
    }
    if (typeof decision?.issuer !== 'string' || decision.issuer.trim() === '') {
      problems.push('Quyết định ban hành chưa có cơ quan ban hành.');
    }
  }
  if (framework.illustrative && framework.note !== ILLUSTRATIVE_NOTE) {
    problems.push(`Bộ chỉ số mẫu minh họa phải có ghi chú «${ILLUSTRATIVE_NOTE}».`);
  }
  const scale = framework.scale;
  if (scale?.unit !== 'points' && scale?.unit !== 'percent') {
    problems.push('Thang điểm phải là «points» hoặc «percent».');
  }
  if (scale?.maxTotal !== null && !(Number.isFinite(scale?.maxTotal) && scale.maxTotal > 0)) {
    problems.push('Tổng điểm tối đa của thang điểm phải là số dương hoặc để trống.');
  }
  return problems.map((message) => ({ code: null, message }));
}

function checkCodes(nodes: readonly FrameworkNode[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const counts = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (typeof node.code !== 'string' || node.code.trim() === '') {
      issues.push({ code: null, message: `Tiêu chí thứ ${index + 1} chưa có mã.` });
      return;
    }
    counts.set(node.code, (counts.get(node.code) ?? 0) + 1);
  });
  for (const [code, count] of counts) {
    if (count > 1) issues.push({ code, message: `Mã «${code}» bị trùng (${count} tiêu chí).` });
  }
  return issues;
}

/** Codes caught in a parent loop (1.1 → 1.2 → 1.1), each loop reported once. */
function findCycles(
  tree: FrameworkTree,
  nodes: readonly FrameworkNode[],
): { codes: Set<string>; issues: ValidationIssue[] } {
  const codes = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const start of nodes) {
    const path: string[] = [];
    let current: FrameworkNode | undefined = start;
    while (current && !path.includes(current.code) && !codes.has(current.code)) {
      path.push(current.code);
      current = current.parentCode === null ? undefined : tree.byCode.get(current.parentCode);
    }
    if (!current || codes.has(current.code)) continue;
    const loop = path.slice(path.indexOf(current.code));
    loop.forEach((code) => codes.add(code));
    issues.push({
      code: current.code,
      message: `Các tiêu chí ${[...loop, current.code].join(' → ')} tạo thành vòng lặp cấp trên – cấp dưới.`,
    });
  }
  return { codes, issues };
}

function checkNode(
  tree: FrameworkTree,
  node: FrameworkNode,
  cyclic: Set<string>,
): ValidationIssue[] {
  if (typeof node.code !== 'string' || node.code.trim() === '') return [];
  const problems: string[] = [];
  const name = `Tiêu chí «${node.code}»`;
  if (typeof node.name !== 'string' || node.name.trim() === '')
    problems.push(`${name} chưa có tên.`);
  if (node.parentCode !== null && !tree.byCode.has(node.parentCode)) {
    problems.push(`${name} có mã cấp trên «${String(node.parentCode)}» không tồn tại.`);
  }
  const hasValidMax = Number.isFinite(node.maxPoints) && node.maxPoints >= 0;
  if (!hasValidMax) problems.push(`${name} phải có điểm tối đa là số không âm.`);
  if (node.level !== undefined && !NODE_LEVELS.includes(node.level)) {
    problems.push(`${name} có cấp «${String(node.level)}» không hợp lệ.`);
  }
  if (node.method !== undefined && !SCORING_METHODS.includes(node.method)) {
    problems.push(`${name} có phương thức đánh giá «${String(node.method)}» không hợp lệ.`);
  }
  for (const unitType of node.applicability?.exemptUnitTypes ?? []) {
    if (!(ORGANISATION_TYPES as readonly unknown[]).includes(unitType)) {
      problems.push(`${name} miễn áp dụng cho loại đơn vị «${String(unitType)}» không hợp lệ.`);
    }
  }
  const exemptable: unknown = node.applicability?.exemptable;
  if (exemptable !== undefined && typeof exemptable !== 'boolean') {
    problems.push(`${name}: «được miễn áp dụng» phải là có hoặc không.`);
  }
  const children = childrenOf(tree, node.code);
  const isBonus = isBonusCode(tree, node.code);
  const kpiProblem = kpiKeyProblem(node, children.length === 0);
  if (kpiProblem) problems.push(`${name}: ${kpiProblem}`);
  if (children.length === 0) {
    if (node.method === undefined) problems.push(`${name} chưa có phương thức đánh giá.`);
    if (node.rule === undefined) problems.push(`${name} chưa có quy tắc chấm điểm.`);
    else if (hasValidMax) {
      problems.push(
        ...checkScoringRule(node.rule, node.maxPoints, isBonus).map((p) => `${name}: ${p}`),
      );
      if (node.rule.type === 'survey' && node.method !== undefined && node.method !== 'survey') {
        problems.push(`${name}: quy tắc điều tra xã hội học cần phương thức đánh giá «survey».`);
      }
    }
    // The same reading as assessment/evidence-requirement's needsEvidence (kept here: no import cycle).
    const needsEvidence = node.requiresEvidence ?? (node.evidence ?? '').trim() !== '';
    if (node.zeroWithoutEvidence === true && !needsEvidence) {
      problems.push(
        `${name}: «không có tài liệu kiểm chứng thì 0 điểm» chỉ đặt cho tiêu chí cần tài liệu kiểm chứng.`,
      );
    }
    if (node.isBonus && node.rule !== undefined && node.rule.type !== 'bonus') {
      problems.push(`${name} là điểm thưởng nên phải dùng quy tắc điểm thưởng.`);
    }
  } else {
    if (node.rule !== undefined) {
      problems.push(`${name} có tiêu chí con nên không được có quy tắc chấm điểm riêng.`);
    }
    if (node.zeroWithoutEvidence === true) {
      problems.push(
        `${name} có tiêu chí con: «không có tài liệu kiểm chứng thì 0 điểm» đặt ở tiêu chí được chấm.`,
      );
    }
    if (hasValidMax && !node.childrenMaxMayDiffer && !cyclic.has(node.code)) {
      // Bonus children add above the maximum, so they are left out of a normal parent's sum.
      const counted = isBonus ? children : children.filter((child) => !child.isBonus);
      const sum = sumPoints(counted.map((child) => child.maxPoints).filter(Number.isFinite));
      if (Math.abs(sum - node.maxPoints) > MAX_POINTS_TOLERANCE) {
        problems.push(
          `Tổng điểm tối đa các tiêu chí con của «${node.code}» là ${show(sum)}, khác điểm tối đa ${show(node.maxPoints)}.`,
        );
      }
    }
  }
  return problems.map((message) => ({ code: node.code, message }));
}

function checkScaleTotal(framework: Framework, tree: FrameworkTree): ValidationIssue[] {
  const maxTotal = framework.scale?.maxTotal;
  if (typeof maxTotal !== 'number' || !Number.isFinite(maxTotal)) return [];
  const areas = tree.roots.filter((root) => !root.isBonus);
  const sum = sumPoints(areas.map((area) => area.maxPoints).filter(Number.isFinite));
  if (Math.abs(sum - maxTotal) <= MAX_POINTS_TOLERANCE) return [];
  return [
    {
      code: null,
      message: `Tổng điểm tối đa các lĩnh vực là ${show(sum)}, khác tổng điểm của thang điểm ${show(maxTotal)}.`,
    },
  ];
}

function show(value: number): string {
  return formatViNumber(value, 4);
}
