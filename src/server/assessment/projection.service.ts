// Dự báo điểm và thứ hạng năm nay: finds this year's framework of the index, reads every input of
// the unit AND its peers with one query per kind of input, lets the domain project each, and
// places the unit's range among the peers' ranges.
import type { CodeMapping, Framework } from '@domain/frameworks/framework';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { projectScore, type Projection } from '@domain/assessment/projection';
import { proposalWindow } from '@domain/assessment/kpi-proposal';
import { isLeafCode, frameworkTree } from '@domain/frameworks/framework-tree';
import { computeKpi, kpiByKey } from '@domain/kpis/kpi-definitions';
import type {
  ProjectionDossierKpi,
  ProjectionKpi,
  ProjectionSelfEntry,
  ProjectionTask,
} from '@domain/assessment/projection-input';
import { projectRankRange } from '@domain/assessment/projection-rank';
import type { ReportingRule } from '@domain/reports/reporting-rule';
import { periodsOf } from '@domain/reports/reporting-periods';
import type { ProjectionDto } from '@contract/assessment-projection';
import { notFound } from '../http/app-error';
import type { ReadContext } from '../http/service-context';
import { frameworkOf } from '../frameworks/framework-presenter';
import { findFramework, type FrameworkRow } from '../frameworks/framework.repository';
import { findOrganisation } from '../organisations/organisation.repository';
import * as results from '../results/result.repository';
import { assertFrameworkApplies, toNodeResult } from '../results/result.service';
import { subtreeCountsOfUnits } from '../kpis/kpi-values';
import * as repo from './projection.repository';

/** This year's framework of an index and the one its baseline comes from (with the code mapping). */
interface ProjectionFrameworks {
  current: FrameworkRow;
  framework: Framework;
  previous: FrameworkRow | null;
  codeMapping: CodeMapping;
}

/**
 * Bộ chỉ số năm nay: `frameworkId` when it is this year's, else its copy for this year (or the
 * newest framework of the same index for the unit's type); without `frameworkId`, the index the
 * unit was last scored on. Its baseline is the framework it was copied from (with the code
 * mapping), else last year's framework of the same index.
 */
async function resolveFrameworks(
  ctx: ReadContext,
  unit: { id: string; type: string },
  frameworkId: string | undefined,
): Promise<ProjectionFrameworks> {
  const tenantId = ctx.actor.tenantId;
  const year = Number(ctx.today.slice(0, 4));
  const sourceId =
    frameworkId ?? (await repo.findLatestResultFrameworkId(ctx.db, tenantId, unit.id, year));
  if (!sourceId) throw notFound('Đơn vị chưa có kết quả chấm điểm nào để dự báo.');
  const source = await findFramework(ctx.db, tenantId, sourceId);
  if (!source) throw notFound('Không tìm thấy bộ chỉ số.');
  const current =
    source.year === year
      ? source
      : await repo.findFrameworkOfYear(ctx.db, tenantId, source, year, unit.type);
  if (!current) {
    throw notFound(
      `Chưa có bộ chỉ số năm ${year} của chỉ số này: hãy sao chép bộ chỉ số năm trước sang năm ${year} để xem dự báo.`,
    );
  }
  const framework = frameworkOf(current);
  assertFrameworkApplies(framework, unit.type);
  const copiedFrom = current.copiedFromId
    ? await findFramework(ctx.db, tenantId, current.copiedFromId)
    : null;
  const previous =
    copiedFrom ?? (await repo.findFrameworkOfYear(ctx.db, tenantId, current, year - 1, unit.type));
  return {
    current,
    framework,
    previous,
    codeMapping: copiedFrom ? ((current.codeMapping as CodeMapping | null) ?? {}) : {},
  };
}

/** A unit's projection and whether its self-assessment has started. */
export interface UnitProjection {
  projection: Projection;
  selfAssessmentStarted: boolean;
}

/**
 * Dự báo của nhiều đơn vị cùng loại on one framework: one query per kind of input for all of
 * them (last year's results, their nodes, the year's tasks, KPI figures, self-assessments).
 */
