import type { Framework } from '../frameworks/framework';
import { frameworkTree, isLeafCode } from '../frameworks/framework-tree';
import { roundPoints, sumPoints } from '../frameworks/points';
import type { OrganisationType } from '../organisations/organisation-type';
import { gradeFor, type GradeBand } from '../results/grades';
import type { NodeResult } from '../results/node-result';
import { describeRankChange, rankUnits } from '../results/ranking';
import { rollUpResult, type RolledUpResult, type ScoreState } from '../results/roll-up';
import { entryToNodeResult, type AssessmentEntry } from './assessment-entry';
import { surveyLeaves } from './survey-nodes';
import { notApplicableCodes } from './unit-applicability';

/** Đơn vị tham gia as the results need it: its type, exemptions and entries. */
export interface RoundResultUnit {
  organisationId: string;
  unitType: OrganisationType;
  exemptNodeCodes: readonly string[];
  entries: readonly AssessmentEntry[];
}

/** Kết quả năm trước of a unit: its index and rank among how many (null when not ranked). */
export interface PreviousYearResult {
  indexPercent: number | null;
  rank: number | null;
  rankedCount: number;
}

/**
 * Kết quả của một đơn vị trong đợt: điểm thẩm định (appraised part: every leaf not scored by
 * survey), điểm điều tra xã hội học (survey part), total = appraised + survey, the applicable
 * max, chỉ số (index %, null until every applicable area is scored), rank among the taking-part
 * units of the same type ("4/20": `rank` of `rankedCount`), grade, and the change from last year.
 * `nodeResults` are what finalising writes as the unit's result.
 */
export interface UnitRoundResult {
  organisationId: string;
  unitType: OrganisationType;
  appraisedPart: number;
  surveyPart: number;
  total: number;
  applicableMaxPoints: number;
  indexPercent: number | null;
  scoreState: ScoreState;
  rank: number | null;
  rankedCount: number;
  grade: GradeBand | null;
  previous: PreviousYearResult | null;
  /** Chỉ số tăng/giảm so với năm trước, in percentage points. */
  indexChange: number | null;
  /** "tăng 02 bậc", "giảm 01 bậc", "giữ nguyên thứ hạng". */
  rankChange: string | null;
  nodeResults: NodeResult[];
  rolledUp: RolledUpResult;
}

/**
 * Điểm từng tiêu chí của đơn vị khi chốt: the entries as results (entryToNodeResult), where a
 * survey leaf keeps only its survey score (and the self score, for the record), a leaf scored by
 * appraisal keeps no survey score — so the official score is appraisal 2 ?? appraisal 1 ?? the
 * self score the appraisal left unchanged — and every leaf the unit is exempt from is "không áp
 * dụng" without a score.
 */
export function roundNodeResults(
  framework: Pick<Framework, 'nodes'>,
  unit: Pick<RoundResultUnit, 'unitType' | 'exemptNodeCodes' | 'entries'>,
): NodeResult[] {
  const tree = frameworkTree(framework.nodes);
  const survey = new Set(surveyLeaves(framework).map((node) => node.code));
  const exempt = notApplicableCodes(framework, unit.unitType, unit.exemptNodeCodes);
  const results = new Map<string, NodeResult>();
  for (const entry of unit.entries) {
    if (!tree.byCode.has(entry.nodeCode)) continue;
    if (exempt.has(entry.nodeCode)) continue;
    const result = entryToNodeResult(entry);
    results.set(
      entry.nodeCode,
      survey.has(entry.nodeCode)
        ? { ...result, appraisedScore: null, appraisedScore2: null }
        : { ...result, surveyScore: null },
    );
  }
  for (const code of exempt) {
    if (isLeafCode(tree, code)) results.set(code, { nodeCode: code, notApplicable: true });
  }
  return [...results.values()];
}

/**
 * Kết quả đợt đánh giá: per taking-part unit the appraised and survey parts, total, index
 * (through the results roll-up), rank among the units of its type with ties shared, grade, and
 * the change from last year's result (`previous`, by organisation id), in the order given.
 */
export function computeRoundResults(
  framework: Framework,
  units: readonly RoundResultUnit[],
  options: {
    gradeBands: readonly GradeBand[];
    previous?: ReadonlyMap<string, PreviousYearResult>;
  },
): UnitRoundResult[] {
  const survey = new Set(surveyLeaves(framework).map((node) => node.code));
  const rolled = units.map((unit) => {
    const nodeResults = roundNodeResults(framework, unit);
    const rolledUp = rollUpResult(framework, nodeResults, { unitType: unit.unitType });
    const surveyPart = sumPoints(
      rolledUp.nodes
        .filter((node) => survey.has(node.code) && node.isApplicable && node.isEntered)
        .map((node) => node.score),
    );
    return { unit, nodeResults, rolledUp, surveyPart };
  });

  const ranks = new Map<string, { rank: number; of: number }>();
  const types = new Set(units.map((unit) => unit.unitType));
  for (const type of types) {
    const ranked = rankUnits(
      rolled
        .filter(
          ({ unit, rolledUp }) => unit.unitType === type && rolledUp.totals.indexPercent !== null,
        )
        .map(({ unit, rolledUp }) => ({
          unitId: unit.organisationId,
          indexPercent: rolledUp.totals.indexPercent!,
        })),
    );
    for (const each of ranked) ranks.set(each.unitId, { rank: each.rank, of: ranked.length });
  }
  const rankedCountOf = (type: OrganisationType) =>
    rolled.filter(
      ({ unit, rolledUp }) => unit.unitType === type && rolledUp.totals.indexPercent !== null,
    ).length;

  return rolled.map(({ unit, nodeResults, rolledUp, surveyPart }) => {
    const { totals } = rolledUp;
    const rank = ranks.get(unit.organisationId)?.rank ?? null;
    const previous = options.previous?.get(unit.organisationId) ?? null;
    const band =
      totals.indexPercent === null ? null : gradeFor(totals.indexPercent, options.gradeBands);
    return {
      organisationId: unit.organisationId,
      unitType: unit.unitType,
      appraisedPart: roundPoints(totals.score - surveyPart),
      surveyPart,
      total: totals.score,
      applicableMaxPoints: totals.applicableMaxPoints,
      indexPercent: totals.indexPercent,
      scoreState: totals.scoreState,
      rank,
      rankedCount: rankedCountOf(unit.unitType),
      grade: band,
      previous,
      indexChange:
        totals.indexPercent !== null && previous?.indexPercent != null
          ? roundPoints(totals.indexPercent - previous.indexPercent)
          : null,
      rankChange:
        rank !== null && previous?.rank != null ? describeRankChange(previous.rank, rank) : null,
      nodeResults,
      rolledUp,
    };
  });
}
