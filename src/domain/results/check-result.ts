import { formatViNumber } from '../shared/vi-format';
import { enteredScoreProblem } from '../frameworks/scoring-rule';
import type { Framework, ValidationIssue } from '../frameworks/framework';
import {
  ancestorCodes,
  frameworkTree,
  isBonusCode,
  isLeafCode,
} from '../frameworks/framework-tree';
import { SCORE_FIELD_LABELS, type NodeResult, type ScoreField } from './node-result';
import type { RolledUpResult } from './roll-up';
import { agreesWithPrinted, decimalsOf } from './printed-totals';

const SCORE_FIELDS = Object.keys(SCORE_FIELD_LABELS) as ScoreField[];

/**
 * Kiểm tra kết quả chấm điểm against the framework, in Vietnamese: a code the framework does
 * not have, two rows for one node, "not applicable" on a parent, a score entered both on a node
 * and under it (an area or criterion may be entered directly, the way decisions publish it, but
 * then not its sub-criteria too), and any of the four scores that is not a number, negative,
 * above the node's max, or between 0 and the max on a «Có / không» criterion. A bonus node has no normal max: its scores are checked against its bonus
 * ceiling instead.
 */
export function checkResultAgainstFramework(
  framework: Framework,
  results: readonly NodeResult[],
): ValidationIssue[] {
  const tree = frameworkTree(framework.nodes);
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const given = new Set(results.filter(hasValue).map((result) => result.nodeCode));
  for (const result of results) {
    const code = result.nodeCode;
    const node = tree.byCode.get(code);
    if (!node) {
      issues.push({
        code,
        message: `Không có tiêu chí mã «${code}» trong bộ chỉ số ${framework.code}.`,
      });
      continue;
    }
    if (seen.has(code)) {
      issues.push({ code, message: `Tiêu chí «${code}» có nhiều hơn một dòng kết quả.` });
      continue;
    }
    seen.add(code);
    const isLeaf = isLeafCode(tree, code);
    if (!isLeaf && result.notApplicable === true) {
      issues.push({
        code,
        message: `Tiêu chí «${code}» có tiêu chí con; chỉ đánh dấu «không áp dụng» ở tiêu chí không có tiêu chí con.`,
      });
      continue;
    }
    const isBonus = isBonusCode(tree, code);
    for (const field of SCORE_FIELDS) {
      const value = result[field];
      if (value === undefined || value === null) continue;
      const what = `Điểm ${SCORE_FIELD_LABELS[field]} của tiêu chí «${code}»`;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        issues.push({ code, message: `${what} không phải là số.` });
      } else if (value < 0) {
        issues.push({ code, message: `${what} là số âm (${show(value)}).` });
      } else if (value > node.maxPoints) {
        const ceiling = isBonus ? 'điểm thưởng tối đa' : 'điểm tối đa';
        issues.push({
          code,
          message: `${what} (${show(value)}) vượt ${ceiling} (${show(node.maxPoints)}).`,
        });
      } else {
        const problem = enteredScoreProblem(node.rule, node.maxPoints, value);
        if (problem) issues.push({ code, message: `${what}: ${problem}` });
      }
    }
    const enteredAbove = hasValue(result)
      ? ancestorCodes(tree, code).find((ancestor) => given.has(ancestor))
      : undefined;
    if (enteredAbove !== undefined) {
      issues.push({
        code,
        message: `Tiêu chí «${enteredAbove}» đã có điểm nhập trực tiếp nên không nhập thêm cho tiêu chí con «${code}»; mỗi nhánh chỉ nhập điểm ở một cấp.`,
      });
    }
  }
  return issues;
}

/** An entry that says something about the score: a score of any kind, or "not applicable". */
function hasValue(result: NodeResult): boolean {
  return (
    result.notApplicable === true ||
    SCORE_FIELDS.some((field) => result[field] !== undefined && result[field] !== null)
  );
}

/** Các tổng ghi trong tệp: totals and per-node figures as a published table states them. */
export interface GivenTotals {
  score?: number;
  lostPoints?: number;
  indexPercent?: number;
  maxPoints?: number;
  nodes?: Record<string, { score?: number; lostPoints?: number }>;
}

/** Chênh lệch: a figure in the file that the recomputed one, rounded to the figure's decimals, does not give. */
export interface TotalMismatch {
  code: string | null;
  field: 'score' | 'lostPoints' | 'indexPercent' | 'maxPoints';
  given: number;
  computed: number | null;
  message: string;
}

const FIELD_LABELS: Record<TotalMismatch['field'], string> = {
  score: 'điểm đạt',
  lostPoints: 'điểm bị trừ',
  indexPercent: 'chỉ số (%)',
  maxPoints: 'điểm tối đa',
};

/**
 * Đối chiếu tổng: reports (never fixes) every total or node figure given in an imported file
 * that the rolled-up one disagrees with beyond rounding to the figure's own decimals (88,1 agrees
 * with 88,09; 88,08 does not), e.g. "Tổng điểm đạt ghi trong tệp là 88,08 nhưng tính lại được
 * 88,09." Stored figures are numbers, so "88,10" typed as text counts one decimal here; the
 * import itself checks the decimals as typed (printed-totals.ts).
 */
export function compareGivenTotals(rolledUp: RolledUpResult, given: GivenTotals): TotalMismatch[] {
  const mismatches: TotalMismatch[] = [];
  const compare = (
    code: string | null,
    field: TotalMismatch['field'],
    givenValue: number | undefined,
    computed: number | null,
  ) => {
    if (givenValue === undefined) return;
    const printed = { value: givenValue, decimals: decimalsOf(givenValue) };
    if (computed !== null && agreesWithPrinted(printed, computed)) return;
    const subject =
      code === null
        ? `Tổng ${FIELD_LABELS[field]}`
        : `${capitalise(FIELD_LABELS[field])} của «${code}»`;
    const recomputed = computed === null ? 'không tính được' : `tính lại được ${show(computed)}`;
    mismatches.push({
      code,
      field,
      given: givenValue,
      computed,
      message: `${subject} ghi trong tệp là ${show(givenValue)} nhưng ${recomputed}.`,
    });
  };
  const { totals } = rolledUp;
  compare(null, 'maxPoints', given.maxPoints, totals.maxPoints);
  compare(null, 'score', given.score, totals.score);
  compare(null, 'lostPoints', given.lostPoints, totals.lostPoints);
  compare(null, 'indexPercent', given.indexPercent, totals.indexPercent);
  const nodesByCode = new Map(rolledUp.nodes.map((node) => [node.code, node]));
  for (const [code, figures] of Object.entries(given.nodes ?? {})) {
    const node = nodesByCode.get(code);
    compare(code, 'score', figures.score, node ? node.score : null);
    compare(code, 'lostPoints', figures.lostPoints, node ? node.lostPoints : null);
  }
  return mismatches;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function show(value: number): string {
  return formatViNumber(value, 4);
}
