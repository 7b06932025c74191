// Dự báo điểm năm nay: a range (cận dưới / cận trên) for one unit's score on this year's framework,
// built from last year's result and moved criterion by criterion by the year's work — tasks linked
// to criteria, KPI figures of accepted reports (else the dossier data), the self-assessment once
// started — with a line saying where every point comes from ("vì sao 86,4?").
import { ancestorCodes, frameworkTree, type FrameworkTree } from '../frameworks/framework-tree';
import { roundPoints, sumPoints } from '../frameworks/points';
import { applyScoringRule } from '../frameworks/scoring-rule';
import { effectiveScore, type NodeResult } from '../results/node-result';
import { rollUpResult, type RolledUpNode } from '../results/roll-up';
import { formatViNumber } from '../shared/vi-format';
import type { ProjectionInput, ProjectionTask } from './projection-input';

/** Dòng giải thích: one step of a bound ("+1,5 điểm tiêu chí 2.3: …"); `points` is the step's change. */
export interface ExplanationLine {
  nodeCode: string | null;
  points: number | null;
  text: string;
}

/** Cận của khoảng dự báo: the projected score, the index it gives (%), and the lines explaining it. */
export interface ProjectionBound {
  score: number;
  indexPercent: number | null;
  lines: ExplanationLine[];
}

/** Tiêu chí tác động: a criterion the year's work moves, from last year's score to each bound (null: không áp dụng). */
export interface ProjectionDriver {
  code: string;
  name: string;
  /** Last year's score on this node (this year's code), null when it had none. */
  from: number | null;
  toPessimistic: number | null;
  toOptimistic: number | null;
  why: string;
}

/** Dự báo điểm của một đơn vị: the baseline, both bounds and the criteria that move them most first. */
export interface Projection {
  year: number;
  applicableMaxPoints: number;
  baseline: { year: number; score: number; indexPercent: number | null } | null;
  pessimistic: ProjectionBound;
  optimistic: ProjectionBound;
  drivers: ProjectionDriver[];
}

/** What a bound sets a node to: a score, or "không áp dụng". */
type Target = { score: number } | { notApplicable: true };

interface Adjustment {
  code: string;
  /** The score this node starts from on each bound (last year's, or 0 / max when unknown). */
  base: number;
  pessimistic: Target;
  optimistic: Target;
  why: { pessimistic: string; optimistic: string };
}

