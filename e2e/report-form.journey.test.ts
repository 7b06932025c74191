// The report form as an editor meets it: Văn phòng UBND tỉnh's Q4/2026 report on a plan with
// three tasks in two appendix groups (set up by the focal through the API, with a Q3 report the
// office already sent). On screen the editor sees the tasks numbered as the plan prints them,
// filters those due this period, copies last period's results, uploads evidence, previews a PDF
// and an image in place, deletes the PDF, sets "Hoàn thành" (the % becomes 100), reads the KPI
// box's hint and submits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PlanDetail } from '../src/contract/plans';
import type { SubmissionDto } from '../src/contract/reports';
import { getJson, ifMatch, sendJson, unitIdsByCode } from './api';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  saveScreenshot,
  uniqueSuffix,
  waitForText,
} from './browser';

const PERIOD = '2026-Q4';
const PREVIOUS = '2026-Q3';

/** A small but real PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Title (Bien ban) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The plan's tasks for the office, in plan order: [appendix number, timeframe, due this period]. */
const TASKS = [
  {
    area: 'Cải cách thể chế',
    content: 'Rà soát văn bản quy phạm pháp luật của tỉnh',
    timeframeText: 'Quý IV/2026',
    number: 'I.1',
  },
  {
    area: 'Cải cách thể chế',
    content: 'Ban hành quy chế phối hợp khi có văn bản mới của Trung ương',
    timeframeText: 'Khi có quy định',
    number: 'I.2',
  },
  {
    area: 'Cải cách thủ tục hành chính',
    content: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    timeframeText: 'Thường xuyên',
    number: 'II.1',
  },
] as const;

const Q3_RESULT = 'Đã số hóa 1.250 hồ sơ trong quý III';

let browser: Browser;
let focal: Page;
let editor: Page;
let plan: PlanDetail;
let officeId: string;

/** The focal issues the plan with the quarterly regime; the office's Q3 report is sent through the API. */
async function setUp() {
  const units = await unitIdsByCode(focal.request);
  officeId = units.get('DT.VP')!;
  const created = await sendJson<PlanDetail>(focal.request, 'post', '/api/plans', {
    organisationId: units.get('DT'),
    year: 2026,
    title: `Cải cách hành chính năm 2026 (${uniqueSuffix()})`,
  });
  for (const task of TASKS) {
    await sendJson(focal.request, 'post', `/api/plans/${created.id}/tasks`, {
      area: task.area,
      content: task.content,
      leadOrganisationId: officeId,
      timeframeText: task.timeframeText,
      outputKind: 'report',
    });
  }
  const current = await getJson<PlanDetail>(focal.request, `/api/plans/${created.id}`);
  const signed = await sendJson<PlanDetail>(
    focal.request,
    'patch',
    `/api/plans/${created.id}`,
    {
      signature: { ...current.content.signature, signerName: 'Trần Văn B' },
      targets: [
        { id: 'kpi-1', metric: 'Tỷ lệ hồ sơ được số hóa', kind: 'number', value: 90, unit: '%' },
        {
          id: 'kpi-2',
          metric: 'Hồ sơ trễ hạn',
          kind: 'number',
          comparator: 'lte',
          value: 5,
          unit: 'hồ sơ',
        },
      ],
    },
    ifMatch(current.version),
  );
  const issued = await sendJson<PlanDetail>(
    focal.request,
    'post',
    `/api/plans/${created.id}/issue`,
    { number: '91', issuedOn: '2026-01-15' },
    ifMatch(signed.version),
  );
  await sendJson(
    focal.request,
    'put',
    `/api/plans/${created.id}/reporting-rule`,
    { presetId: 'quarterly-by-15th' },
    ifMatch(issued.version),
  );
  plan = await getJson<PlanDetail>(focal.request, `/api/plans/${created.id}`);
  // Q3: the office reported the ongoing task under way at 60 %.
  const q3 = `/api/plans/${plan.id}/reports/${PREVIOUS}/${officeId}`;
  const empty = await getJson<SubmissionDto>(editor.request, q3);
  const saved = await sendJson<SubmissionDto>(
    editor.request,
    'put',
    q3,
    {
      entries: empty.entries.map((entry) => ({
        taskId: entry.task.id,
        status: entry.task.number === 'II.1' ? 'in_progress' : 'not_started',
        progress: entry.task.number === 'II.1' ? 60 : 0,
        result: entry.task.number === 'II.1' ? Q3_RESULT : '',
      })),
      kpiValues: [{ targetIndex: 0, value: '85' }],
    },
    ifMatch(empty.version),
  );
  await sendJson(editor.request, 'post', `${q3}/submit`, undefined, ifMatch(saved.version));
}

