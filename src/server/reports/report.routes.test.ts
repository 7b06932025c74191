// Periodic reports over HTTP on real PostgreSQL: the quarterly regime of sample 000 on an issued
// plan, a unit's report with KPI values and evidence, submit (idempotent), return with a comment,
// resubmit, accept (the lead's statuses become the tasks'), the coordinating unit's part in the
// lead's view, refusals, the overview and "my reports".
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { ReportingOverview, SubmissionChangeDto, SubmissionDto } from '@contract/reports';
import {
  createTestApp,
  multipartFile,
  TEST_TODAY,
  type TestApp,
  type TestClient,
} from '../../../test/test-app';
import {
  buildReportFixture,
  ifMatch,
  pdfBytes,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let f: ReportFixture;
let nv: TestClient;
let vh: TestClient;
beforeEach(async () => {
  t.setToday(TEST_TODAY); // a test that needs another day says so
  f = await buildReportFixture(t);
  nv = await f.client(f.users.nvEditor);
  vh = await f.client(f.users.vhEditor);
});

const Q1 = '2024-Q1';

function entryBody(
  report: SubmissionDto,
  status = 'in_progress',
  result = 'Đã rà soát 12 thủ tục',
) {
  return report.entries.map((entry) => ({
    taskId: entry.task.id,
    status,
    progress: status === 'done' ? 100 : 50,
    result,
    reason: '',
    documentRefs: [
      {
        number: 'Báo cáo số 15/BC-PNV',
        date: '2024-03-10',
        issuer: 'Phòng Nội vụ',
        summary: 'kết quả rà soát',
      },
    ],
  }));
}

async function saveDraft(
  client: TestClient,
  organisationId: string,
  body: Record<string, unknown> = {},
) {
  const url = reportUrl(f.plan, Q1, organisationId);
  const current = (await client.get(url)).json() as SubmissionDto;
  const r = await client.request('PUT', url, {
    body: { entries: entryBody(current), kpiValues: [{ targetIndex: 0, value: '98,5%' }], ...body },
    headers: ifMatch(current.version),
  });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as SubmissionChangeDto;
}

async function submit(client: TestClient, organisationId: string, version: number, key?: string) {
  return client.post(
    `${reportUrl(f.plan, Q1, organisationId)}/submit`,
    {},
    {
      ...ifMatch(version),
      ...(key ? { 'idempotency-key': key } : {}),
    },
  );
}

describe('the reporting overview of an issued plan', () => {
  it('lists the four quarterly periods of sample 000 and both reporting units, all missing in the past', async () => {
    const r = await f.focal.get(`/api/plans/${f.plan.id}/reporting`);
    expect(r.statusCode, r.body).toBe(200);
    const overview = r.json() as ReportingOverview;
    expect(overview.presetId).toBe('quarterly-by-15th');
    expect(
      overview.periods.map((period) => [period.key, period.from, period.to, period.due]),
    ).toEqual([
      ['2024-Q1', '2023-12-15', '2024-03-14', '2024-03-15'],
      ['2024-Q2', '2024-03-15', '2024-06-14', '2024-06-15'],
      ['2024-Q3', '2024-06-15', '2024-09-14', '2024-09-15'],
      ['2024-Q4', '2024-09-15', '2024-12-14', '2024-12-15'],
    ]);
    // 15/06/2024 is a Saturday: the date stays, the screen says which weekday.
    expect(overview.periods[1]).toMatchObject({ dueWeekday: 'Thứ Bảy', dueIsWeekend: true });
    expect(overview.units.map((unit) => unit.name)).toEqual([
      'Phòng Nội vụ',
      'Phòng Văn hóa và Thông tin',
    ]);
    expect(overview.cells).toHaveLength(8);
    expect(new Set(overview.cells.map((cell) => cell.status))).toEqual(new Set(['missing']));
    expect(overview.completionByUnit.map((row) => [row.label, row.done, row.total])).toEqual([
      ['Phòng Nội vụ', 0, 1],
      ['Phòng Văn hóa và Thông tin', 0, 1],
    ]);
  });
});

describe("a unit's quarterly report", () => {
  it('saves a draft, submits it late (days counted), and a retry with the same key changes nothing', async () => {
    t.setToday('2024-03-20'); // Q1/2024 was due 15/03/2024
    const draft = await saveDraft(nv, f.nvId);
    expect(draft).toMatchObject({
      status: 'draft',
      version: 2,
      kpiValues: [{ targetIndex: 0, value: 98.5 }],
    });
    expect(draft.entries[0]).toMatchObject({
      status: 'in_progress',
      progress: 50,
      result: 'Đã rà soát 12 thủ tục',
    });
    const first = await submit(nv, f.nvId, draft.version, 'submit-1');
    expect(first.statusCode, first.body).toBe(200);
    const submitted = first.json() as SubmissionDto;
    expect(submitted.status).toBe('submitted');
    expect(submitted.daysLate).toBe(5); // due 15/03/2024, submitted 20/03/2024
    expect(submitted.cellStatus).toBe('late');
    const retry = await submit(nv, f.nvId, draft.version, 'submit-1');
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ status: 'submitted', version: submitted.version });
    const again = await submit(nv, f.nvId, submitted.version, 'submit-2');
    expect(again.statusCode).toBe(409);
    const edit = await nv.request('PUT', reportUrl(f.plan, Q1, f.nvId), {
      body: { difficulties: 'sửa sau khi nộp' },
      headers: ifMatch(submitted.version),
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toBe('Báo cáo đã nộp, không sửa được nữa.');
  });

  it('reports a malformed KPI value per field and writes nothing', async () => {
    const r = await nv.request('PUT', reportUrl(f.plan, Q1, f.nvId), {
      body: { kpiValues: [{ targetIndex: 0, value: 'abc' }] },
      headers: ifMatch(0),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().details).toEqual([
      { field: 'kpiValues.0.value', message: '«abc» không phải là số (ví dụ hợp lệ: 98,5%).' },
    ]);
    expect(((await nv.get(reportUrl(f.plan, Q1, f.nvId))).json() as SubmissionDto).version).toBe(0);
  });

  it('is returned with a comment, fixed and resubmitted, then accepted: the task takes the lead status', async () => {
    const draft = await saveDraft(nv, f.nvId);
    const submitted = (await submit(nv, f.nvId, draft.version)).json() as SubmissionDto;
    const review = (body: unknown, version: number) =>
      f.focal.post(`${reportUrl(f.plan, Q1, f.nvId)}/review`, body, ifMatch(version));
    const noReason = await review({ decision: 'return' }, submitted.version);
    expect(noReason.statusCode).toBe(400);
    const returned = await review(
      { decision: 'return', comment: 'Bổ sung số liệu quý I' },
      submitted.version,
    );
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnComment: 'Bổ sung số liệu quý I',
    });

    const fixed = await nv.request('PUT', reportUrl(f.plan, Q1, f.nvId), {
      body: { entries: entryBody(returned.json(), 'done', 'Hoàn thành rà soát 20 thủ tục') },
      headers: ifMatch(returned.json().version),
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const resubmitted = await submit(nv, f.nvId, fixed.json().version);
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', returnComment: '' });
    const accepted = await review({ decision: 'accept' }, resubmitted.json().version);
    expect(accepted.json()).toMatchObject({ status: 'accepted', cellStatus: 'accepted' });

    const plan = (await f.focal.get(`/api/plans/${f.plan.id}`)).json();
    const led = plan.tasks.find((task: { lead: { id: string } }) => task.lead.id === f.nvId);
    expect(led.status).toBe('done');
    const overview = (
      await f.focal.get(`/api/plans/${f.plan.id}/reporting`)
    ).json() as ReportingOverview;
    expect(
      overview.cells.find((cell) => cell.periodKey === Q1 && cell.organisationId === f.nvId)
        ?.status,
    ).toBe('accepted');
    expect(overview.completionByUnit.find((row) => row.key === f.nvId)).toMatchObject({
      done: 1,
      percent: 100,
    });
    expect(overview.trend[0]).toEqual({
      periodKey: Q1,
      label: expect.any(String),
      percentDone: 50,
    });
  });

  it("shows the coordinating unit's part in the lead unit's view of the task", async () => {
    const vhForm = (await vh.get(reportUrl(f.plan, Q1, f.vhId))).json() as SubmissionDto;
    expect(vhForm.entries.map((entry) => entry.task.role)).toEqual(['coordinator', 'lead']);
    const vhDraft = await saveDraft(vh, f.vhId);
    await submit(vh, f.vhId, vhDraft.version);
    const lead = (await nv.get(reportUrl(f.plan, Q1, f.nvId))).json() as SubmissionDto;
    expect(lead.entries[0]?.coordinatorParts).toEqual([
      {
        organisation: { id: f.vhId, name: 'Phòng Văn hóa và Thông tin' },
        submissionStatus: 'submitted',
        status: 'in_progress',
        progress: 50,
        result: 'Đã rà soát 12 thủ tục',
      },
    ]);
  });

  it('refuses a report written for another unit, and one for a unit with no task in the plan', async () => {
    const tp = await f.client(f.users.tpEditor);
    const other = await tp.request('PUT', reportUrl(f.plan, Q1, f.nvId), {
      body: {},
      headers: ifMatch(0),
    });
    expect(other.statusCode).toBe(403);
    const own = await tp.request('PUT', reportUrl(f.plan, Q1, f.offices['Phòng Tư pháp'].id), {
      body: {},
      headers: ifMatch(0),
    });
    expect(own.statusCode).toBe(404);
    expect(own.json().message).toBe(
      'Đơn vị không chủ trì, phối hợp nhiệm vụ nào của kế hoạch này.',
    );
  });

  it('refuses a report for a period not yet begun, and for a plan since superseded (closed periods)', async () => {
    const future = await buildReportFixture(t, 2099);
    const editor = await future.client(future.users.nvEditor);
    const early = await editor.request('PUT', reportUrl(future.plan, '2099-Q3', future.nvId), {
      body: {},
      headers: ifMatch(0),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('chưa bắt đầu');

    const amended = await f.focal.post(`/api/plans/${f.plan.id}/amend`);
    const issued = await f.focal.post(
      `/api/plans/${amended.json().id}/issue`,
      { number: '13', issuedOn: '2024-04-01' },
      ifMatch(amended.json().version),
    );
    expect(issued.statusCode, issued.body).toBe(200);
    const closed = await nv.request('PUT', reportUrl(f.plan, Q1, f.nvId), {
      body: {},
      headers: ifMatch(0),
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().message).toContain('kỳ báo cáo này đã đóng');
  });

  it('lists the unit its reports of every period, with where each stands', async () => {
    const draft = await saveDraft(nv, f.nvId);
    await submit(nv, f.nvId, draft.version);
    const r = await nv.get(`/api/my-reports?organisationId=${f.nvId}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(
      r
        .json()
        .items.map((item: { period: { key: string }; status: string }) => [
          item.period.key,
          item.status,
        ]),
    ).toEqual([
      ['2024-Q1', 'late'],
      ['2024-Q2', 'missing'],
      ['2024-Q3', 'missing'],
      ['2024-Q4', 'missing'],
    ]);
  });
});

describe('evidence files', () => {
  const upload = (
    client: TestClient,
    name: string,
    bytes: Buffer,
    type = 'application/pdf',
    taskId?: string,
  ) => {
    const { payload, headers } = multipartFile(name, bytes, type);
    return client.request(
      'POST',
      `${reportUrl(f.plan, Q1, f.nvId)}/evidence?taskId=${taskId ?? f.plan.tasks[0]!.id}`,
      { payload, headers },
    );
  };

  it('stores a PDF once (a retried upload creates nothing) and serves it back as an attachment', async () => {
    const bytes = pdfBytes();
    const first = await upload(nv, 'bao-cao.pdf', bytes);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      created: true,
      evidence: { fileName: 'bao-cao.pdf', contentType: 'application/pdf' },
    });
    const retry = await upload(nv, 'bao-cao.pdf', bytes);
    expect(retry.json()).toMatchObject({
      created: false,
      evidence: { id: first.json().evidence.id },
    });
    const report = (await nv.get(reportUrl(f.plan, Q1, f.nvId))).json() as SubmissionDto;
    expect(report.entries[0]?.evidence).toHaveLength(1);

    const download = await f.focal.get(`/api/evidence/${first.json().evidence.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toMatch(
      /^attachment; filename="bao-cao\.pdf"/,
    );
    expect(download.rawPayload.equals(bytes)).toBe(true);
    const stranger = await f.client(f.users.tpEditor);
    expect((await stranger.get(`/api/evidence/${first.json().evidence.id}`)).statusCode).toBe(403);
  });

  it('refuses an .exe renamed .pdf, a file over 20 MB and a zip bomb dressed as .docx, storing nothing', async () => {
    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      Buffer.alloc(4096, 1),
    ]);
    const disguised = await upload(nv, 'bao-cao.pdf', exe);
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().message).toContain('PDF, Word (.docx), Excel (.xlsx) hoặc ảnh');

    const huge = await upload(
      nv,
      'lon.pdf',
      Buffer.concat([pdfBytes(), Buffer.alloc(21 * 1024 * 1024, 32)]),
    );
    expect(huge.statusCode).toBe(413);

    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
    bomb.file('word/document.xml', Buffer.alloc(120 * 1024 * 1024, 0x20));
    const bombBytes = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bombBytes.length).toBeLessThan(1024 * 1024);
    const exploded = await upload(
      nv,
      'bom.docx',
      bombBytes,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(exploded.statusCode).toBe(400);

    const report = (await nv.get(reportUrl(f.plan, Q1, f.nvId))).json() as SubmissionDto;
    expect(report.entries.flatMap((entry) => entry.evidence)).toEqual([]);
  });
});
