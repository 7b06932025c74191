// Đợt đánh giá: list the rounds a reader may see, open one for a framework (units by type with
// per-unit exemptions, windows), read it with what the actor may do, change it under If-Match,
// and move it forward. The domain decides every rule (round-transitions, round-windows,
// round-participants); this file loads, checks versions, writes and audits.
import type {
  CreateRoundBody,
  RoundDto,
  RoundSummary,
  RoundUnitInput,
  RoundWindowsDto,
  UpdateRoundBody,
} from '@contract/assessment-rounds';
import type { RoundState } from '@domain/assessment/round-state';
import type { Abilities } from '@contract/abilities';
import {
  checkParticipants,
  defaultParticipants,
  type CandidateUnit,
  type ParticipantProblem,
} from '@domain/assessment/round-participants';
import {
  nextRoundState,
  transitionRound as decideTransition,
  windowsChangeProblem,
} from '@domain/assessment/round-transitions';
import { validateRoundWindows } from '@domain/assessment/round-windows';
import { can, grantRootsFor, type Actor } from '@domain/permissions/can';
import type { Action } from '@domain/permissions/action';
import { conflict, notFound, validationError, versionMismatch } from '../http/app-error';
import type { ReadContext, ServiceContext } from '../http/service-context';
import { abilitiesAnywhere } from '../http/abilities';
import { frameworkOf } from '../frameworks/framework-presenter';
import { findFramework } from '../frameworks/framework.repository';
import { listOrganisationsUnder } from '../organisations/organisation.repository';
import { toRoundDto, toRoundSummary, windowsOf } from './round-presenter';
import * as repo from './round.repository';

const NO_WINDOWS: RoundWindowsDto = {
  selfAssessment: { opensOn: null, closesOn: null },
  appraisal: { opensOn: null, closesOn: null },
  explanation: { opensOn: null, closesOn: null },
};

/** The rounds the actor may read (owner or a taking-part unit in its read scope), and whether it may open one. */
export async function listRounds(
  ctx: ReadContext,
  input: { year?: number },
): Promise<{ items: RoundSummary[]; abilities: Abilities<'canCreate'> }> {
  const roots = grantRootsFor(ctx.actor, 'assessment.read');
  const rows = await repo.listRoundsReadableFrom(ctx.db, ctx.actor.tenantId, roots, input);
  return {
    items: rows.map((row) => toRoundSummary(row, ctx.today)),
    abilities: abilitiesAnywhere(ctx.actor, { canCreate: 'assessment.manage' }),
  };
}

/**
 * The organisation a read of the round is authorised on: the owner when the actor reads there,
 * else a taking-part unit it reads (a department reads the round it takes part in); null when
 * the round is not in the tenant (→ 404). `can()` then decides on it as on any target.
 */
export function roundReadTarget(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  roundId: string,
): Promise<string | null> {
  return repo.findRoundOrganisationReachedFrom(
    ctx.db,
    ctx.actor.tenantId,
    roundId,
    grantRootsFor(ctx.actor, 'assessment.read'),
  );
}

/** The owner unit of a round (the target of its management), or null when not in the tenant. */
export async function roundOwnerId(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  roundId: string,
): Promise<string | null> {
  return (await repo.findRound(ctx.db, ctx.actor.tenantId, roundId))?.ownerOrganisationId ?? null;
}

/** One round with its units and the actor's actions. */
export async function getRound(ctx: ReadContext, input: { roundId: string }): Promise<RoundDto> {
  const round = await repo.findRound(ctx.db, ctx.actor.tenantId, input.roundId);
  if (!round) throw notFound('Không tìm thấy đợt đánh giá.');
  return presentRound(ctx, round);
}

