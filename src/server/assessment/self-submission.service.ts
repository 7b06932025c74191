// Gửi, rút bản tự đánh giá and the round's completion list: submission by the unit's leader or
// focal inside the window (refused while criteria are unscored or unexplained), withdrawal while
// the window is open, and every taking-part unit's completion for the actor's readable units.
import type { UnitAssessmentStatus } from '@domain/assessment/unit-assessment-status';
import type { FrameworkNode } from '@domain/frameworks/framework';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { can } from '@domain/permissions/can';
import { conflict, notFound, validationError, versionMismatch } from '../http/app-error';
import type { ReadContext, ServiceContext } from '../http/service-context';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import { listEntries } from './entry.repository';
import { findRoundWithFramework, listRoundUnits } from './round.repository';
import * as repo from './self.repository';
import {
  assertWindowOpen,
  completionOf,
  groupBy,
  loadUnit,
  selfActions,
  unitCompletion,
  type LoadedUnit,
} from './self.service';

/**
 * Gửi bản tự đánh giá: by the unit's leader or focal (assessment.submit), inside the window,
 * refused while applicable criteria are unscored or a scored item without evidence lacks its
 * explanation (both listed).
 */
export async function submitSelfAssessment(
  ctx: ServiceContext,
  input: { roundId: string; organisationId: string; version: number },
) {
  const loaded = await openUnit(ctx, input, (status) =>
    status === 'submitted' ? 'Đơn vị đã gửi bản tự đánh giá.' : null,
  );
  const { unit } = loaded.place;
  const completion = await unitCompletion(ctx.db, loaded);
  const details = [
    ...completion.unscoredCodes.map((code) => ({
      field: code,
      message: `Tiêu chí ${code} chưa chấm điểm.`,
    })),
    ...completion.unexplainedCodes.map((code) => ({
      field: code,
      message: `Tiêu chí ${code} có điểm nhưng chưa có tài liệu kiểm chứng: cần giải trình.`,
    })),
  ];
  if (details.length > 0) {
    const parts = [
      completion.unscoredCodes.length
        ? `chưa chấm ${completion.unscoredCodes.length} tiêu chí (${completion.unscoredCodes.join(', ')})`
        : null,
      completion.unexplainedCodes.length
        ? `thiếu giải trình ở ${completion.unexplainedCodes.length} tiêu chí không có tài liệu kiểm chứng (${completion.unexplainedCodes.join(', ')})`
        : null,
    ].filter(Boolean);
    throw validationError(`Chưa gửi được bản tự đánh giá: ${parts.join('; ')}.`, details);
  }
  return saveStatus(
    ctx,
    input,
    loaded,
    { status: 'submitted', submittedAt: ctx.now, submittedBy: ctx.actor.userId },
    { before: { status: unit.status }, after: { status: 'submitted', completion } },
  );
}

/** Rút bản tự đánh giá: back to in progress, only while the self-assessment window is open. */
export async function withdrawSelfAssessment(
  ctx: ServiceContext,
  input: { roundId: string; organisationId: string; version: number },
) {
  const loaded = await openUnit(ctx, input, (status) =>
    status !== 'submitted' ? 'Bản tự đánh giá chưa gửi nên không cần rút.' : null,
  );
  const { unit } = loaded.place;
  return saveStatus(
    ctx,
    input,
    loaded,
    { status: 'in_progress', submittedAt: null, submittedBy: null },
    {
      before: { status: 'submitted', submittedAt: unit.submittedAt?.toISOString() ?? null },
      after: { status: 'in_progress' },
    },
  );
}

type SubmissionInput = { roundId: string; organisationId: string; version: number };

/** Loads and locks the unit inside its window; refuses with `refusal(status)` when it says so, and a stale version. */
async function openUnit(
  ctx: ServiceContext,
  input: SubmissionInput,
  refusal: (status: string) => string | null,
): Promise<LoadedUnit> {
  const loaded = await loadUnit(ctx.db, ctx.actor.tenantId, input.roundId, input.organisationId, {
    lock: true,
  });
  assertWindowOpen(loaded, ctx.today);
  const { unit } = loaded.place;
  const refused = refusal(unit.status);
  if (refused) throw conflict(refused);
  if (unit.version !== input.version) throw versionMismatch(unit.version);
  return loaded;
}

/** Writes the unit's new status under its version, audits the change and presents it. */
async function saveStatus(
  ctx: ServiceContext,
  input: SubmissionInput,
  loaded: LoadedUnit,
  values: { status: string; submittedAt: Date | null; submittedBy: string | null },
  change: { before: object; after: object },
) {
  const saved = await repo.updateUnitIfVersion(
    ctx.db,
    { tenantId: ctx.actor.tenantId, roundId: input.roundId, organisationId: input.organisationId },
    input.version,
    values,
  );
  if (!saved) throw versionMismatch(loaded.place.unit.version);
  await ctx.audit({
    organisationId: input.organisationId,
    action: 'assessment.submit',
    objectType: 'assessment_unit',
    objectId: input.roundId,
    ...change,
  });
  return presentSubmission(ctx, loaded, saved);
}

function presentSubmission(
  ctx: ServiceContext,
  loaded: LoadedUnit,
  saved: { status: string; submittedAt: Date | null; version: number },
) {
  return {
    status: saved.status as UnitAssessmentStatus,
    submittedAt: saved.submittedAt?.toISOString() ?? null,
    version: saved.version,
    actions: selfActions(ctx, ctx.resource, loaded, saved.status),
  };
}

/**
 * Tiến độ tự đánh giá của các đơn vị: every taking-part unit the actor may read
 * (assessment.read on the unit), with its completion.
 */
export async function getRoundCompletion(ctx: ReadContext, input: { roundId: string }) {
  const { db, actor } = ctx;
  const round = await findRoundWithFramework(db, actor.tenantId, input.roundId);
  if (!round) throw notFound('Không tìm thấy đợt đánh giá.');
  const nodes = round.framework.nodes as FrameworkNode[];
  const [units, entries, counts] = await Promise.all([
    listRoundUnits(db, actor.tenantId, input.roundId, { orderBy: 'code' }),
    listEntries(db, actor.tenantId, input.roundId),
    repo.countEvidenceByNode(db, actor.tenantId, input.roundId),
  ]);
  const entriesByUnit = groupBy(entries, (entry) => entry.organisationId);
  const items = [];
  for (const unit of units) {
    const path = await findOrganisationPath(db, actor.tenantId, unit.organisationId);
    if (
      !path ||
      !can(actor, 'assessment.read', {
        tenantId: actor.tenantId,
        organisationId: unit.organisationId,
        path,
      })
    ) {
      continue;
    }
    items.push({
      organisationId: unit.organisationId,
      completion: completionOf(
        {
          nodes,
          organisationId: unit.organisationId,
          type: unit.type as OrganisationType,
          exemptNodeCodes: unit.exemptNodeCodes,
        },
        entriesByUnit.get(unit.organisationId) ?? [],
        counts,
      ),
    });
  }
  return { items };
}
