// Periods due before a plan's issue date are not owed (over HTTP on real PostgreSQL): a plan
// issued 20/03/2025 under the quarterly regime (Q1 due 15/03/2025) and under a weekly one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReportingOverview } from '@contract/reports';
import { collectDeadlines } from '../notifications/deadlines';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let f: ReportFixture;
beforeEach(async () => {
  t.setToday('2025-03-20');
  f = await buildReportFixture(t, 2025, '2025-03-20');
});

const overviewOf = async () =>
  (await f.focal.get(`/api/plans/${f.plan.id}/reporting`)).json() as ReportingOverview;

describe('a plan issued 20/03/2025 with quarterly reports due the 15th of the last month', () => {
  it('owes no Q1 report (due 15/03): not in the periods, not late, not reminded, not in my reports', async () => {
    const overview = await overviewOf();
    expect(overview.periods.map((period) => [period.key, period.due])).toEqual([
      ['2025-Q2', '2025-06-15'],
      ['2025-Q3', '2025-09-15'],
      ['2025-Q4', '2025-12-15'],
    ]);
    expect(overview.cells.some((cell) => cell.periodKey === '2025-Q1')).toBe(false);
    expect(new Set(overview.cells.map((cell) => cell.status))).toEqual(new Set(['not_due']));

    const q1 = await f.focal.get(reportUrl(f.plan, '2025-Q1', f.nvId));
    expect(q1.statusCode).toBe(404);

    const nv = await f.client(f.users.nvEditor);
    const mine = (await nv.get(`/api/my-reports?organisationId=${f.nvId}`)).json();
    expect(mine.items.map((item: { period: { key: string } }) => item.period.key)).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);

    const reportDeadlines = (await collectDeadlines(t.db, f.tenantId)).filter(
      (deadline) => deadline.kind === 'report',
    );
    expect(reportDeadlines.some((deadline) => deadline.id.includes('2025-Q1'))).toBe(false);
    expect(reportDeadlines).toHaveLength(6); // Q2–Q4 for each of the two units
  });
});

describe('the weekly regime (báo cáo tuần, thứ Sáu hằng tuần) on the same plan', () => {
  it('generates the ISO weeks from week 12 (due Friday 21/03/2025) to week 52', async () => {
    const set = await f.focal.request('PUT', `/api/plans/${f.plan.id}/reporting-rule`, {
      body: { presetId: 'weekly-by-friday' },
      headers: ifMatch(f.plan.version),
    });
    expect(set.statusCode, set.body).toBe(200);
    const overview = set.json() as ReportingOverview;
    expect(overview.presetId).toBe('weekly-by-friday');
    expect(overview.periods).toHaveLength(41);
    expect(overview.periods[0]).toMatchObject({
      key: '2025-W12',
      label: 'Tuần 12/2025 (17/03–23/03/2025)',
      kind: 'week',
      from: '2025-03-17',
      to: '2025-03-23',
      due: '2025-03-21',
      dueWeekday: 'Thứ Sáu',
    });
    expect(overview.periods.at(-1)).toMatchObject({ key: '2025-W52', due: '2025-12-26' });

    const nv = await f.client(f.users.nvEditor);
    const url = reportUrl(f.plan, '2025-W12', f.nvId);
    const saved = await nv.request('PUT', url, { body: {}, headers: ifMatch(0) });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await nv.post(`${url}/submit`, {}, ifMatch(saved.json().version));
    expect(submitted.json()).toMatchObject({ status: 'submitted', daysLate: 0 });
  });
});