export async function projectUnits(
  ctx: ReadContext,
  input: {
    frameworks: ProjectionFrameworks;
    unitType: string;
    unitIds: readonly string[];
    /** The baseline framework's results of the unit type, when the caller has read them already. */
    previousResults?: Awaited<ReturnType<typeof results.listFrameworkResultsOfType>>;
  },
): Promise<Map<string, UnitProjection>> {
  const { db } = ctx;
  const tenantId = ctx.actor.tenantId;
  const { current, framework, previous, codeMapping } = input.frameworks;
  const unitIds = [...new Set(input.unitIds)];
  const year = current.year;
  const toThisYear = (frameworkId: string | null | undefined, code: string): string | null => {
    if (frameworkId === current.id) return code;
    if (previous && frameworkId === previous.id) {
      return Object.hasOwn(codeMapping, code) ? (codeMapping[code] ?? code) : code;
    }
    return null;
  };

  const previousResults = previous
    ? (
        input.previousResults ??
        (await results.listFrameworkResultsOfType(db, tenantId, previous.id, input.unitType))
      ).filter(({ unit }) => unitIds.includes(unit.id))
    : [];
  const nodes = await results.listResultNodes(
    db,
    tenantId,
    previousResults.map(({ result }) => result.id),
  );
  const resultIdByUnit = new Map(previousResults.map(({ result, unit }) => [unit.id, result.id]));
  const [taskRows, kpiRows, self] = await Promise.all([
    repo.listYearTasks(db, tenantId, unitIds, year),
    repo.listAcceptedKpiValues(db, tenantId, unitIds, year),
    repo.listSelfAssessmentEntries(db, tenantId, unitIds, current.id),
  ]);
  const dossierKpisByUnit = await readDossierKpis(ctx, framework, unitIds);
  const labels = new PeriodLabels();

  const tasksByUnit = groupBy(taskRows, (row) => row.organisationId);
  const kpisByUnit = groupBy(kpiRows, (row) => row.organisationId);
  const selfByUnit = groupBy(self.entries, (row) => row.organisationId);
  const started = new Set(self.startedUnitIds);
  const projections = new Map<string, UnitProjection>();
  for (const unitId of unitIds) {
    const resultId = resultIdByUnit.get(unitId);
    const tasks: ProjectionTask[] = (tasksByUnit.get(unitId) ?? []).map((row) => ({
      id: row.id,
      content: row.content,
      status: row.status,
      nodeLinks: row.nodeLinks.flatMap((link) => {
        const code = toThisYear(link.frameworkId, link.code);
        return code ? [{ code, pointsAtStake: Number(link.pointsAtStake) }] : [];
      }),
      acceptedReport: row.acceptedPeriodKey
        ? { periodLabel: labels.of(row.reportingRule, row.planYear, row.acceptedPeriodKey) }
        : null,
    }));
    const kpis: ProjectionKpi[] = (kpisByUnit.get(unitId) ?? []).flatMap((row) => {
      const target = row.target;
      if (!target || target.kind !== 'number' || (target.unit ?? '').trim() !== '%') return [];
      const code = target.nodeCode ? toThisYear(target.frameworkId, target.nodeCode) : null;
      if (!code || !(row.value >= 0 && row.value <= 100)) return [];
      return [
        {
          nodeCode: code,
          metric: target.metric?.trim() || code,
          value: row.value,
          periodLabel: labels.of(row.reportingRule, row.planYear, row.periodKey),
        },
      ];
    });
    // An appraised score is the best word on a node: it counts as a self score backed by evidence.
    const selfAssessment: ProjectionSelfEntry[] | null = started.has(unitId)
      ? (selfByUnit.get(unitId) ?? []).map((row) => ({
          nodeCode: row.nodeCode,
          selfScore: row.appraisedScore ?? row.selfScore,
          notApplicable: row.notApplicable,
          hasEvidence: row.appraisedScore !== null || row.evidenceCount > 0,
        }))
      : null;
    const projection = projectScore({
      framework,
      unitType: input.unitType as OrganisationType,
      previous:
        previous && resultId
          ? {
              year: previous.year,
              results: nodes.filter((node) => node.resultId === resultId).map(toNodeResult),
              codeMapping,
            }
          : null,
      tasks,
      kpis,
      dossierKpis: dossierKpisByUnit.get(unitId) ?? [],
      selfAssessment,
    });
    projections.set(unitId, { projection, selfAssessmentStarted: started.has(unitId) });
  }
  return projections;
}

