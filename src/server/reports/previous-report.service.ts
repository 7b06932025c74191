// Báo cáo kỳ trước: the unit's latest earlier report of the same plan that it sent in (submitted,
// returned or accepted — a draft never sent is not a report), for "Sao chép từ kỳ trước". Only
// read here: the form fills its boxes and the unit still saves.
import type { PreviousReportDto } from '@contract/reports';
import type { ReadContext } from '../http/service-context';
import * as repo from './report.repository';
import { forPeriods, listPlanPeriods } from './plan-periods';
import { reportContext } from './submission.service';

/**
 * The unit's report of the nearest earlier period (by due date) that it sent in, restricted to the
 * tasks it still reports on; `period: null` and nothing else when it has none.
 */
export async function getPreviousReport(
  ctx: ReadContext,
  input: { report: { id: string; periodKey: string; organisationId: string } },
): Promise<PreviousReportDto> {
  const { db, actor } = ctx;
  const { id: planId, periodKey, organisationId } = input.report;
  const context = await reportContext(db, actor.tenantId, planId, periodKey, organisationId);
  const periods = await listPlanPeriods(db, actor.tenantId, forPeriods(context.plan));
  const earlier = periods.filter(
    (period) =>
      period.key !== periodKey &&
      (period.due < context.period.due ||
        (period.due === context.period.due && period.to < context.period.to)),
  );
  const sent = (await repo.listUnitSubmissions(db, actor.tenantId, organisationId)).filter(
    (row) => row.planId === planId && row.status !== 'draft',
  );
  const latest = [...earlier]
    .reverse()
    .map((period) => ({ period, row: sent.find((row) => row.periodKey === period.key) }))
    .find((candidate) => candidate.row !== undefined);
  if (!latest?.row) {
    return { period: null, status: null, submittedAt: null, entries: [], kpiValues: [] };
  }
  const taskIds = new Set(context.tasks.map((task) => task.id));
  const entries = await repo.listEntries(db, actor.tenantId, [latest.row.id]);
  return {
    period: { key: latest.period.key, label: latest.period.label },
    status: latest.row.status,
    submittedAt: latest.row.submittedAt?.toISOString() ?? null,
    entries: entries
      .filter((entry) => taskIds.has(entry.taskId))
      .map((entry) => ({
        taskId: entry.taskId,
        status: entry.status,
        progress: entry.progress,
        result: entry.result,
        reason: entry.reason,
      })),
    kpiValues: latest.row.kpiValues,
  };
}
