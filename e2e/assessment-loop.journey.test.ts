// Issue 13's acceptance journey, the whole scoring loop in Chromium: Văn phòng UBND tỉnh's editor
// fills its self-assessment with evidence from a finished task, the leader submits; the focal opens
// the appraisal; the council member (dongthap.thamdinh) opens the office's PDF in place, lowers the
// inspections criterion with the required comment and asks for an explanation; the office explains;
// in appraisal 2 the council sets the criterion again and confirms the office; the board shows self
// vs appraised and the delta, the council signs off; the focal enters the survey part, finalises and
// publishes; the ranking page shows the office's new total; the self-assessment report and the
// published ranking (.docx) carry the numbers shown on screen.
//
// Set-up through the API (assessment-self-fixtures.ts): the office's year (framework, plan, task
// done in an accepted report), the round in self-assessment with the other criteria pre-filled, a
// scanned inspection record (PDF) on the inspections criterion, nine of the ten survey scores.
// Windows around the journeys' day 10/12/2026: self-assessment closes that day, appraisal and
// explanation open it, so every step of the loop is allowed on the one day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RoundResults } from '../src/contract/assessment-results';
import { formatViNumber, parseViNumber } from '../src/contract/vi-format';
import { drawCentred, drawText, pdfWithFonts } from '../test/pdf-fixtures';
import { getJson, ifMatch, sendJson } from './api';
import {
  fillOnScreen,
  openOfficeRound,
  prepareOfficeYear,
  RATIO,
  submitAsLeader,
} from './assessment-self-fixtures';
import {
  baseUrl,
  clickAndCheck,
  clickUntilShown,
  csrfOf,
  launchBrowser,
  loginAs,
  readDocx,
  saveScreenshot,
  waitForText,
} from './browser';

const WINDOWS = {
  selfAssessment: { opensOn: '2026-12-01', closesOn: '2026-12-10' },
  appraisal: { opensOn: '2026-12-10', closesOn: '2026-12-31' },
  explanation: { opensOn: '2026-12-10', closesOn: '2026-12-20' },
};
/** The survey node typed on screen; the other nine are entered through the API. */
const TYPED_SURVEY = '8.1';
const OFFICE = 'Văn phòng UBND tỉnh';