/**
 * KPI từ dữ liệu hồ sơ of each unit for the criteria that read one (leaf, ratio rule, `kpiKey`):
 * the value over the unit's subtree from January to the month of today, one rollup read for all
 * the units; a KPI with no dossier below its line gives nothing (the node keeps its estimate).
 */
async function readDossierKpis(
  ctx: ReadContext,
  framework: Framework,
  unitIds: readonly string[],
): Promise<Map<string, ProjectionDossierKpi[]>> {
  const tree = frameworkTree(framework.nodes);
  const reading = framework.nodes.flatMap((node) => {
    const kpi = node.kpiKey === undefined ? undefined : kpiByKey(node.kpiKey);
    const ratio = node.rule?.type === 'ratio' || node.rule?.type === 'ratio_threshold';
    return kpi && ratio && isLeafCode(tree, node.code) ? [{ node, kpi }] : [];
  });
  const window = proposalWindow(framework.year, ctx.today);
  const byUnit = new Map<string, ProjectionDossierKpi[]>();
  if (reading.length === 0 || window === null || unitIds.length === 0) return byUnit;
  const totals = await subtreeCountsOfUnits(ctx.db, {
    tenantId: ctx.actor.tenantId,
    organisationIds: unitIds,
    from: window.from,
    to: window.to,
  });
  for (const [unitId, unitTotals] of totals) {
    byUnit.set(
      unitId,
      reading.flatMap(({ node, kpi }) => {
        const value = computeKpi(kpi, unitTotals);
        return value === null
          ? []
          : [
              {
                nodeCode: node.code,
                kpiKey: kpi.key,
                kpiLabel: kpi.label,
                value,
                monthsLabel: window.label,
              },
            ];
      }),
    );
  }
  return byUnit;
}

/**
 * Dự báo năm nay of one unit: its range among the peers (same framework and unit type: the units
 * scored on the baseline framework, and the unit itself).
 */
export async function getProjection(
  ctx: ReadContext,
  input: { organisationId: string; frameworkId?: string },
): Promise<ProjectionDto> {
  const unit = await findOrganisation(ctx.db, ctx.actor.tenantId, input.organisationId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const frameworks = await resolveFrameworks(ctx, unit, input.frameworkId);
  const peers = frameworks.previous
    ? await results.listFrameworkResultsOfType(
        ctx.db,
        ctx.actor.tenantId,
        frameworks.previous.id,
        unit.type,
      )
    : [];
  const projections = await projectUnits(ctx, {
    frameworks,
    unitType: unit.type,
    unitIds: [unit.id, ...peers.map((peer) => peer.unit.id)],
    previousResults: peers,
  });
  const own = projections.get(unit.id)!;
  const ranges = [...projections.entries()].map(([unitId, { projection }]) => ({
    unitId,
    pessimisticIndex: projection.pessimistic.indexPercent,
    optimisticIndex: projection.optimistic.indexPercent,
  }));
  return {
    framework: {
      id: frameworks.current.id,
      code: frameworks.current.code,
      name: frameworks.current.name,
      year: frameworks.current.year,
    },
    organisation: { id: unit.id, name: unit.name },
    ...own.projection,
    rank: projectRankRange(
      ranges.find((range) => range.unitId === unit.id)!,
      ranges,
    ),
    selfAssessmentStarted: own.selfAssessmentStarted,
  };
}

/** Tên kỳ báo cáo ("báo cáo Quý III/2026") from the plan's rule, computed once per plan rule and year. */
class PeriodLabels {
  private readonly cache = new Map<string, Map<string, string>>();

  of(rule: unknown, year: number, key: string): string {
    if (key.startsWith('YC-')) return 'báo cáo đột xuất';
    const cacheKey = `${year}:${JSON.stringify(rule)}`;
    let labels = this.cache.get(cacheKey);
    if (!labels) {
      labels = new Map();
      try {
        if (rule)
          for (const period of periodsOf(rule as ReportingRule, year))
            labels.set(period.key, period.label);
      } catch {
        // A rule the domain rejects names no period: the key is shown as it is.
      }
      this.cache.set(cacheKey, labels);
    }
    return `báo cáo ${labels.get(key) ?? key}`;
  }
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