/** Mở đợt đánh giá (already authorised on the owner unit): one per framework. */
export async function createRound(ctx: ServiceContext, input: CreateRoundBody): Promise<RoundDto> {
  const { db, actor } = ctx;
  const frameworkRow = await findFramework(db, actor.tenantId, input.frameworkId);
  if (!frameworkRow) throw notFound('Không tìm thấy bộ chỉ số.');
  const existing = await repo.findRoundByFramework(db, actor.tenantId, frameworkRow.id);
  if (existing) {
    throw conflict(
      `Bộ chỉ số ${frameworkRow.code} đã có đợt đánh giá «${existing.name}»; mỗi bộ chỉ số chỉ có một đợt đánh giá.`,
    );
  }
  const framework = frameworkOf(frameworkRow);
  const candidates = await candidatesUnder(ctx, input.ownerOrganisationId);
  const units =
    input.units ??
    defaultParticipants(framework, candidates).map((unit) => ({ organisationId: unit.id }));
  assertParticipants(checkParticipants(framework, candidates, participantRequests(units)));
  const windows = input.windows ?? NO_WINDOWS;
  assertWindows(windows);
  const created = await repo.insertRound(db, {
    tenantId: actor.tenantId,
    frameworkId: frameworkRow.id,
    ownerOrganisationId: input.ownerOrganisationId,
    year: framework.year,
    name: input.name ?? `Đánh giá ${framework.name}`,
    ...windowColumns(windows),
    createdBy: actor.userId,
  });
  await repo.replaceRoundUnits(db, actor.tenantId, created.id, unitRows(units));
  const round = await getRound(ctx, { roundId: created.id });
  await auditRound(ctx, created, { after: round });
  return round;
}

/** Sửa đợt đánh giá under If-Match: name and windows until finalised, units while draft. */
export async function updateRound(
  ctx: ServiceContext,
  input: { roundId: string; version: number; changes: UpdateRoundBody },
): Promise<RoundDto> {
  const { db, actor } = ctx;
  const current = await loadForWrite(ctx, input.roundId, input.version);
  const { changes } = input;
  if (current.state === 'final' || current.state === 'published') {
    throw conflict('Đợt đánh giá đã có kết quả chính thức nên không sửa được nữa.');
  }
  if (changes.units && current.state !== 'draft') {
    throw conflict('Chỉ sửa đơn vị tham gia khi đợt đánh giá còn là dự thảo.');
  }
  if (changes.windows) {
    const problem = windowsChangeProblem(current.state as RoundState, changes.windows);
    if (problem) {
      assertWindows(changes.windows);
      throw conflict(problem);
    }
  }
  if (changes.units) {
    const frameworkRow = await findFramework(db, actor.tenantId, current.frameworkId);
    const framework = frameworkOf(frameworkRow!);
    const candidates = await candidatesUnder(ctx, current.ownerOrganisationId);
    assertParticipants(
      checkParticipants(framework, candidates, participantRequests(changes.units)),
    );
  }
  const before = await presentRound(ctx, current);
  const updated = await repo.updateRoundIfVersion(db, actor.tenantId, current.id, input.version, {
    ...(changes.name ? { name: changes.name } : {}),
    ...(changes.windows ? windowColumns(changes.windows) : {}),
  });
  if (!updated) throw versionMismatch(current.version);
  if (changes.units)
    await repo.replaceRoundUnits(db, actor.tenantId, current.id, unitRows(changes.units));
  const after = await getRound(ctx, { roundId: current.id });
  await auditRound(ctx, current, { before, after });
  return after;
}

/** Chuyển trạng thái under If-Match: the one forward move the domain allows, or 409 with its reason. */
export async function transitionRound(
  ctx: ServiceContext,
  input: { roundId: string; version: number; to: RoundState },
): Promise<RoundDto> {
  const { db, actor } = ctx;
  const current = await loadForWrite(ctx, input.roundId, input.version);
  const units = await repo.listRoundUnits(db, actor.tenantId, current.id);
  const decision = decideTransition(
    {
      state: current.state as RoundState,
      appraisalStage: current.appraisalStage === 2 ? 2 : 1,
      unitCount: units.length,
      windows: windowsOf(current),
    },
    input.to,
  );
  if (!decision.ok) throw conflict(decision.reason);
  const updated = await repo.updateRoundIfVersion(db, actor.tenantId, current.id, input.version, {
    state: decision.state,
    appraisalStage: decision.appraisalStage,
  });
  if (!updated) throw versionMismatch(current.version);
  const after = await getRound(ctx, { roundId: current.id });
  await auditRound(ctx, current, {
    before: { state: current.state, appraisalStage: current.appraisalStage },
    after: { state: after.state, appraisalStage: after.appraisalStage },
  });
  return after;
}

