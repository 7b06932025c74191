// Journey: Văn phòng UBND tỉnh's editor fills its self-assessment in Chromium — a yes/no
// criterion with evidence carried from a task of this year's plan (done, its Q4 report accepted
// with an issued document), a ratio typed as its two counts — and the leader submits.
// Set-up through the API (assessment-self-fixtures.ts): a 2026 copy of the department framework,
// the plan with the task linked to last year's criterion, the accepted report, the round (rounds
// part's API) in self-assessment, and every other criterion pre-filled so the submission can go
// through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { SelfAssessmentDto } from '../src/contract/assessment-self';
import { getJson } from './api';
import {
  DIALOGUE,
  fillOnScreen,
  openOfficeRound,
  prepareOfficeYear,
  submitAsLeader,
} from './assessment-self-fixtures';
import { launchBrowser, saveScreenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('self-assessment journey', () => {
  it('an editor scores with evidence from a finished task and the leader submits', async () => {
    const year = await prepareOfficeYear(browser);
    // The round: the office takes part, self-assessment open in December.
    const roundId = await openOfficeRound(year, {
      selfAssessment: { opensOn: '2026-12-01', closesOn: '2026-12-31' },
      appraisal: { opensOn: '2027-01-05', closesOn: '2027-01-31' },
      explanation: { opensOn: '2027-01-10', closesOn: '2027-01-20' },
    });

    // In Chromium: the dialogue held (Có) with the task's document, the inspections 9 of 10.
    await fillOnScreen(year, roundId);
    await saveScreenshot(year.editor, 'assessment-self');

    // The leader submits; the form turns read-only.
    const leader = await submitAsLeader(browser, roundId, year.officeId);
    const formPath = `/api/assessment-rounds/${roundId}/units/${year.officeId}`;
    const after = await getJson<SelfAssessmentDto>(leader.request, formPath);
    expect(after.status).toBe('submitted');
    const carried = after.entries.find((entry) => entry.nodeCode === DIALOGUE)!;
    expect(carried.evidence[0]).toMatchObject({
      kind: 'task_output',
      sourceTask: expect.anything(),
    });
  });
});
