// Điểm điều tra xã hội học: one unit's survey score on one survey node, entered by the round's
// owner (assessment.manage) while the round is in appraisal, explanation or final (before
// publication), under the entry's version. After finalising, the unit's result is rewritten too.
import type { z } from 'zod';
import type { saveSurveyScore as saveSurveyScoreEndpoint } from '@contract/assessment-results';
import { surveyLeaves } from '@domain/assessment/survey-nodes';
import { notApplicableCodes } from '@domain/assessment/unit-applicability';
import type { RoundState } from '@domain/assessment/round-state';
import { ROUND_STATE_LABELS } from '@domain/assessment/round-state';
import type { Framework } from '@domain/frameworks/framework';
import { roundPoints } from '@domain/frameworks/points';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { formatViNumber } from '@domain/shared/vi-format';
import { conflict, notFound, validationError, versionMismatch } from '../http/app-error';
import type { ServiceContext } from '../http/service-context';
import { findEntry, writeEntryIfVersion } from './entry.repository';
import * as repo from './results.repository';
import { loadRound, SURVEY_STATES, writeUnitResults, type LoadedRound } from './results.service';

type SavedSurveyCell = z.output<(typeof saveSurveyScoreEndpoint)['response']>;

/** 409 unless survey scores may be entered in the round's state. */
export function assertSurveyOpen(round: repo.RoundRow): void {
  if (SURVEY_STATES.includes(round.state as RoundState)) return;
  throw conflict(
    `Đợt đánh giá đang ở trạng thái «${ROUND_STATE_LABELS[round.state as RoundState] ?? round.state}»: chỉ nhập điểm điều tra xã hội học khi đang thẩm định, giải trình hoặc đã có kết quả mà chưa công bố.`,
  );
}

/**
 * Why `points` cannot be a unit's survey score on `nodeCode` (Vietnamese, without the unit's
 * name), or null: an unknown node, a node not scored by survey, a node the unit is exempt from,
 * a number outside 0..max.
 */
export function surveyScoreProblem(
  framework: Framework,
  unit: { type: string; exemptNodeCodes: readonly string[] },
  nodeCode: string,
  points: number | null,
): string | null {
  const node = framework.nodes.find((each) => each.code === nodeCode);
  if (!node) return `không có tiêu chí mã «${nodeCode}» trong bộ chỉ số.`;
  if (!surveyLeaves(framework).some((each) => each.code === nodeCode)) {
    return `tiêu chí ${nodeCode} không chấm bằng điều tra xã hội học.`;
  }
  if (points === null) return null;
  if (
    notApplicableCodes(framework, unit.type as OrganisationType, unit.exemptNodeCodes).has(nodeCode)
  ) {
    return `tiêu chí ${nodeCode} không áp dụng với đơn vị.`;
  }
  if (!Number.isFinite(points) || points < 0 || points > node.maxPoints) {
    return `điểm tiêu chí ${nodeCode} phải từ 0 đến ${formatViNumber(node.maxPoints, 4)}, nhận được ${formatViNumber(points, 4)}.`;
  }
  return null;
}

/** The taking-part unit of a loaded round; 404 when the organisation does not take part. */
export function roundUnitOf(loaded: LoadedRound, organisationId: string): repo.RoundUnitRow {
  const unit = loaded.units.find((each) => each.organisation.id === organisationId);
  if (!unit) throw notFound('Đơn vị không tham gia đợt đánh giá này.');
  return unit;
}

/** Saves one survey score (null clears it) when `version` matches the entry's (0: none yet). */
export async function saveSurveyScore(
  ctx: ServiceContext,
  input: {
    roundId: string;
    organisationId: string;
    nodeCode: string;
    version: number;
    points: number | null;
  },
): Promise<SavedSurveyCell> {
  const { db, actor, audit } = ctx;
  const tenantId = actor.tenantId;
  // Takes the round's row as finalising, publishing and the survey import do: a score typed while
  // the round is being finalised then lands after it and rewrites the unit's result.
  await repo.lockRound(db, tenantId, input.roundId);
  const loaded = await loadRound(db, tenantId, input.roundId);
  assertSurveyOpen(loaded.round);
  const unit = roundUnitOf(loaded, input.organisationId);
  const points = input.points === null ? null : roundPoints(input.points);
  const problem = surveyScoreProblem(
    loaded.framework,
    { type: unit.organisation.type, exemptNodeCodes: unit.unit.exemptNodeCodes },
    input.nodeCode,
    points,
  );
  if (problem) {
    const message = `${unit.organisation.name}: ${problem}`;
    throw validationError(message, [{ field: 'points', message }]);
  }
  const key = {
    roundId: input.roundId,
    organisationId: input.organisationId,
    nodeCode: input.nodeCode,
  };
  const before = await findEntry(db, { tenantId, ...key });
  if ((before?.version ?? 0) !== input.version) throw versionMismatch(before?.version ?? 0);
  const saved = await writeEntryIfVersion(db, { tenantId, ...key }, input.version, {
    surveyScore: points,
    updatedBy: actor.userId,
  });
  if (!saved) throw versionMismatch(input.version + 1);
  await audit({
    organisationId: input.organisationId,
    action: 'assessment.manage',
    objectType: 'assessment_entry',
    // Same id as the self-assessment and appraisal writes of this entry: one query, its history.
    objectId: `${input.roundId}/${input.organisationId}/${input.nodeCode}`,
    before: before ? { nodeCode: input.nodeCode, surveyScore: before.surveyScore } : null,
    after: { roundId: input.roundId, nodeCode: input.nodeCode, surveyScore: points },
  });
  if (loaded.round.state === 'final') {
    // Kết quả đã chốt: the unit's written result follows the corrected survey score.
    const reloaded = await loadRound(db, tenantId, input.roundId);
    await writeUnitResults(ctx, reloaded, new Set([input.organisationId]));
  }
  return {
    organisationId: input.organisationId,
    nodeCode: saved.nodeCode,
    points: saved.surveyScore,
    version: saved.version,
    applicable: true,
  };
}
