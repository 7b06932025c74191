// Rankings (xếp hạng) and gap analyses (phân tích điểm bị trừ) on a framework: index %, rank with
// ties shared, grade by the framework's bands, and the change since the framework it was copied
// from (last year), matched node by node through the stored code mapping.
import type { z } from 'zod';
import type { GapAnalysis, gapQuerySchema, Ranking } from '@contract/results';
import type { CodeMapping, Framework } from '@domain/frameworks/framework';
import { roundPoints } from '@domain/frameworks/points';
import {
  ORGANISATION_TYPE_LABELS,
  type OrganisationType,
} from '@domain/organisations/organisation-type';
import { analyseGaps, filterGapRows } from '@domain/results/gap-analysis';
import { gradeFor, type GradeBand } from '@domain/results/grades';
import { describeRankChange, formatRank } from '@domain/results/ranking';
import { notFound, validationError } from '../http/app-error';
import type { ReadContext } from '../http/service-context';
import { findOrganisation, listOrganisationsUnder } from '../organisations/organisation.repository';
import { getFrameworkRow } from '../frameworks/framework.service';
import { frameworkOf, gradeBandsOf } from '../frameworks/framework-presenter';
import {
  loadPeerResults,
  loadPeerResultsChain,
  loadPreviousPeerResults,
  type PeerResults,
  type RankedPeer,
} from './peer-results';
import { assertFrameworkApplies, frameworkBrief, unitBrief } from './result.service';
import * as repo from './result.repository';

const gradeOf = (indexPercent: number | null, bands: readonly GradeBand[]) => {
  const band = indexPercent === null ? null : gradeFor(indexPercent, bands);
  return band ? { code: band.code, label: band.label } : null;
};

const rankTextOf = (rank: number | null, count: number) =>
  rank === null ? null : formatRank(rank, count);

/**
 * Whose ranking a viewpoint unit reads: a unit of a type the framework ranks reads its peers
 * (every unit of its type); an upper level (the province, a district) reads the units of the
 * chosen type below it, ranked among all the tenant's peers.
 */
function resolveUnitType(
  framework: Framework,
  viewpointType: string,
  requested: OrganisationType | undefined,
): { unitType: OrganisationType; isPeerView: boolean } {
  const ranked = framework.unitTypes as string[];
  if (ranked.includes(viewpointType)) {
    if (requested && requested !== viewpointType) {
      throw validationError('Đơn vị chỉ xem được bảng xếp hạng của các đơn vị cùng loại.', [
        { field: 'unitType', message: 'Khác loại của đơn vị đang xem.' },
      ]);
    }
    return { unitType: viewpointType as OrganisationType, isPeerView: true };
  }
  const unitType = requested ?? (ranked.length === 1 ? framework.unitTypes[0] : undefined);
  if (!unitType || !ranked.includes(unitType)) {
    const choices = framework.unitTypes.map((type) => ORGANISATION_TYPE_LABELS[type]).join('; ');
    throw validationError(`Hãy chọn loại đơn vị cần xếp hạng (${choices}).`, [
      { field: 'unitType', message: 'Chưa chọn loại đơn vị hoặc bộ chỉ số không áp dụng.' },
    ]);
  }
  return { unitType, isPeerView: false };
}

