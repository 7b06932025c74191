// Plumbing for the self-assessment journeys (assessment-self, assessment-loop): Văn phòng UBND
// tỉnh's year set up through the API — a 2026 copy of the department framework, this year's plan
// with a task on last year's dialogue criterion, the office's Q4 report accepted with an issued
// document, a round in self-assessment, every other criterion pre-filled — and the two criteria
// the editor fills on screen: the dialogue (Có) with the task's document, the inspections 9 of 10.
import type { Browser, Page } from 'playwright-core';
import type { RoundWindowsDto } from '../src/contract/assessment-rounds';
import type { SelfAssessmentDto, SelfNodeDto } from '../src/contract/assessment-self';
import type { FrameworkDto } from '../src/contract/frameworks';
import type { PlanDetail } from '../src/contract/plans';
import type { SubmissionChangeDto, SubmissionDto } from '../src/contract/reports';
import { getJson, ifMatch, sendJson, unitIdsByCode } from './api';
import { baseUrl, loginAs, uniqueSuffix, waitForText } from './browser';

/** The «Có / không» criterion the task's document backs. */
export const DIALOGUE = '1.6';
/** The ratio criterion typed as its two counts. */
export const RATIO = '1.3.2';

/** The office's year, ready for its self-assessment. */
export interface OfficeYear {
  focal: Page;
  editor: Page;
  units: Map<string, string>;
  officeId: string;
  thisYear: FrameworkDto;
  /** In the task's text: other journeys' tasks on the same criterion are proposed too. */
  suffix: string;
}

/** An input that fits each rule, for the criteria the journey does not fill on screen. */
export function filledInput(node: SelfNodeDto) {
  switch (node.inputType) {
    case 'binary':
      return { type: 'binary', achieved: true };
    case 'tiered':
      return {
        type: 'tiered',
        tier: node.rule?.type === 'tiered' ? node.rule.tiers[0]!.label : '',
      };
    case 'ratio':
      return { type: 'ratio', numerator: 1, denominator: 1 };
    case 'deduction':
      return { type: 'deduction', events: 0 };
    default:
      return { type: 'points', points: 0 };
  }
}

/**
 * Logs in the focal and the office's editor and sets up the office's year: last year's department
 * framework and this year's copy, the plan with the dialogue task led by the office, and the Q4
 * report saying it is done with «Thông báo số 45/TB-VP», accepted by the focal.
 */
export async function prepareOfficeYear(browser: Browser): Promise<OfficeYear> {
  const focal = await loginAs(browser, 'dongthap.noivu');
  const units = await unitIdsByCode(focal.request);
  const officeId = units.get('DT.VP')!;
  const suffix = uniqueSuffix();
  const lastYear = await sendJson<FrameworkDto>(
    focal.request,
    'post',
    '/api/frameworks/from-template',
    {
      templateKey: 'par-index-department-2023',
      code: `PAR-SO-2023-TD-${suffix}`,
    },
  );
  const thisYear = await sendJson<FrameworkDto>(
    focal.request,
    'post',
    `/api/frameworks/${lastYear.id}/copy`,
    { year: 2026, code: `PAR-SO-2026-TD-${suffix}` },
  );

  // This year's plan: a task on last year's dialogue criterion, led by the office.
  const plan = await sendJson<PlanDetail>(focal.request, 'post', '/api/plans', {
    organisationId: units.get('DT'),
    year: 2026,
    title: `Cải cách hành chính năm 2026 (${suffix})`,
  });
  // The plan names last year's index first: a task may only link criteria of the plan's indices.
  await sendJson(
    focal.request,
    'patch',
    `/api/plans/${plan.id}`,
    { frameworkIds: [lastYear.id] },
    ifMatch(plan.version),
  );
  await sendJson(focal.request, 'post', `/api/plans/${plan.id}/tasks`, {
    area: 'Công tác chỉ đạo, điều hành',
    content: `Tổ chức đối thoại của người đứng đầu với công chức (${suffix})`,
    leadOrganisationId: officeId,
    timeframeText: 'Quý IV/2026',
    outputKind: 'report',
    nodeLinks: [{ frameworkId: lastYear.id, code: DIALOGUE }],
  });
  const draft = await getJson<PlanDetail>(focal.request, `/api/plans/${plan.id}`);
  const signed = await sendJson<PlanDetail>(
    focal.request,
    'patch',
    `/api/plans/${plan.id}`,
    { signature: { ...draft.content.signature, signerName: 'Trần Văn B' } },
    ifMatch(draft.version),
  );
  const issued = await sendJson<PlanDetail>(
    focal.request,
    'post',
    `/api/plans/${plan.id}/issue`,
    { number: '91', issuedOn: '2026-01-15' },
    ifMatch(signed.version),
  );
  await sendJson(
    focal.request,
    'put',
    `/api/plans/${plan.id}/reporting-rule`,
    { presetId: 'quarterly-by-15th' },
    ifMatch(issued.version),
  );

  // The office reports the task done with the dialogue's conclusion; the focal accepts.
  const editor = await loginAs(browser, 'dongthap.vanphong');
  const reportPath = `/api/plans/${plan.id}/reports/2026-Q4/${officeId}`;
  const empty = await getJson<SubmissionDto>(editor.request, reportPath);
  const saved = await sendJson<SubmissionChangeDto>(
    editor.request,
    'put',
    reportPath,
    {
      entries: [
        {
          taskId: issued.tasks[0]!.id,
          status: 'done',
          progress: 100,
          result: 'Đã tổ chức đối thoại ngày 20/11/2026',
          documentRefs: [
            {
              number: 'Thông báo số 45/TB-VP',
              date: '2026-11-25',
              issuer: 'Văn phòng UBND tỉnh',
              summary: 'Kết luận buổi đối thoại',
            },
          ],
        },
      ],
    },
    ifMatch(empty.version),
  );
  const submitted = await sendJson<SubmissionChangeDto>(
    editor.request,
    'post',
    `${reportPath}/submit`,
    undefined,
    ifMatch(saved.version),
  );
  await sendJson(
    focal.request,
    'post',
    `${reportPath}/review`,
    { decision: 'accept' },
    ifMatch(submitted.version),
  );
  return { focal, editor, units, officeId, thisYear, suffix };
}

