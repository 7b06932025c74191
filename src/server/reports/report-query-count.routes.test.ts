// How many statements one save and one submit of a unit's report send to PostgreSQL (BEGIN and
// COMMIT included). Counted at the pg client, so any query a change adds — a second path lookup,
// a lookup per task — shows. The session is read once before (the form's GET, as the browser
// does) and kept by the session cache, as in production. The e-mail outbox pass a write kicks
// after its answer is left out: it runs one at a time for all requests, not once per request.
//
// The goal — at most 6 per save and 8 per submit — is MET, and these ceilings are exactly
// it: a change may lower them, never raise them. A save: the route's path lookup, BEGIN, the
// report's context in one statement (plan, request, unit, tasks, the submission row locked), the
// write in one statement (row inserted or updated, entries replaced), the audit row, COMMIT. A
// submit: the path, BEGIN, the context, the update, the audit row, the reviewers' grants, their
// notices in one insert, COMMIT. The answer is what changed (submissionChangeSchema), so nothing
// is read again for it; the notices take the plan unit's path from the authorised resource. A
// plan with targets of kind kpi adds one statement to a save (the rollups the figures are checked
// against); this fixture has none, as the spike's plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionChangeDto, SubmissionDto } from '@contract/reports';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { countQueries } from '../../../test/query-counter';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';

const SAVE_BUDGET = 6;
const SUBMIT_BUDGET = 8;
const isOutboxPass = (statement: string) => statement.includes('WITH claimed AS');

let t: TestApp;
let f: ReportFixture;
let nv: TestClient;
beforeAll(async () => {
  t = await createTestApp({ SESSION_CACHE_SECONDS: '60' });
  f = await buildReportFixture(t);
  nv = await f.client(f.users.nvEditor);
});
afterAll(() => t.close());

describe('queries of the deadline spike', () => {
  it(`saves in at most ${SAVE_BUDGET} and submits in at most ${SUBMIT_BUDGET} statements`, async () => {
    const url = reportUrl(f.plan, '2024-Q1', f.nvId);
    const form = (await nv.get(url)).json() as SubmissionDto;
    const save = await countQueries(() =>
      nv.request('PUT', url, {
        body: {
          difficulties: 'Thiếu nhân lực',
          entries: form.entries.map((entry) => ({
            taskId: entry.task.id,
            status: 'in_progress',
            progress: 50,
            result: 'Đã rà soát 12 thủ tục',
            reason: '',
            documentRefs: [],
          })),
        },
        headers: ifMatch(form.version),
      }),
    );
    expect(save.result.statusCode, save.result.body).toBe(200);
    const saved = save.result.json() as SubmissionChangeDto;
    const submit = await countQueries(() =>
      nv.post(`${url}/submit`, {}, { ...ifMatch(saved.version), 'idempotency-key': 'spike-1' }),
    );
    expect(submit.result.statusCode, submit.result.body).toBe(200);
    expect(submit.result.json()).toMatchObject({ status: 'submitted' });
    const saveSql = save.sql.filter((statement) => !isOutboxPass(statement));
    const submitSql = submit.sql.filter((statement) => !isOutboxPass(statement));
    expect(saveSql.length, saveSql.join('\n')).toBeLessThanOrEqual(SAVE_BUDGET);
    expect(submitSql.length, submitSql.join('\n')).toBeLessThanOrEqual(SUBMIT_BUDGET);
    // Both counts include the transaction and the writes, so they can never be trivially small.
    expect(saveSql).toEqual(expect.arrayContaining(['begin', 'commit']));
  });
});