/** The ranking as the viewpoint unit may read it, best first; units without a result last. */
export async function getRanking(
  ctx: ReadContext,
  input: { frameworkId: string; organisationId: string; unitType?: OrganisationType },
): Promise<Ranking> {
  const { db, today } = ctx;
  const tenantId = ctx.actor.tenantId;
  const { frameworkId, ...query } = input;
  const row = await getFrameworkRow(db, tenantId, frameworkId);
  const viewpoint = await findOrganisation(db, tenantId, query.organisationId);
  if (!viewpoint) throw notFound('Không tìm thấy đơn vị.');
  const { unitType, isPeerView } = resolveUnitType(
    frameworkOf(row),
    viewpoint.type,
    query.unitType,
  );
  let units = await repo.listUnitsToRank(db, tenantId, row.id, unitType, today);
  if (!isPeerView) {
    const below = await listOrganisationsUnder(db, tenantId, [viewpoint.id], {
      includeClosed: true,
      today,
    });
    const belowIds = new Set(below.map((unit) => unit.id));
    units = units.filter((unit) => belowIds.has(unit.id));
  }
  const current = await loadPeerResults(db, tenantId, row, unitType);
  const previous = await loadPreviousPeerResults(db, tenantId, row, unitType);
  const bands = gradeBandsOf(row);
  const items = units.map((unit) => {
    const peer = current.byUnitId.get(unit.id);
    const before = previous?.results.byUnitId.get(unit.id);
    const indexPercent = peer?.rolledUp.totals.indexPercent ?? null;
    const previousIndexPercent = before?.rolledUp.totals.indexPercent ?? null;
    const rank = peer?.rank ?? null;
    const previousRank = before?.rank ?? null;
    return {
      organisation: unitBrief(unit),
      score: peer?.rolledUp.totals.score ?? null,
      applicableMaxPoints: peer?.rolledUp.totals.applicableMaxPoints ?? null,
      indexPercent,
      rank,
      rankText: rankTextOf(rank, current.rankedCount),
      grade: gradeOf(indexPercent, bands),
      previousIndexPercent,
      previousRank,
      rankChange: rank && previousRank ? describeRankChange(previousRank, rank) : null,
      scoreState: peer?.rolledUp.totals.scoreState ?? null,
      indexChange:
        indexPercent !== null && previousIndexPercent !== null
          ? roundPoints(indexPercent - previousIndexPercent)
          : null,
    };
  });
  items.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.organisation.name.localeCompare(b.organisation.name, 'vi'),
  );
  return {
    framework: frameworkBrief(row),
    unitType,
    previousFramework: previous ? frameworkBrief(previous.row) : null,
    rankedCount: current.rankedCount,
    items,
    publication: await repo.findPublishedRoundDecision(db, tenantId, row.id),
  };
}

/** One unit's gap analysis: totals, rank among its peers, last year, rank history and the filtered node table. */
export async function getGapAnalysis(
  ctx: ReadContext,
  input: { frameworkId: string; organisationId: string; query: z.output<typeof gapQuerySchema> },
): Promise<GapAnalysis> {
  const { db } = ctx;
  const tenantId = ctx.actor.tenantId;
  const { frameworkId, organisationId, query } = input;
  const row = await getFrameworkRow(db, tenantId, frameworkId);
  const framework = frameworkOf(row);
  const unit = await findOrganisation(db, tenantId, organisationId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  assertFrameworkApplies(framework, unit.type);
  const current = await loadPeerResults(db, tenantId, row, unit.type);
  const own = current.byUnitId.get(unit.id);
  if (!own) throw notFound('Đơn vị chưa có kết quả chấm điểm theo bộ chỉ số này.');
  const previous = await loadPreviousPeerResults(db, tenantId, row, unit.type);
  const before: RankedPeer | undefined = previous?.results.byUnitId.get(unit.id);
  const rows = analyseGaps(framework, own.rolledUp, {
    ...(before
      ? {
          previous: {
            rolledUp: before.rolledUp,
            codeMapping: (row.codeMapping as CodeMapping | null) ?? undefined,
          },
        }
      : {}),
    peers: current.peers.filter((peer) => peer.unit.id !== unit.id).map((peer) => peer.rolledUp),
  });
  const loaded = new Map<string, PeerResults>([[row.id, current]]);
  if (previous) loaded.set(previous.row.id, previous.results);
  const chain = await loadPeerResultsChain(db, tenantId, row, unit.type, loaded);
  const rankHistory = chain.map(({ row: year, results }) => {
    const peer = results.byUnitId.get(unit.id);
    return {
      year: year.year,
      frameworkId: year.id,
      rank: peer?.rank ?? null,
      of: results.rankedCount,
      indexPercent: peer?.rolledUp.totals.indexPercent ?? null,
    };
  });
  return {
    framework: frameworkBrief(row),
    organisation: unitBrief(unit),
    year: row.year,
    totals: own.rolledUp.totals,
    rank: own.rank,
    rankedCount: current.rankedCount,
    rankText: rankTextOf(own.rank, current.rankedCount),
    grade: gradeOf(own.rolledUp.totals.indexPercent, gradeBandsOf(row)),
    previous:
      previous && before
        ? {
            framework: frameworkBrief(previous.row),
            score: before.rolledUp.totals.score,
            indexPercent: before.rolledUp.totals.indexPercent,
            rank: before.rank,
            rankText: rankTextOf(before.rank, previous.results.rankedCount),
            rankChange: own.rank && before.rank ? describeRankChange(before.rank, own.rank) : null,
          }
        : null,
    rankHistory,
    rows: filterGapRows(rows, {
      areaPrefix: query.area,
      level: query.level,
      onlyLost: query.onlyLost === 'true',
      onlyDropped: query.onlyDropped === 'true',
    }),
  };
}
