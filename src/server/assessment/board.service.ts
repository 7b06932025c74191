// Bảng tổng hợp của Hội đồng thẩm định: units × areas, self vs appraised and Δ, filtered to the
// largest gaps; and the council's sign-off (ký xác nhận), refused while a unit is unconfirmed.
import type { Actor } from '@domain/permissions/can';
import { can, grantRootsFor } from '@domain/permissions/can';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { notApplicableCodes } from '@domain/assessment/unit-applicability';
import {
  councilBoardRows,
  filterBoard,
  withoutSurveyNodes,
  type BoardUnitInput,
} from '@domain/assessment/council-board';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { CouncilBoardDto } from '@contract/assessment-appraisal';
import { ERROR_CODES } from '@contract/common';
import type { Database } from '../db/client';
import type { ReadContext, ServiceContext } from '../http/service-context';
import type { RouteTarget } from '../http/route';
import { AppError, forbidden, notFound, versionMismatch } from '../http/app-error';
import { listOrganisationSkeleton } from '../organisations/organisation.repository';
import * as repo from './appraisal.repository';
import { listBoardEntries } from './board.repository';
import { frameworkOfRound, roundSummary } from './appraisal.service';

/** Where the sign-off is authorised: the round's owner unit (the council sits there); 404 for no round. */
export async function roundOwnerTarget(
  db: Database,
  actor: Actor,
  roundId: string,
): Promise<RouteTarget> {
  const round = await repo.findRound(db, actor.tenantId, roundId);
  return {
    objectType: 'assessment_round',
    objectId: roundId,
    organisationId: round?.ownerOrganisationId ?? null,
  };
}

/** A unit with no entry yet: nothing scored on either side. */
const NO_ENTRIES = {
  nodeCodes: [],
  selfScores: [],
  notApplicable: [],
  appraised1: [],
  appraised2: [],
};

/** Paths of every unit of the tenant, from one read of the tree. */
async function tenantPaths(db: Database, tenantId: string): Promise<(id: string) => string[]> {
  const skeleton = await listOrganisationSkeleton(db, tenantId);
  const parentOf = new Map(skeleton.map((row) => [row.id, row.parentId]));
  const memo = new Map<string, string[]>();
  const pathOf = (id: string): string[] => {
    const known = memo.get(id);
    if (known) return known;
    const parent = parentOf.get(id) ?? null;
    const path = parent && parent !== id ? [...pathOf(parent), id] : [id];
    memo.set(id, path);
    return path;
  };
  return pathOf;
}