const fmt = (value: number) => formatViNumber(value, 2);
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${fmt(Math.abs(value))}`;
const clamp = (value: number, max: number) => roundPoints(Math.min(max, Math.max(0, value)));
const scoreOf = (target: Target): number | null => ('score' in target ? target.score : null);

/**
 * Dự báo điểm năm nay. For each leaf (and any node a task, KPI or self-score names):
 * - the baseline is last year's score under this year's code (code mapping; two old codes into one
 *   add up), capped at this year's max; a leaf with no score last year and none above it is
 *   unknown: 0 on the lower bound, its max on the upper;
 * - tasks (b): the upper bound adds the largest points at stake of the tasks that are not "không
 *   thực hiện được" (every task due this year done); the lower bound only those of tasks an
 *   ACCEPTED report shows done (accepted evidence); each node once, capped at its max;
 * - a KPI (c) on a ratio / ratio-with-threshold node replaces that estimate on both bounds by the
 *   rule applied to the accepted figure; where no accepted figure exists, the dossier KPI the node
 *   reads (its `kpiKey`, the year so far) does the same, so the projection moves with the data;
 * - the self-assessment (d) replaces everything on the nodes it scored: the upper bound takes the
 *   self score; the lower one too when evidence backs it, otherwise it keeps the lower of the
 *   self score and its estimate (a claim without evidence never raises the floor); "không áp
 *   dụng" drops the node from both.
 * Bonus nodes (điểm thưởng) are not projected: both bounds stay within the applicable maximum.
 * A node whose score was entered above leaf level last year (an area as a decision publishes it)
 * takes its children's changes as a change of its own score.
 */
export function projectScore(input: ProjectionInput): Projection {
  const { framework } = input;
  const tree = frameworkTree(framework.nodes);
  const options = input.unitType ? { unitType: input.unitType } : {};
  const baselineResults = mapBaseline(tree, input);
  const baseRolled = rollUpResult(framework, [...baselineResults.values()], options);
  const baseNodes = new Map(baseRolled.nodes.map((node) => [node.code, node]));
  const isProjectable = (code: string): boolean => {
    const node = baseNodes.get(code);
    return node !== undefined && node.isApplicable && !node.isBonus;
  };
  const hasEnteredAncestor = (code: string) =>
    ancestorCodes(tree, code).some((each) => baselineResults.has(each));

  const adjustments = new Map<string, Adjustment>();
  const adjustmentOf = (code: string): Adjustment => {
    const existing = adjustments.get(code);
    if (existing) return existing;
    const base = baseNodes.get(code)!.score;
    const created: Adjustment = {
      code,
      base,
      pessimistic: { score: base },
      optimistic: { score: base },
      why: { pessimistic: '', optimistic: '' },
    };
    adjustments.set(code, created);
    return created;
  };

  // Unknown leaves: no score last year, none entered above them.
  for (const node of baseRolled.nodes) {
    if (!node.isLeaf || node.scoreState !== 'unscored' || !isProjectable(node.code)) continue;
    if (hasEnteredAncestor(node.code)) continue;
    const adjustment = adjustmentOf(node.code);
    adjustment.optimistic = { score: node.applicableMaxPoints };
    const why =
      input.previous === null
        ? 'chưa có kết quả năm trước'
        : `năm ${input.previous.year} chưa có điểm tiêu chí này`;
    adjustment.why = {
      pessimistic: `${why}: cận dưới tính 0 điểm`,
      optimistic: `${why}: cận trên tính điểm tối đa`,
    };
  }

  applyTasks(input.tasks, isProjectable, baseNodes, adjustmentOf);

  const measured = new Set<string>();
  for (const kpi of input.kpis) {
    const definition = tree.byCode.get(kpi.nodeCode);
    const rule = definition?.rule;
    if (!definition || !rule || !isProjectable(kpi.nodeCode)) continue;
    if (rule.type !== 'ratio' && rule.type !== 'ratio_threshold') continue;
    // The server gives the latest figure first; an older one for the same node is ignored.
    if (measured.has(kpi.nodeCode)) continue;
    measured.add(kpi.nodeCode);
    const max = baseNodes.get(kpi.nodeCode)!.applicableMaxPoints;
    const outcome = applyScoringRule(rule, kpi.value, max);
    if (!outcome.ok) continue;
    const adjustment = adjustmentOf(kpi.nodeCode);
    const why = `tỷ lệ «${kpi.metric}» ${fmt(kpi.value)}% theo ${kpi.periodLabel} được chấp nhận`;
    adjustment.pessimistic = { score: outcome.points };
    adjustment.optimistic = { score: outcome.points };
    adjustment.why = { pessimistic: why, optimistic: why };
  }

  // The dossier data (c'): only where no accepted report gives a figure — an accepted report is
  // the unit's reviewed word for the period, the data an estimate of the year so far.
  for (const kpi of input.dossierKpis ?? []) {
    const rule = tree.byCode.get(kpi.nodeCode)?.rule;
    if (!rule || !isProjectable(kpi.nodeCode) || measured.has(kpi.nodeCode)) continue;
    if (rule.type !== 'ratio' && rule.type !== 'ratio_threshold') continue;
    measured.add(kpi.nodeCode);
    const max = baseNodes.get(kpi.nodeCode)!.applicableMaxPoints;
    const outcome = applyScoringRule(rule, Math.min(100, Math.max(0, kpi.value)), max);
    if (!outcome.ok) continue;
    const adjustment = adjustmentOf(kpi.nodeCode);
    const why = `«${kpi.kpiLabel}» ${fmt(kpi.value)}% theo dữ liệu hồ sơ ${kpi.monthsLabel}`;
    adjustment.pessimistic = { score: outcome.points };
    adjustment.optimistic = { score: outcome.points };
    adjustment.why = { pessimistic: why, optimistic: why };
  }

  for (const entry of input.selfAssessment ?? []) {
    if (!isProjectable(entry.nodeCode)) continue;
    if (entry.notApplicable) {
      const adjustment = adjustmentOf(entry.nodeCode);
      const why = 'không áp dụng theo tự đánh giá năm nay';
      adjustment.pessimistic = { notApplicable: true };
      adjustment.optimistic = { notApplicable: true };
      adjustment.why = { pessimistic: why, optimistic: why };
      continue;
    }
    if (entry.selfScore === null) continue;
    const max = baseNodes.get(entry.nodeCode)!.applicableMaxPoints;
    const self = clamp(entry.selfScore, max);
    const adjustment = adjustmentOf(entry.nodeCode);
    const estimate = scoreOf(adjustment.pessimistic) ?? self;
    adjustment.optimistic = { score: self };
    adjustment.why.optimistic = `tự chấm ${fmt(self)} điểm`;
    if (entry.hasEvidence) {
      adjustment.pessimistic = { score: self };
      adjustment.why.pessimistic = `tự chấm ${fmt(self)} điểm, có minh chứng`;
    } else if (self < estimate) {
      adjustment.pessimistic = { score: self };
      adjustment.why.pessimistic = `tự chấm ${fmt(self)} điểm (chưa có minh chứng)`;
    } else {
      adjustment.why.pessimistic = `${adjustment.why.pessimistic || 'giữ điểm năm trước'}; tự chấm ${fmt(self)} điểm chưa có minh chứng nên không tính ở cận dưới`;
    }
  }

  const changed = [...adjustments.values()].filter(
    (each) => each.why.pessimistic !== '' || each.why.optimistic !== '',
  );
  const pessimistic = buildBound(
    'pessimistic',
    input,
    tree,
    baselineResults,
    baseNodes,
    changed,
    options,
  );
  const optimistic = buildBound(
    'optimistic',
    input,
    tree,
    baselineResults,
    baseNodes,
    changed,
    options,
  );
  return {
    year: framework.year,
    applicableMaxPoints: baseRolled.totals.applicableMaxPoints,
    baseline: input.previous
      ? {
          year: input.previous.year,
          score: baseRolled.totals.score,
          indexPercent: baseRolled.totals.indexPercent,
        }
      : null,
    pessimistic: pessimistic.bound,
    optimistic: optimistic.bound,
    drivers: driversOf(tree, baseNodes, changed),
  };
}

/** Last year's results under this year's codes: effective score capped at this year's max, bonus left out. */
function mapBaseline(tree: FrameworkTree, input: ProjectionInput): Map<string, NodeResult> {
  const mapped = new Map<string, NodeResult>();
  if (!input.previous) return mapped;
  const mapping = input.previous.codeMapping ?? {};
  for (const result of input.previous.results) {
    const code = Object.hasOwn(mapping, result.nodeCode)
      ? (mapping[result.nodeCode] ?? result.nodeCode)
      : result.nodeCode;
    const node = tree.byCode.get(code);
    if (!node || isBonusNode(tree, code)) continue;
    const score = effectiveScore(result);
    const before = mapped.get(code);
    if (result.notApplicable && score === null) {
      if (!before) mapped.set(code, { nodeCode: code, notApplicable: true });
      continue;
    }
    if (score === null) continue;
    const total = (before?.appraisedScore ?? 0) + score;
    mapped.set(code, { nodeCode: code, appraisedScore: clamp(total, node.maxPoints) });
  }
  return mapped;
}

const isBonusNode = (tree: FrameworkTree, code: string) =>
  [code, ...ancestorCodes(tree, code)].some((each) => tree.byCode.get(each)?.isBonus === true);

/** Tasks (b): the largest points at stake per node, on each bound, capped at the node's max. */
function applyTasks(
  tasks: readonly ProjectionTask[],
  isProjectable: (code: string) => boolean,
  baseNodes: ReadonlyMap<string, RolledUpNode>,
  adjustmentOf: (code: string) => Adjustment,
): void {
  const gains = new Map<
    string,
    {
      pessimistic: { points: number; task: ProjectionTask } | null;
      optimistic: { points: number; task: ProjectionTask } | null;
    }
  >();
  for (const task of tasks) {
    const counts = {
      // Accepted evidence always counts, even for a task later marked otherwise.
      pessimistic: task.acceptedReport !== null,
      optimistic: task.acceptedReport !== null || task.status !== 'cannot_do',
    };
    for (const link of task.nodeLinks) {
      if (!isProjectable(link.code) || !(link.pointsAtStake > 0)) continue;
      const gain = gains.get(link.code) ?? { pessimistic: null, optimistic: null };
      for (const bound of ['pessimistic', 'optimistic'] as const) {
        if (!counts[bound]) continue;
        const best = gain[bound];
        if (!best || link.pointsAtStake > best.points) {
          gain[bound] = { points: link.pointsAtStake, task };
        }
      }
      gains.set(link.code, gain);
    }
  }
  for (const [code, gain] of gains) {
    const max = baseNodes.get(code)!.applicableMaxPoints;
    const adjustment = adjustmentOf(code);
    const pessimisticBase = scoreOf(adjustment.pessimistic) ?? 0;
    const optimisticBase = scoreOf(adjustment.optimistic) ?? 0;
    if (gain.pessimistic && pessimisticBase < max) {
      const { points, task } = gain.pessimistic;
      adjustment.pessimistic = { score: clamp(pessimisticBase + points, max) };
      adjustment.why.pessimistic = `nhiệm vụ «${task.content}» hoàn thành, minh chứng đã được chấp nhận (${task.acceptedReport!.periodLabel})`;
    }
    // An unknown leaf is already at its max on the upper bound: a task adds nothing there.
    if (gain.optimistic && optimisticBase < max) {
      const { points, task } = gain.optimistic;
      adjustment.optimistic = { score: clamp(optimisticBase + points, max) };
      const state = task.acceptedReport
        ? `hoàn thành, minh chứng đã được chấp nhận (${task.acceptedReport.periodLabel})`
        : task.status === 'done'
          ? 'đã hoàn thành, chưa có báo cáo được chấp nhận'
          : 'dự kiến hoàn thành trong năm';
      adjustment.why.optimistic = `nhiệm vụ «${task.content}» ${state}`;
    }
  }
}

/** One bound: last year's entries with every change written in (nested changes folded into the outermost), rolled up. */
function buildBound(
  bound: 'pessimistic' | 'optimistic',
  input: ProjectionInput,
  tree: FrameworkTree,
  baselineResults: ReadonlyMap<string, NodeResult>,
  baseNodes: ReadonlyMap<string, RolledUpNode>,
  changed: readonly Adjustment[],
  options: { unitType?: ProjectionInput['unitType'] },
): { bound: ProjectionBound } {
  const entries = new Map(baselineResults);
  const changedCodes = new Set(changed.map((each) => each.code));
  const lines: ExplanationLine[] = [];
  const baselineScore = sumPoints(
    [...baseNodes.values()].filter((node) => node.parentCode === null).map((node) => node.score),
  );
  lines.push({
    nodeCode: null,
    points: baselineScore,
    text: input.previous
      ? `Điểm năm ${input.previous.year} quy đổi sang bộ chỉ số năm ${input.framework.year}: ${fmt(baselineScore)} điểm`
      : `Chưa có kết quả năm trước: tính từ 0 điểm`,
  });
  // Outermost first, so a node whose ancestor also changed folds into it.
  const ordered = [...changed].sort(
    (a, b) => ancestorCodes(tree, a.code).length - ancestorCodes(tree, b.code).length,
  );
  let expected = baselineScore;
  for (const adjustment of ordered) {
    const target = adjustment[bound];
    const name = tree.byCode.get(adjustment.code)!.name;
    const why = adjustment.why[bound] || 'giữ điểm năm trước';
    const holder =
      ancestorCodes(tree, adjustment.code).find((code) => changedCodes.has(code)) ??
      ancestorCodes(tree, adjustment.code).find((code) => entries.has(code)) ??
      null;
    if ('notApplicable' in target) {
      if (holder === null)
        entries.set(adjustment.code, { nodeCode: adjustment.code, notApplicable: true });
      const delta = holder === null ? -adjustment.base : 0;
      expected = roundPoints(expected + delta);
      lines.push({
        nodeCode: adjustment.code,
        points: delta,
        text: `${signed(delta)} điểm tiêu chí ${adjustment.code} «${name}»: ${why} (điểm tối đa áp dụng giảm ${fmt(baseNodes.get(adjustment.code)!.applicableMaxPoints)})`,
      });
      continue;
    }
    let delta = roundPoints(target.score - adjustment.base);
    if (holder === null) {
      entries.set(adjustment.code, { nodeCode: adjustment.code, appraisedScore: target.score });
    } else {
      const held = entries.get(holder);
      const current = held?.appraisedScore ?? baseNodes.get(holder)!.score;
      const next = clamp(current + delta, baseNodes.get(holder)!.applicableMaxPoints);
      delta = roundPoints(next - current);
      entries.set(holder, { nodeCode: holder, appraisedScore: next });
    }
    if (delta === 0 && adjustment.why[bound] === '') continue;
    expected = roundPoints(expected + delta);
    lines.push({
      nodeCode: adjustment.code,
      points: delta,
      text: `${signed(delta)} điểm tiêu chí ${adjustment.code} «${name}»: ${why}${holder !== null ? ` (tính vào điểm của ${holder})` : ''}`,
    });
  }
  const rolled = rollUpResult(input.framework, [...entries.values()], options);
  const { score, applicableMaxPoints, indexPercent } = rolled.totals;
  const residual = roundPoints(score - expected);
  if (residual !== 0) {
    lines.push({
      nodeCode: null,
      points: residual,
      text: `${signed(residual)} điểm: giới hạn điểm tối đa của tiêu chí cấp trên`,
    });
  }
  lines.push({
    nodeCode: null,
    points: score,
    text:
      indexPercent === null
        ? `= ${fmt(score)} điểm (chưa đủ điểm để tính chỉ số)`
        : `= ${fmt(score)} điểm trên ${fmt(applicableMaxPoints)} điểm áp dụng → chỉ số ${fmt(indexPercent)}%`,
  });
  return { bound: { score, indexPercent, lines } };
}

function driversOf(
  tree: FrameworkTree,
  baseNodes: ReadonlyMap<string, RolledUpNode>,
  changed: readonly Adjustment[],
): ProjectionDriver[] {
  const drivers = changed.map((adjustment) => {
    const node = baseNodes.get(adjustment.code)!;
    const from = node.scoreState === 'unscored' ? null : node.score;
    const why = [
      ...new Set([adjustment.why.pessimistic, adjustment.why.optimistic].filter(Boolean)),
    ].join('; cận trên: ');
    return {
      code: adjustment.code,
      name: tree.byCode.get(adjustment.code)!.name,
      from,
      toPessimistic: scoreOf(adjustment.pessimistic),
      toOptimistic: scoreOf(adjustment.optimistic),
      why,
    };
  });
  const movement = (driver: ProjectionDriver) =>
    Math.abs((driver.toPessimistic ?? 0) - (driver.from ?? 0)) +
    Math.abs((driver.toOptimistic ?? 0) - (driver.from ?? 0));
  return drivers.sort((a, b) => movement(b) - movement(a) || a.code.localeCompare(b.code));
}