/** The inspection record the council opens in place: a one-page PDF in Vietnamese. */
async function inspectionRecord(): Promise<Buffer> {
  const { pdf, regular, bold } = await pdfWithFonts();
  pdf.setTitle('Biên bản kiểm tra công tác cải cách hành chính');
  const page = pdf.addPage([595, 842]);
  drawCentred(page, 'BIÊN BẢN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', 100, bold);
  drawCentred(page, '(Dự thảo, chưa ký)', 125, regular, 12);
  drawText(
    page,
    'Đã kiểm tra 9/10 phòng, đơn vị trực thuộc Văn phòng UBND tỉnh.',
    72,
    170,
    regular,
  );
  return Buffer.from(await pdf.save());
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The number in a Vietnamese text such as "Điểm tự chấm: 0,45" (the first one). */
function numberIn(text: string): number {
  const found = /\d+(?:\.\d{3})*(?:,\d+)?/.exec(text)?.[0];
  const value = found === undefined ? null : parseViNumber(found);
  if (value === null) throw new Error(`No number in «${text}»`);
  return value;
}

/** The focal moves the round one step on its page (confirmed first) and waits for the new state. */
async function moveRound(focal: Page, roundId: string, state: string | RegExp) {
  await focal.goto(`${baseUrl()}/assessment/${roundId}`);
  await focal.getByTestId('round-move').click();
  await clickAndCheck(focal, focal.getByTestId('round-move-confirm'), 'POST', '/transition');
  await waitForText(focal.getByTestId('round-state'), state);
}

/** «Lưu điểm» on the inspections criterion, checked at the server. */
const saveAppraisal = (page: Page) =>
  clickAndCheck(
    page,
    page
      .locator(`[data-testid="appraisal-criterion"][data-node="${RATIO}"]`)
      .getByTestId('save-appraisal'),
    'PUT',
    `/appraisal/${RATIO}`,
  );

/**
 * Opens the office's appraisal page and waits until the inspection record (PDF) has come in
 * place and its frame has loaded.
 */
async function openAppraisal(appraiser: Page, roundId: string, officeId: string) {
  const pdfShown = appraiser.waitForResponse(
    (response) =>
      response.url().includes('/api/assessment-evidence/') &&
      response.url().endsWith('/content?inline=true'),
  );
  // The journey switches between four signed-in pages; a page left in the background gets no new
  // frames, and a click on it is hit-tested against the last one — with the PDF's own frame
  // composited apart, the confirmation click went nowhere. The appraiser's page comes to the front.
  await appraiser.bringToFront();
  await appraiser.goto(`${baseUrl()}/assessment/${roundId}/units/${officeId}/appraisal`);
  const inPlace = await pdfShown;
  expect(inPlace.status()).toBe(200);
  expect(inPlace.headers()['content-type']).toContain('application/pdf');
  const frame = await appraiser
    .locator(`[data-node="${RATIO}"] iframe[title="bien-ban-kiem-tra.pdf"]`)
    .elementHandle();
  await (await frame!.contentFrame())!.waitForLoadState('load');
}

/** Clicks what starts a download and returns the downloaded .docx's text. */
async function downloadDocx(page: Page, testId: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return (await readDocx((await download.path())!)).text;
}

/** The loop is ten screens and four sign-ins on a shared 2-core machine: more than one journey's budget. */
const LOOP_TIMEOUT_MS = 360_000;

describe('the scoring loop', () => {
  it(
    'self-assessment, appraisal with explanation, survey, publication and ranking',
    {
      timeout: LOOP_TIMEOUT_MS,
    },
    async () => {
      const year = await prepareOfficeYear(browser);
      const { focal, editor, officeId } = year;
      const roundId = await openOfficeRound(year, WINDOWS);
      const unitPath = `/api/assessment-rounds/${roundId}/units/${officeId}`;
      // 1. The editor fills the two criteria on screen (the dialogue from the task's document).
      await fillOnScreen(year, roundId);
      const selfRatioText = await editor.getByTestId(`self-score-${RATIO}`).innerText();
      const selfRatio = numberIn(selfRatioText);
      // A scanned inspection record on the inspections criterion, sent before the submission.
      const upload = await editor.request.post(
        `${baseUrl()}${unitPath}/entries/${RATIO}/evidence`,
        {
          headers: { 'x-csrf-token': await csrfOf(editor.request) },
          multipart: {
            file: {
              name: 'bien-ban-kiem-tra.pdf',
              mimeType: 'application/pdf',
              buffer: await inspectionRecord(),
            },
          },
        },
      );
      expect(upload.status(), await upload.text()).toBeLessThan(300);

      await submitAsLeader(browser, roundId, officeId);

      // 2. Appraisal 1: the council opens the PDF in place and lowers the inspections criterion.
      await moveRound(focal, roundId, 'Thẩm định lần 1');
      const appraiser = await loginAs(browser, 'dongthap.thamdinh');
      await openAppraisal(appraiser, roundId, officeId);
      const card = appraiser.locator(`[data-testid="appraisal-criterion"][data-node="${RATIO}"]`);
      await waitForText(card.getByTestId('self-score'), formatViNumber(selfRatio, 4));

      await card.getByTestId('appraised-score').fill('0,25');
      // Saving a changed score without a comment is refused on the page (nothing is sent), in
      // Vietnamese; clicked again should the first click land while the PDF frame still settles.
      await clickUntilShown(
        card.getByTestId('save-appraisal'),
        card.getByTestId('appraisal-problem'),
      );
      await waitForText(
        card.getByTestId('appraisal-problem'),
        `Điểm thẩm định khác điểm trước đó (${formatViNumber(selfRatio, 4)}): nhập nhận xét giải thích lý do.`,
      );
      await card
        .getByTestId('appraisal-comment')
        .fill('Biên bản kiểm tra chưa ký: chỉ tính các phòng đã có kết luận kiểm tra.');
      await saveAppraisal(appraiser);
      await waitForText(card, '0,25 — Biên bản kiểm tra chưa ký');
      await card
        .getByTestId('explanation-request')
        .fill('Đề nghị bổ sung biên bản kiểm tra đã ký.');
      await clickAndCheck(
        appraiser,
        card.getByTestId('explanation-request-send'),
        'POST',
        `/appraisal/${RATIO}/explanation-request`,
      );
      await waitForText(card, 'Đề nghị bổ sung biên bản kiểm tra đã ký.');
      await saveScreenshot(appraiser, 'assessment-appraisal', card);

      // 3. The explanation window: the office answers on its page, reached from the round page.
      await moveRound(focal, roundId, 'Giải trình');
      await editor.goto(`${baseUrl()}/assessment/${roundId}`);
      await editor.getByTestId('round-explanations-link-DT.VP').click();
      await editor.waitForURL(/\/explanations$/);
      const answer = editor.getByTestId('explanation-item').filter({ hasText: RATIO });
      await answer
        .getByTestId('explanation-answer')
        .fill('Đã bổ sung Biên bản kiểm tra số 12/BB-VP ngày 05/12/2026 (đã ký).');
      await clickAndCheck(
        editor,
        answer.getByTestId('explanation-answer-send'),
        'PUT',
        `/explanations/${RATIO}`,
      );
      await waitForText(editor.locator('.ant-message'), 'Đã gửi giải trình.');
      await saveScreenshot(editor, 'assessment-explanation');

      // 4. Appraisal 2: the council reads the answer, sets the criterion again and confirms.
      await moveRound(focal, roundId, 'Thẩm định lần 2');
      await openAppraisal(appraiser, roundId, officeId);
      await waitForText(appraiser.getByTestId('appraisal-stage'), 'Thẩm định lần 2');
      await waitForText(card, 'Biên bản kiểm tra số 12/BB-VP');
      await card.getByTestId('appraised-score').fill('0,4');
      await card
        .getByTestId('appraisal-comment')
        .fill('Đã giải trình: biên bản bổ sung tính thêm các phòng đã kiểm tra.');
      await saveAppraisal(appraiser);
      await waitForText(card, '0,4 — Đã giải trình');
      await clickAndCheck(
        appraiser,
        appraiser.getByTestId('confirm-appraisal'),
        'POST',
        '/appraisal/confirm',
      );
      await waitForText(appraiser.getByText('Đã xác nhận thẩm định lần 2'), 'lần 2');
      const totals = await waitForText(appraiser.getByTestId('appraisal-totals'), /thẩm định \d/);
      const [, selfTotalText, appraisedTotalText] =
        /tự chấm ([\d.,]+) · thẩm định ([\d.,]+)/.exec(totals) ?? [];
      const selfTotal = numberIn(selfTotalText!);
      const appraisedTotal = numberIn(appraisedTotalText!);
      expect(appraisedTotal).toBeCloseTo(selfTotal - selfRatio + 0.4, 4);

      // 5. The board: self vs appraised and the delta; the council signs off.
      await appraiser.goto(`${baseUrl()}/assessment/${roundId}/board`);
      const boardRow = appraiser.getByTestId('council-board').locator('tr', { hasText: OFFICE });
      await boardRow.waitFor();
      const boardCells = await boardRow.locator('td').allInnerTexts();
      expect(boardCells.slice(-3)).toEqual([
        formatViNumber(selfTotal, 2),
        formatViNumber(appraisedTotal, 2),
        formatViNumber(appraisedTotal - selfTotal, 2),
      ]);
      await clickAndCheck(appraiser, appraiser.getByTestId('board-sign-off'), 'POST', '/sign-off');
      await appraiser.getByTestId('board-signed-off').waitFor();
      await saveScreenshot(appraiser, 'assessment-board');

      // 6. The survey part (nine scores through the API, one typed), finalise and publish.
      const before = await getJson<RoundResults>(
        focal.request,
        `/api/assessment-rounds/${roundId}/results`,
      );
      const office = before.units.find((unit) => unit.organisation.id === officeId)!;
      let surveyPoints = 8.75;
      for (const node of before.surveyNodes) {
        if (node.code === TYPED_SURVEY) continue;
        const cell = office.survey.find((each) => each.nodeCode === node.code)!;
        surveyPoints += Math.round(node.maxPoints * 90) / 100;
        await sendJson(
          focal.request,
          'put',
          `${unitPath}/survey/${node.code}`,
          { points: Math.round(node.maxPoints * 90) / 100 },
          ifMatch(cell.version),
        );
      }
      await focal.goto(`${baseUrl()}/assessment/${roundId}/results`);
      const typed = focal.getByTestId(`survey-DT.VP-${TYPED_SURVEY}`);
      await typed.fill('8,75');
      await typed.press('Enter');
      await waitForText(focal.locator('.ant-message'), `Đã lưu điểm`);
      const resultRow = focal.getByTestId('round-results-table').locator('tr', { hasText: OFFICE });
      await waitForText(resultRow, formatViNumber(appraisedTotal, 2));
      await focal.getByTestId('round-finalise').click();
      await clickAndCheck(
        focal,
        focal.locator('.ant-popconfirm').getByRole('button').last(),
        'POST',
        '/finalise',
      );
      await waitForText(focal.getByTestId('round-state'), 'Đã có kết quả');
      await focal.getByTestId('round-publish').click();
      await focal.getByTestId('publish-number').fill('2468/QĐ-UBND');
      const decisionDate = focal.getByTestId('publish-date');
      await decisionDate.click();
      await decisionDate.fill('10/12/2026');
      await decisionDate.press('Enter');
      await clickAndCheck(focal, focal.getByTestId('publish-submit'), 'POST', '/publish');
      await waitForText(
        focal.getByTestId('round-publication'),
        'Quyết định số 2468/QĐ-UBND ngày 10/12/2026',
      );
      await waitForText(focal.getByTestId('round-state'), 'Đã công bố');
      const [appraisedPart, surveyPart, total] = (await resultRow.locator('td').allInnerTexts())
        .slice(1, 4)
        .map((text) => text.trim());
      expect(appraisedPart).toBe(formatViNumber(appraisedTotal, 2));
      expect(surveyPart).toBe(formatViNumber(surveyPoints, 2));
      expect(numberIn(total!)).toBeCloseTo(numberIn(appraisedPart!) + numberIn(surveyPart!), 2);
      expect(await focal.getByTestId('round-rank-DT.VP').innerText()).toBe('1/1');
      await saveScreenshot(focal, 'assessment-published');

      // 7. The published ranking (.docx): the office's row with the numbers on screen.
      const publication = await downloadDocx(focal, 'round-publication-docx');
      expect(publication).toContain('2468/QĐ-UBND');
      expect(publication).toContain(`${OFFICE}${appraisedPart}${surveyPart}${total}`);

      // 8. The ranking page of the framework's year shows the office's new total.
      await focal.getByTestId('round-ranking-link').click();
      await focal.waitForURL(/\/results\?framework=/);
      await focal.getByTestId('round-results-table').waitFor({ state: 'detached' });
      const rankingRow = focal.getByTestId('ranking-table').locator('tr', { hasText: OFFICE });
      expect(await waitForText(rankingRow, total!)).toContain('1/1');
      await saveScreenshot(focal, 'assessment-ranking');

      // 9. The self-assessment report (.docx) from the office's page: its self scores as shown.
      await editor.goto(`${baseUrl()}/assessment/${roundId}/units/${officeId}`);
      await waitForText(editor.getByTestId(`self-score-${RATIO}`), selfRatioText);
      const report = await downloadDocx(editor, 'assessment-self-report-docx');
      expect(report).toContain(`Tổng điểm tự đánh giá: ${formatViNumber(selfTotal, 2)}/`);
      expect(report).toContain(formatViNumber(selfRatio, 2));
      expect(report).toContain('Thông báo số 45/TB-VP');
    },
  );
});