/** Audits a change of the round (assessment.manage on its owner). */
async function auditRound(
  ctx: ServiceContext,
  round: { id: string; ownerOrganisationId: string },
  change: { before?: unknown; after: unknown },
) {
  await ctx.audit({
    organisationId: round.ownerOrganisationId,
    action: 'assessment.manage',
    objectType: 'assessment_round',
    objectId: round.id,
    ...change,
  });
}

async function loadForWrite(
  ctx: ServiceContext,
  roundId: string,
  version: number,
): Promise<repo.RoundWithNamesRow> {
  const current = await repo.findRound(ctx.db, ctx.actor.tenantId, roundId);
  if (!current) throw notFound('Không tìm thấy đợt đánh giá.');
  if (current.version !== version) throw versionMismatch(current.version);
  return current;
}

async function presentRound(ctx: ReadContext, round: repo.RoundWithNamesRow): Promise<RoundDto> {
  const units = await repo.listRoundUnits(ctx.db, ctx.actor.tenantId, round.id);
  const paths = await repo.listOrganisationPaths(ctx.db, ctx.actor.tenantId, [
    round.ownerOrganisationId,
    ...units.map((unit) => unit.organisationId),
  ]);
  const allows = (action: Action, organisationId: string) =>
    actorCan(ctx.actor, action, organisationId, paths.get(organisationId));
  const unitIdsWhere = (action: Action) =>
    units.map((unit) => unit.organisationId).filter((id) => allows(action, id));
  const manage = allows('assessment.manage', round.ownerOrganisationId);
  const next = nextRoundState(round.state as RoundState, round.appraisalStage === 2 ? 2 : 1);
  return toRoundDto(
    round,
    units,
    {
      manage,
      appraise: unitIdsWhere('assessment.appraise').length > 0,
      read: unitIdsWhere('assessment.read'),
      self: unitIdsWhere('assessment.self'),
      submit: unitIdsWhere('assessment.submit'),
      transitionTo: manage && next ? next.state : null,
    },
    ctx.today,
  );
}

function actorCan(
  actor: Actor,
  action: Action,
  organisationId: string,
  path: string[] | undefined,
): boolean {
  return path ? can(actor, action, { tenantId: actor.tenantId, organisationId, path }) : false;
}

/** The owner's subtree (closed units too: the domain checks the framework's year). */
async function candidatesUnder(ctx: ServiceContext, ownerId: string): Promise<CandidateUnit[]> {
  const rows = await listOrganisationsUnder(ctx.db, ctx.actor.tenantId, [ownerId], {
    includeClosed: true,
    today: ctx.today,
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type as CandidateUnit['type'],
    validFrom: row.validFrom,
    validTo: row.validTo,
  }));
}

const participantRequests = (units: readonly RoundUnitInput[]) =>
  units.map((unit) => ({
    organisationId: unit.organisationId,
    exemptNodeCodes: unit.exemptNodeCodes ?? [],
  }));

const unitRows = (units: readonly RoundUnitInput[]) =>
  units.map((unit) => ({
    organisationId: unit.organisationId,
    exemptNodeCodes: [...new Set(unit.exemptNodeCodes ?? [])],
    exemptionNote: unit.exemptionNote ?? '',
  }));

function assertParticipants(problems: ParticipantProblem[]): void {
  if (problems.length === 0) return;
  throw validationError(
    problems[0]!.message,
    problems.map((problem) => ({
      field: problem.nodeCode
        ? `units.${problem.organisationId}.exemptNodeCodes.${problem.nodeCode}`
        : `units.${problem.organisationId}`,
      message: problem.message,
    })),
  );
}

function assertWindows(windows: RoundWindowsDto): void {
  const problems = validateRoundWindows(windows);
  if (problems.length === 0) return;
  throw validationError(
    problems[0]!.message,
    problems.map((problem) => ({ field: `windows.${problem.field}`, message: problem.message })),
  );
}

function windowColumns(windows: RoundWindowsDto) {
  return {
    selfOpensOn: windows.selfAssessment.opensOn,
    selfClosesOn: windows.selfAssessment.closesOn,
    appraisalOpensOn: windows.appraisal.opensOn,
    appraisalClosesOn: windows.appraisal.closesOn,
    explanationOpensOn: windows.explanation.opensOn,
    explanationClosesOn: windows.explanation.closesOn,
  };
}
