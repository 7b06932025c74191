// Chỉ tiêu tự đánh giá over the database: for each index a plan links, the plan unit's result,
// rank and grade bands of the plan's year and the year before (each year on its own framework,
// found through the copy chain with its code mapping), then the domain's verdict per target.
import type { TargetEvaluationDto } from '@contract/plans';
import type { IndexTargets, PlanTargets } from '@contract/plan-targets';
import type { CodeMapping } from '@domain/frameworks/framework';
import { mapCode } from '@domain/frameworks/copy-framework';
import type { IndexKind } from '@domain/frameworks/index-kind';
import { formatDocumentNumber } from '@domain/plans/plan-document';
import { formatTargetText, type PlanTarget } from '@domain/plans/plan-targets';
import {
  evaluateTarget,
  reverseCodeMapping,
  type TargetFacts,
  type YearFacts,
} from '@domain/plans/target-evaluation';
import type { Database } from '../db/client';
import { notFound } from '../http/app-error';
import type { ReadContext } from '../http/service-context';
import { frameworkOf, gradeBandsOf } from '../frameworks/framework-presenter';
import { findFramework, type FrameworkRow } from '../frameworks/framework.repository';
import { findOrganisation } from '../organisations/organisation.repository';
import { loadPeerResults, type PeerResults } from '../results/peer-results';
import * as plansRepo from './plan.repository';
import * as repo from './plan-targets.repository';
import { kpiFactOf, loadPlanKpiFigures, type PlanKpiFigures } from './plan-kpi-facts';

/** How many yearly copies away from the linked framework a year's framework is looked for. */
const COPY_STEPS = 5;

/** The framework of one year for a linked framework, with the linked code → that year's code. */
interface YearFramework {
  row: FrameworkRow;
  codeMapping: CodeMapping;
}

/** Loads peers once per framework and unit type for the whole request. */
type PeerCache = Map<string, Promise<PeerResults>>;

function peersOf(
  db: Database,
  tenantId: string,
  row: FrameworkRow,
  unitType: string,
  cache: PeerCache,
) {
  const key = `${row.id}:${unitType}`;
  let peers = cache.get(key);
  if (!peers) {
    peers = loadPeerResults(db, tenantId, row, unitType);
    cache.set(key, peers);
  }
  return peers;
}

/** Linked code → code after `step` (old → new), for every linked code, keeping only the changed ones. */
function composeMapping(codes: Map<string, string>, step: CodeMapping): void {
  for (const [linkedCode, code] of codes) codes.set(linkedCode, mapCode(step, code));
}

function changedOnly(codes: Map<string, string>): CodeMapping {
  const mapping: CodeMapping = {};
  for (const [linkedCode, code] of codes) if (code !== linkedCode) mapping[linkedCode] = code;
  return mapping;
}

/**
 * The framework of `year` for the index of `linked`: itself when of that year; else along the
 * copy chain (copied_from_id back, copies forward), mapping codes at each step; else the
 * tenant's one framework of the same kind and year for the unit's type (codes taken as they are).
 * A 2024 plan drafted from the 2023 results links the 2023 framework: its 2024 copy is "this year".
 */
async function frameworkForYear(
  db: Database,
  tenantId: string,
  linked: FrameworkRow,
  year: number,
  unitType: string,
): Promise<YearFramework | null> {
  const codes = new Map(frameworkOf(linked).nodes.map((node) => [node.code, node.code]));
  let row: FrameworkRow | null = linked;
  for (let step = 0; row && row.year > year && step < COPY_STEPS; step++) {
    composeMapping(codes, reverseCodeMapping((row.codeMapping as CodeMapping | null) ?? {}));
    row = row.copiedFromId ? await findFramework(db, tenantId, row.copiedFromId) : null;
  }
  for (let step = 0; row && row.year < year && step < COPY_STEPS; step++) {
    const copies = await repo.listFrameworkCopies(db, tenantId, row.id);
    const next: FrameworkRow | undefined =
      copies.find((copy) => copy.year === year && copy.unitTypes.includes(unitType)) ??
      copies.find((copy) => copy.year <= year && copy.unitTypes.includes(unitType));
    if (next) composeMapping(codes, (next.codeMapping as CodeMapping | null) ?? {});
    row = next ?? null;
  }
  if (row && row.year === year) return { row, codeMapping: changedOnly(codes) };
  const [sameKind] = await repo.listFrameworksOfKindAndYear(db, tenantId, {
    indexKind: linked.indexKind,
    year,
    unitType,
  });
  return sameKind ? { row: sameKind, codeMapping: {} } : null;
}

async function yearFacts(
  db: Database,
  tenantId: string,
  unit: { id: string; type: string },
  found: YearFramework,
  year: number,
  cache: PeerCache,
): Promise<YearFacts> {
  const peers = await peersOf(db, tenantId, found.row, unit.type, cache);
  const own = peers.byUnitId.get(unit.id);
  return {
    year,
    rolledUp: own?.rolledUp ?? null,
    rank: own?.rank ?? null,
    peerCount: peers.rankedCount,
    codeMapping: found.codeMapping,
  };
}

/** A linked index and what its targets are checked against. */
interface IndexFacts {
  row: FrameworkRow;
  facts: TargetFacts;
}