/**
 * The round (rounds part's API) for this year's framework with the office taking part, moved to
 * self-assessment, and every criterion but the dialogue and the ratio pre-filled by the editor.
 * Returns the round's id.
 */
export async function openOfficeRound(year: OfficeYear, windows: RoundWindowsDto): Promise<string> {
  const { focal, editor, units, officeId, thisYear } = year;
  const round = await sendJson<{ id: string; version: number }>(
    focal.request,
    'post',
    '/api/assessment-rounds',
    {
      frameworkId: thisYear.id,
      ownerOrganisationId: units.get('DT'),
      units: [{ organisationId: officeId }],
      windows,
    },
  );
  await sendJson(
    focal.request,
    'post',
    `/api/assessment-rounds/${round.id}/transition`,
    { to: 'self_assessment' },
    ifMatch(round.version),
  );

  const formPath = `/api/assessment-rounds/${round.id}/units/${officeId}`;
  const form = await getJson<SelfAssessmentDto>(editor.request, formPath);
  for (const entry of form.entries) {
    if (entry.nodeCode === DIALOGUE || entry.nodeCode === RATIO) continue;
    const node = form.nodes.find((each) => each.code === entry.nodeCode)!;
    await sendJson(
      editor.request,
      'put',
      `${formPath}/entries/${entry.nodeCode}`,
      { input: filledInput(node), selfExplanation: 'Hồ sơ lưu tại Văn phòng UBND tỉnh.' },
      ifMatch(entry.version),
    );
  }
  return round.id;
}

/**
 * In Chromium, the editor fills the two criteria: the dialogue held (Có) with the task's document
 * picked from «Dùng minh chứng từ nhiệm vụ», the inspections 9 of 10 with an explanation; waits
 * until every criterion counts as scored.
 */
export async function fillOnScreen(year: OfficeYear, roundId: string) {
  const { editor, officeId, suffix } = year;
  await editor.goto(`${baseUrl()}/assessment/${roundId}/units/${officeId}`);
  const dialogue = editor.getByTestId(`self-node-${DIALOGUE}`);
  await dialogue.getByTestId(`self-input-${DIALOGUE}`).click();
  await waitForText(editor.getByTestId('self-save-status'), /Đã lưu lúc/);
  await waitForText(editor.getByTestId(`self-score-${DIALOGUE}`), /Điểm tự chấm: /);
  await dialogue.getByTestId(`self-from-task-${DIALOGUE}`).click();
  const proposal = editor
    .getByTestId('self-proposal')
    .filter({ hasText: '45/TB-VP' })
    .filter({ hasText: suffix });
  await proposal.getByRole('button', { name: 'Dùng' }).click();
  await waitForText(proposal, /Đã dùng/);
  await editor.keyboard.press('Escape');
  await waitForText(dialogue.getByTestId('self-evidence-item'), /Thông báo số 45\/TB-VP/);

  const ratio = editor.getByTestId(`self-node-${RATIO}`);
  await ratio.getByTestId(`self-numerator-${RATIO}`).fill('9');
  await ratio.getByTestId(`self-denominator-${RATIO}`).fill('10');
  await waitForText(ratio.getByTestId(`self-live-${RATIO}`), /Tỷ lệ 90%/);
  await ratio.getByTestId(`self-denominator-${RATIO}`).press('Enter');
  await waitForText(ratio.getByTestId(`self-score-${RATIO}`), /Điểm tự chấm: /);
  const explanation = ratio.getByTestId(`self-explanation-${RATIO}`);
  await explanation.fill('Biên bản kiểm tra đang trình ký.');
  await explanation.blur();
  await waitForText(editor.getByTestId('self-completion'), /Đã chấm (\d+)\/\1 tiêu chí/);
}

/** The province's leader submits the office's self-assessment on its page; it turns read-only. */
export async function submitAsLeader(browser: Browser, roundId: string, officeId: string) {
  const leader = await loginAs(browser, 'dongthap.lanhdao');
  await leader.goto(`${baseUrl()}/assessment/${roundId}/units/${officeId}`);
  await leader.getByTestId('self-submit').click();
  await waitForText(leader.getByTestId('self-status'), 'Đã gửi');
  await leader.getByTestId('self-read-only').waitFor();
  return leader;
}