const taskIdOf = (number: string) =>
  plan.tasks.find((task) => task.content === TASKS.find((t) => t.number === number)!.content)!.id;

beforeAll(async () => {
  browser = await launchBrowser();
  focal = await loginAs(browser, 'dongthap.noivu');
  editor = await loginAs(browser, 'dongthap.vanphong');
  await setUp();
});
afterAll(() => browser.close());

describe('the report form of an editor', () => {
  it('numbers, filters, copies, previews and deletes evidence, sets "Hoàn thành" to 100 % and submits', async () => {
    await editor.goto(`${baseUrl()}/reports/${plan.id}/${PERIOD}/${officeId}`);
    await editor.getByTestId('report-form').waitFor();

    // 1. Numbered as the plan's appendix prints them, under its group headings, in plan order.
    for (const task of TASKS) {
      await waitForText(editor.getByTestId(`entry-number-${taskIdOf(task.number)}`), task.number);
    }
    await waitForText(editor.getByTestId('report-task-group-area:I'), 'I. Cải cách thể chế');
    await waitForText(
      editor.getByTestId('report-task-group-area:II'),
      'II. Cải cách thủ tục hành chính',
    );
    const shownNumbers = async () =>
      editor.locator('[data-testid^="entry-number-"]:visible').allInnerTexts();
    expect(await shownNumbers()).toEqual(['I.1', 'I.2', 'II.1']);
    await saveScreenshot(editor, 'report-form-numbered');

    // 2. "Đến hạn kỳ này": the Q4 task and the ongoing one; not the one waiting for a rule.
    const filter = editor.getByTestId('report-task-filter');
    await waitForText(filter, 'Đến hạn kỳ này (2)');
    await filter.getByText(/Đến hạn kỳ này/).click();
    await expect.poll(shownNumbers).toEqual(['I.1', 'II.1']);
    await waitForText(editor.getByTestId(`entry-due-${taskIdOf('II.1')}`), 'Báo cáo hằng kỳ');
    await filter.getByText(/Tất cả/).click();
    await expect.poll(shownNumbers).toEqual(['I.1', 'I.2', 'II.1']);

    // 3. Copy from last period: the ongoing task's Q3 status, % and result fill in.
    const ongoing = taskIdOf('II.1');
    await editor.getByTestId('report-copy-previous').click();
    await waitForText(
      editor.getByTestId('report-copy-note'),
      /Đã sao chép 1 nhiệm vụ từ báo cáo Quý III/,
    );
    await expect
      .poll(() => editor.getByTestId(`entry-result-${ongoing}`).inputValue())
      .toBe(Q3_RESULT);
    expect(await editor.getByTestId(`entry-progress-${ongoing}`).inputValue()).toBe('60');
    await waitForText(editor.getByTestId('report-kpi'), 'Kỳ trước (Quý III/2026): 85 %');
    await waitForText(editor.getByTestId('report-save-status'), /Đã lưu/);

    // 7. KPI boxes ask for the target's unit.
    expect(await editor.getByTestId('kpi-value-0').getAttribute('placeholder')).toBe('0–100 %');
    expect(await editor.getByTestId('kpi-value-1').getAttribute('placeholder')).toBe('Số hồ sơ');
    await editor.getByTestId('kpi-value-0').fill('92,5');
    await editor.getByTestId('kpi-value-1').fill('3');

    // 4–5. Evidence: a PDF and an image uploaded, both previewed in place, the PDF deleted.
    const first = taskIdOf('I.1');
    const evidence = editor.getByTestId(`evidence-${first}`);
    const uploadInput = editor.getByTestId(`evidence-upload-${first}`).locator('input[type=file]');
    await uploadInput.setInputFiles({
      name: 'bien-ban.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await waitForText(evidence, 'bien-ban.pdf');
    await uploadInput.setInputFiles({ name: 'anh-chup.png', mimeType: 'image/png', buffer: PNG });
    await waitForText(evidence, 'anh-chup.png');
    const report = await getJson<SubmissionDto>(
      editor.request,
      `/api/plans/${plan.id}/reports/${PERIOD}/${officeId}`,
    );
    const files = report.entries.find((entry) => entry.task.id === first)!.evidence;
    const pdf = files.find((file) => file.fileName === 'bien-ban.pdf')!;
    const png = files.find((file) => file.fileName === 'anh-chup.png')!;

    const [inline] = await Promise.all([
      editor.waitForResponse((response) =>
        response.url().endsWith(`/api/evidence/${pdf.id}/inline`),
      ),
      editor.getByTestId(`evidence-preview-${pdf.id}`).click(),
    ]);
    expect(inline.status()).toBe(200);
    expect(inline.headers()['content-type']).toBe('application/pdf');
    expect(inline.headers()['content-disposition']).toMatch(/^inline;/);
    const frame = editor.getByTestId('evidence-preview-frame');
    await frame.waitFor();
    // Not blocked by frame-ancestors: the frame stays on the evidence, never Chromium's error page.
    await expect
      .poll(() => editor.frames().map((candidate) => candidate.url()))
      .toContain(`${baseUrl()}/api/evidence/${pdf.id}/inline`);
    await saveScreenshot(editor, 'report-form-pdf-preview');
    // The close button, not Escape: Chromium's PDF viewer may hold the keyboard focus.
    await editor.locator('.ant-modal-close').click();
    await frame.waitFor({ state: 'detached' });

    await editor.getByTestId(`evidence-preview-${png.id}`).click();
    const image = editor.getByTestId('evidence-preview-image');
    await expect
      .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
      .toBe(1);
    await editor.keyboard.press('Escape');
    await image.waitFor({ state: 'detached' });

    await editor.getByTestId(`evidence-delete-${pdf.id}`).click();
    await clickAndCheck(
      editor,
      editor.getByTestId('evidence-delete-confirm'),
      'DELETE',
      `/api/evidence/${pdf.id}`,
    );
    await editor.getByTestId(`evidence-file-${pdf.id}`).waitFor({ state: 'detached' });
    await waitForText(evidence, 'anh-chup.png');
    expect(await evidence.innerText()).not.toContain('bien-ban.pdf');

    // 6. "Hoàn thành" sets 100 % and says so.
    await editor.getByTestId(`entry-progress-${first}`).fill('40');
    await editor.getByTestId(`entry-status-${first}`).click();
    await editor.locator('.ant-select-item-option', { hasText: 'Hoàn thành' }).click();
    await expect.poll(() => editor.getByTestId(`entry-progress-${first}`).inputValue()).toBe('100');
    await waitForText(editor.getByTestId(`entry-full-note-${first}`), 'Đã đặt tiến độ 100%');
    await editor
      .getByTestId(`entry-result-${first}`)
      .fill('Đã rà soát 42 văn bản, bãi bỏ 3 văn bản');
    await waitForText(editor.getByTestId('report-save-status'), /Đã lưu/);

    // 8. Submit.
    await editor.getByTestId('report-submit').click();
    await clickAndCheck(editor, editor.getByTestId('report-submit-confirm'), 'POST', '/submit');
    await expect
      .poll(
        async () =>
          (
            await getJson<SubmissionDto>(
              editor.request,
              `/api/plans/${plan.id}/reports/${PERIOD}/${officeId}`,
            )
          ).status,
      )
      .toBe('submitted');
    const submitted = await getJson<SubmissionDto>(
      editor.request,
      `/api/plans/${plan.id}/reports/${PERIOD}/${officeId}`,
    );
    const done = submitted.entries.find((entry) => entry.task.id === first)!;
    expect(done).toMatchObject({ status: 'done', progress: 100 });
    expect(done.evidence.map((file) => file.fileName)).toEqual(['anh-chup.png']);
    expect(submitted.entries.find((entry) => entry.task.id === ongoing)).toMatchObject({
      status: 'in_progress',
      progress: 60,
      result: Q3_RESULT,
    });
    expect(submitted.kpiValues).toEqual([
      { targetIndex: 0, value: 92.5 },
      { targetIndex: 1, value: 3 },
    ]);
    // Once submitted the evidence can no longer be deleted.
    await editor.getByTestId(`evidence-file-${png.id}`).waitFor();
    expect(await editor.getByTestId(`evidence-delete-${png.id}`).count()).toBe(0);
  });
});