/** Facts of the plan's year and the year before for every index the plan links (unknown ids skipped). */
async function loadIndexFacts(
  db: Database,
  tenantId: string,
  plan: plansRepo.PlanRow,
  cache: PeerCache,
): Promise<Map<string, IndexFacts>> {
  const unit = await findOrganisation(db, tenantId, plan.organisationId);
  if (!unit) throw notFound('Không tìm thấy đơn vị của kế hoạch.');
  const year = plan.content.year;
  const byId = new Map<string, IndexFacts>();
  for (const frameworkId of new Set(plan.content.frameworkIds ?? [])) {
    const linked = await findFramework(db, tenantId, frameworkId);
    if (!linked) continue;
    const current = await frameworkForYear(db, tenantId, linked, year, unit.type);
    const previous = await frameworkForYear(db, tenantId, linked, year - 1, unit.type);
    byId.set(frameworkId, {
      row: linked,
      facts: {
        current: current
          ? await yearFacts(db, tenantId, unit, current, year, cache)
          : { year, rolledUp: null, rank: null, peerCount: 0 },
        previous: previous ? await yearFacts(db, tenantId, unit, previous, year - 1, cache) : null,
        gradeBands: gradeBandsOf(current?.row ?? linked),
      },
    });
  }
  return byId;
}

function toEvaluation(
  target: PlanTarget,
  facts: TargetFacts | null,
  kpi: PlanKpiFigures,
): TargetEvaluationDto {
  return {
    targetId: target.id,
    text: formatTargetText(target),
    frameworkId: target.frameworkId,
    sectionId: target.sectionId,
    ...evaluateTarget(target, facts, kpiFactOf(target, kpi)),
  };
}

async function evaluatePlan(
  db: Database,
  tenantId: string,
  plan: plansRepo.PlanRow,
  cache: PeerCache,
  today: string,
): Promise<{ byIndex: Map<string, IndexFacts>; items: TargetEvaluationDto[] }> {
  const byIndex = await loadIndexFacts(db, tenantId, plan, cache);
  const targets = plan.content.targets ?? [];
  // Chỉ tiêu KPI: the plan unit's subtree over the plan's year so far, from the dossier rollups.
  const kpi = await loadPlanKpiFigures(db, {
    tenantId,
    plan: { organisationId: plan.organisationId, year: plan.content.year, targets },
    today,
  });
  const items = targets.map((target) =>
    toEvaluation(
      target,
      target.frameworkId === null ? null : (byIndex.get(target.frameworkId)?.facts ?? null),
      kpi,
    ),
  );
  return { byIndex, items };
}

/** Đánh giá chỉ tiêu của kế hoạch: each target met / not met / unknown, in the plan's order. */
export async function evaluatePlanTargets(
  ctx: ReadContext,
  input: { planId: string },
): Promise<{ items: TargetEvaluationDto[] }> {
  const tenantId = ctx.actor.tenantId;
  const plan = await plansRepo.findPlan(ctx.db, tenantId, input.planId);
  if (!plan) throw notFound('Không tìm thấy kế hoạch.');
  const { items } = await evaluatePlan(ctx.db, tenantId, plan, new Map(), ctx.today);
  return { items };
}

/** Groups a plan's verdicts by index, in the order the plan links them; targets of no (linked) index last. */
function groupByIndex(
  plan: plansRepo.PlanRow,
  byIndex: Map<string, IndexFacts>,
  items: TargetEvaluationDto[],
): IndexTargets[] {
  const groups: IndexTargets[] = [];
  for (const frameworkId of new Set(plan.content.frameworkIds ?? [])) {
    const linked = byIndex.get(frameworkId)?.row;
    const own = items.filter((item) => item.frameworkId === frameworkId);
    if (!linked || own.length === 0) continue;
    groups.push({
      framework: {
        id: linked.id,
        code: linked.code,
        name: linked.name,
        indexKind: linked.indexKind as IndexKind,
        year: linked.year,
      },
      items: own,
    });
  }
  const rest = items.filter((item) => item.frameworkId === null || !byIndex.has(item.frameworkId));
  if (rest.length > 0) groups.push({ framework: null, items: rest });
  return groups;
}

/** Chỉ tiêu theo chỉ số: the targets of a unit's current plans of a year, by plan and index. */
export async function listUnitPlanTargets(
  ctx: ReadContext,
  input: { organisationId: string; year: number },
): Promise<{ items: PlanTargets[] }> {
  const tenantId = ctx.actor.tenantId;
  const plans = await plansRepo.listPlansUnder(ctx.db, tenantId, [input.organisationId], {
    organisationId: input.organisationId,
    year: input.year,
  });
  const cache: PeerCache = new Map();
  const items: PlanTargets[] = [];
  for (const plan of plans.filter((each) => each.status !== 'superseded')) {
    const { byIndex, items: verdicts } = await evaluatePlan(
      ctx.db,
      tenantId,
      plan,
      cache,
      ctx.today,
    );
    items.push({
      plan: {
        id: plan.id,
        title: plan.content.title,
        documentNumber: formatDocumentNumber(plan.content.number, plan.content.symbol),
        status: plan.status as PlanTargets['plan']['status'],
        year: plan.year,
      },
      indices: groupByIndex(plan, byIndex, verdicts),
    });
  }
  return { items };
}
