// A save and a submit answer only what they changed (submissionChangeSchema) and the form merges
// that into the report it shows. The merge is right only if every field the answer carries equals
// the report as read afterwards, entry by entry — including "đến hạn kỳ này", which follows the
// status just saved — and if nothing else in the report moved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionChangeDto, SubmissionDto } from '@contract/reports';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';

let t: TestApp;
let f: ReportFixture;
let nv: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  f = await buildReportFixture(t);
  nv = await f.client(f.users.nvEditor);
});
afterAll(() => t.close());

/** The report read back equals the one before with the change's fields and entries put in. */
function expectChangeMatches(
  before: SubmissionDto,
  change: SubmissionChangeDto,
  after: SubmissionDto,
) {
  const { entries: changedEntries, ...fields } = change;
  expect(after).toMatchObject(fields);
  const { entries: afterEntries, ...afterRest } = after;
  const { entries: beforeEntries, ...beforeRest } = before;
  // What a write never changes stays as it was.
  expect(afterRest).toEqual({ ...beforeRest, ...fields });
  expect(afterEntries.map((entry) => entry.task.id)).toEqual(
    beforeEntries.map((entry) => entry.task.id),
  );
  afterEntries.forEach((entry, index) => {
    const changed = changedEntries.find((candidate) => candidate.taskId === entry.task.id);
    const {
      taskId: _taskId,
      dueInPeriod,
      ...values
    } = changed ?? {
      taskId: entry.task.id,
      dueInPeriod: beforeEntries[index]!.task.dueInPeriod,
      status: beforeEntries[index]!.status,
      progress: beforeEntries[index]!.progress,
      result: beforeEntries[index]!.result,
      reason: beforeEntries[index]!.reason,
      documentRefs: beforeEntries[index]!.documentRefs,
    };
    expect(entry).toEqual({
      ...beforeEntries[index],
      ...values,
      task: { ...beforeEntries[index]!.task, dueInPeriod },
    });
  });
}

describe('what a save and a submit answer', () => {
  it('is exactly what the report read afterwards shows changed, through a save, a second save and the submit', async () => {
    const url = reportUrl(f.plan, '2024-Q4', f.nvId);
    const empty = (await nv.get(url)).json() as SubmissionDto;
    expect(empty.entries.length).toBeGreaterThan(0);
    // The "Quý II" task not done by Q4 is owed as overdue; reported done, it no longer is.
    expect(empty.entries[0]!.task.dueInPeriod).toBe('overdue');

    const body = (status: 'in_progress' | 'done', progress: number) => ({
      difficulties: 'Thiếu nhân lực',
      proposals: 'Bổ sung biên chế',
      kpiValues: [{ targetIndex: 0, value: '98,5%' }],
      entries: empty.entries.map((entry) => ({
        taskId: entry.task.id,
        status,
        progress,
        result: `Đã rà soát ${progress}% thủ tục`,
        reason: '',
        documentRefs: [],
      })),
    });
    const first = await nv.request('PUT', url, {
      body: body('in_progress', 40),
      headers: ifMatch(0),
    });
    expect(first.statusCode, first.body).toBe(200);
    const firstChange = first.json() as SubmissionChangeDto;
    const afterFirst = (await nv.get(url)).json() as SubmissionDto;
    expectChangeMatches(empty, firstChange, afterFirst);

    const second = await nv.request('PUT', url, {
      body: body('done', 100),
      headers: ifMatch(firstChange.version),
    });
    expect(second.statusCode, second.body).toBe(200);
    const secondChange = second.json() as SubmissionChangeDto;
    expect(secondChange.entries[0]!.dueInPeriod).toBeNull();
    const afterSecond = (await nv.get(url)).json() as SubmissionDto;
    expectChangeMatches(afterFirst, secondChange, afterSecond);

    const submit = await nv.post(`${url}/submit`, {}, ifMatch(secondChange.version));
    expect(submit.statusCode, submit.body).toBe(200);
    const submitted = submit.json() as SubmissionChangeDto;
    expect(submitted).toMatchObject({ status: 'submitted', abilities: { canEdit: false } });
    expectChangeMatches(afterSecond, submitted, (await nv.get(url)).json() as SubmissionDto);
  });
});
