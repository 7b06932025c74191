// KPI pages: rollup counts of the units the actor may read, summed over subtrees by the domain,
// each KPI computed from the sums; a unit's months and fields; the dossiers behind a count.
import type { z } from 'zod';
import type * as contract from '@contract/kpis';
import { KPI_DOSSIER_PAGE_SIZE } from '@contract/kpis';
import type { KpiDossier, KpiFigures, KpiMonths, KpiTree } from '@contract/kpis';
import { grantRootsFor, type Actor } from '@domain/permissions/can';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import {
  emptyTotals,
  totalsFromArray,
  type CounterTotals,
  type DossierCounter,
} from '@domain/kpis/dossier-counters';
import { KPI_DEFINITIONS } from '@domain/kpis/kpi-definitions';
import { addTotals, kpiFigures, subtreeTotals } from '@domain/kpis/kpi-tree';
import { firstDayOf, monthsBetween, vietnamMonthBounds } from '@domain/kpis/kpi-period';
import { formatDocumentNumber } from '@domain/plans/plan-document';
import type { Database } from '../db/client';
import { notFound } from '../http/app-error';
import { abilitiesOn } from '../http/abilities';
import { findRootOrganisation } from '../organisations/organisation.repository';
import type { ReadContext } from '../http/service-context';
import { listPlansUnder } from '../plans/plan.repository';
import * as repo from './kpi.repository';

/** The shipped KPIs as the pages describe them. */
const kpiViews = () =>
  KPI_DEFINITIONS.map(({ key, label, higherIsBetter, origin }) => ({
    key,
    label,
    higherIsBetter,
    origin,
  }));

/**
 * Nhập hồ sơ: offered to whoever holds `dossier.import` at the tenant root (the province's admin
 * and focal grants), the one place the tenant-wide import is authorised.
 */
async function abilitiesOf(db: Database, actor: Actor) {
  const root = await findRootOrganisation(db, actor.tenantId);
  const resource = root && { tenantId: actor.tenantId, organisationId: root.id, path: [root.id] };
  return abilitiesOn(actor, resource, { canImport: 'dossier.import' });
}

const figuresOf = (totals: CounterTotals): KpiFigures => ({
  totals: { ...totals },
  kpis: kpiFigures(totals),
});

/** Cây KPI: every unit the actor may read with its subtree's counts and KPIs over the period. */
export async function getKpiTree(
  ctx: ReadContext,
  input: z.output<(typeof contract.getKpiTree)['query']>,
): Promise<KpiTree> {
  const { db, actor, today } = ctx;
  const rows = await repo.listUnitCounts(
    db,
    actor.tenantId,
    grantRootsFor(actor, 'result.read'),
    firstDayOf(input.from),
    firstDayOf(input.to),
  );
  const own = new Map(
    rows.flatMap((row) => (row.counts ? [[row.id, totalsFromArray(row.counts)] as const] : [])),
  );
  const sums = subtreeTotals(rows, own);
  return {
    from: input.from,
    to: input.to,
    kpis: kpiViews(),
    units: rows.map((row) => ({
      id: row.id,
      parentId: row.parentId,
      code: row.code,
      name: row.name,
      type: row.type as OrganisationType,
      closed: row.validTo !== null && row.validTo < today,
      ...figuresOf(sums.get(row.id)!),
    })),
    abilities: await abilitiesOf(db, actor),
  };
}

/** KPI theo tháng: the unit's subtree by month of `year` and by procedure field over the year. */
export async function getKpiMonths(
  ctx: ReadContext,
  input: { organisationId: string; year: number },
): Promise<KpiMonths> {
  const { db, actor } = ctx;
  const unit = await repo.findUnit(db, actor.tenantId, input.organisationId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const months = monthsBetween(`${input.year}-01`, `${input.year}-12`);
  const rows = await repo.listMonthFieldCounts(
    db,
    actor.tenantId,
    input.organisationId,
    firstDayOf(months[0]!),
    firstDayOf(months[11]!),
  );
  const byMonth = new Map(months.map((month) => [month, emptyTotals()]));
  const byField = new Map<string, CounterTotals>();
  const year = emptyTotals();
  for (const row of rows) {
    const totals = totalsFromArray(row.counts);
    addTotals(byMonth.get(row.month)!, totals);
    if (!byField.has(row.field)) byField.set(row.field, emptyTotals());
    addTotals(byField.get(row.field)!, totals);
    addTotals(year, totals);
  }
  const fields = [...byField]
    .sort(([a, x], [b, y]) => y.received - x.received || a.localeCompare(b, 'vi'))
    .map(([field, totals]) => ({ field, ...figuresOf(totals) }));
  return {
    unit: { ...unit, type: unit.type as OrganisationType },
    year: input.year,
    kpis: kpiViews(),
    months: months.map((month) => ({ month, ...figuresOf(byMonth.get(month)!) })),
    fields,
    yearTotal: figuresOf(year),
    targets: await kpiTargetsOf(db, actor.tenantId, input),
    abilities: await abilitiesOf(db, actor),
  };
}

/**
 * Mục tiêu: the kpi targets of the unit's own plans of `year` (superseded versions left out, as on
 * the targets dashboard), one chart line each, named after its plan ("104/KH-UBND: Kế hoạch …").
 */
async function kpiTargetsOf(
  db: Database,
  tenantId: string,
  input: { organisationId: string; year: number },
): Promise<KpiMonths['targets']> {
  const plans = await listPlansUnder(db, tenantId, [input.organisationId], input);
  return plans
    .filter((plan) => plan.status !== 'superseded')
    .flatMap((plan) =>
      (plan.content.targets ?? []).flatMap((target) =>
        target.kind === 'kpi' && target.kpiKey && target.value !== null
          ? [
              {
                kpiKey: target.kpiKey,
                value: target.value,
                label: `${formatDocumentNumber(plan.content.number, plan.content.symbol)}: ${plan.content.title}`,
              },
            ]
          : [],
      ),
    );
}

type DossierQuery = z.output<(typeof contract.listKpiDossiers)['query']>;

/** Hồ sơ behind a count: the subtree's dossiers of the month matching the counter, 50 a page. */
export async function listKpiDossiers(
  ctx: ReadContext,
  input: { organisationId: string } & DossierQuery,
): Promise<{ items: KpiDossier[]; total: number; page: number; pageSize: number }> {
  const { db, actor } = ctx;
  const { start, end } = vietnamMonthBounds(input.month);
  const year = Number(input.month.slice(0, 4));
  const filter: repo.DossierFilter = {
    start,
    end,
    // The Vietnam year of the month; the UTC year of its first hours is the year before.
    years: [year - 1, year],
    counter: input.counter as DossierCounter,
    has: input.has === 'true',
    among: (input.among as DossierCounter | undefined) ?? null,
    limit: KPI_DOSSIER_PAGE_SIZE,
    offset: (input.page - 1) * KPI_DOSSIER_PAGE_SIZE,
  };
  const [items, total] = await Promise.all([
    repo.listDossiers(db, actor.tenantId, input.organisationId, filter),
    repo.countDossiers(db, actor.tenantId, input.organisationId, filter),
  ]);
  return {
    items: items as KpiDossier[],
    total,
    page: input.page,
    pageSize: KPI_DOSSIER_PAGE_SIZE,
  };
}