/** Bảng tổng hợp: the units the actor appraises (or all, for who manages the round), filtered. */
export async function getCouncilBoard(
  ctx: ReadContext,
  input: {
    roundId: string;
    minGap: number | null;
    area?: string | undefined;
    top?: number | undefined;
  },
): Promise<CouncilBoardDto> {
  const { db, actor } = ctx;
  const round = await repo.findRound(db, actor.tenantId, input.roundId);
  if (!round) throw notFound('Không tìm thấy đợt đánh giá.');
  // Whoever neither manages nor appraises anywhere has no board: refused before the large read.
  const appraisesSomewhere =
    grantRootsFor(actor, 'assessment.appraise').length > 0 ||
    grantRootsFor(actor, 'assessment.manage').length > 0;
  if (!appraisesSomewhere) throw forbidden();
  // Three independent reads on three connections: the entries' aggregate is the long one.
  const [pathOf, units, entryRows] = await Promise.all([
    tenantPaths(db, actor.tenantId),
    repo.listRoundUnits(db, actor.tenantId, round.id),
    listBoardEntries(db, actor.tenantId, round.id),
  ]);
  const resourceOf = (organisationId: string) => ({
    tenantId: actor.tenantId,
    organisationId,
    path: pathOf(organisationId),
  });
  const owner = resourceOf(round.ownerOrganisationId);
  const manages = can(actor, 'assessment.manage', owner);
  const signs = can(actor, 'assessment.appraise', owner);
  const visible = units.filter(
    (unit) =>
      manages || signs || can(actor, 'assessment.appraise', resourceOf(unit.organisationId)),
  );
  if (visible.length === 0 && !manages && !signs) throw forbidden();

  const nodes = round.framework.nodes as FrameworkNode[];
  const boardFramework = withoutSurveyNodes(frameworkOfRound(round, nodes));
  const entriesByUnit = new Map(entryRows.map((row) => [row.organisationId, row]));
  // Units of one type with the same exemptions share their non-applicable codes (one tree walk each).
  const exemptByKey = new Map<string, Set<string>>();
  const exemptOf = (unit: repo.RoundUnitRow) => {
    const key = `${unit.type}|${[...unit.exemptNodeCodes].sort().join(',')}`;
    let codes = exemptByKey.get(key);
    if (!codes) {
      codes = notApplicableCodes({ nodes }, unit.type as OrganisationType, unit.exemptNodeCodes);
      exemptByKey.set(key, codes);
    }
    return codes;
  };
  const inputs: BoardUnitInput[] = visible.map((unit) => ({
    organisationId: unit.organisationId,
    unitType: unit.type as OrganisationType,
    notApplicableCodes: exemptOf(unit),
    entries: entriesByUnit.get(unit.organisationId) ?? NO_ENTRIES,
  }));
  const stage = round.appraisalStage === 2 ? 2 : 1;
  const confirmed = (unit: repo.RoundUnitRow) =>
    (stage === 1 ? unit.appraisal1DoneAt : unit.appraisal2DoneAt) !== null;
  const unitById = new Map(visible.map((unit) => [unit.organisationId, unit]));
  const rows = filterBoard(councilBoardRows(boardFramework, inputs), {
    area: input.area ?? null,
    minGap: input.minGap,
    top: input.top ?? null,
  });
  const unconfirmed = units.filter((unit) => !confirmed(unit));
  return {
    round: roundSummary(round),
    areas: boardFramework.nodes
      .filter((node) => node.parentCode === null)
      .map((node) => ({ code: node.code, name: node.name, maxPoints: node.maxPoints })),
    rows: rows.map((row) => {
      const unit = unitById.get(row.organisationId)!;
      return {
        organisation: { id: unit.organisationId, code: unit.code, name: unit.name },
        status: unit.status,
        confirmed: confirmed(unit),
        areas: row.areas,
        total: row.total,
      };
    }),
    unitCount: visible.length,
    unconfirmed: unconfirmed.map((unit) => ({ id: unit.organisationId, name: unit.name })),
    actions: {
      signOff:
        signs &&
        unconfirmed.length === 0 &&
        (round.state === 'appraisal' || round.state === 'explanation'),
    },
  };
}

/** Hội đồng ký xác nhận: in state appraisal or explanation, every unit confirmed for the stage. */
export async function signOff(ctx: ServiceContext, input: { roundId: string; version: number }) {
  const { db, actor } = ctx;
  const round = await repo.findRound(db, actor.tenantId, input.roundId);
  if (!round) throw notFound('Không tìm thấy đợt đánh giá.');
  if (round.version !== input.version) throw versionMismatch(round.version);
  if (round.state !== 'appraisal' && round.state !== 'explanation') {
    throw new AppError(
      409,
      ERROR_CODES.conflict,
      'Chỉ ký xác nhận khi đợt đánh giá ở giai đoạn thẩm định hoặc giải trình.',
    );
  }
  const stage = round.appraisalStage === 2 ? 2 : 1;
  const units = await repo.listRoundUnits(db, actor.tenantId, round.id);
  const unconfirmed = units.filter(
    (unit) => (stage === 1 ? unit.appraisal1DoneAt : unit.appraisal2DoneAt) === null,
  );
  if (unconfirmed.length > 0) {
    const names = unconfirmed.map((unit) => unit.name);
    throw new AppError(
      409,
      ERROR_CODES.conflict,
      `Còn ${unconfirmed.length} đơn vị chưa xác nhận thẩm định lần ${stage}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? '…' : ''}.`,
      unconfirmed.map((unit) => ({ field: unit.organisationId, message: unit.name })),
    );
  }
  const version = await repo.signOffIfVersion(
    db,
    actor.tenantId,
    round.id,
    input.version,
    actor.userId,
    ctx.now,
  );
  if (version === null) throw versionMismatch(round.version + 1);
  await ctx.audit({
    organisationId: round.ownerOrganisationId,
    action: 'assessment.appraise',
    objectType: 'assessment_round',
    objectId: round.id,
    before: { signedOffAt: round.signedOffAt?.toISOString() ?? null },
    after: { signedOffAt: ctx.now.toISOString(), stage },
  });
  return { signedOffAt: ctx.now.toISOString(), version };
}
