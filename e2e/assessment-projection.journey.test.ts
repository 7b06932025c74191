// Journey of the province's PAR focal reading Lấp Vò's projection for 2026 (the app's day is
// 10/12/2026): the district framework copied to 2025 with three districts' results, copied again
// to 2026, and a 2026 plan drafted from Lấp Vò's lost points; the gap analysis of 2025 shows the
// "Dự báo năm 2026" panel with the range and rank the API gives, the drivers, and "Vì sao?"
// opening the lines that explain the upper bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ProjectionDto } from '../src/contract/assessment-projection';
import type { FrameworkDto } from '../src/contract/frameworks';
import { formatViNumber } from '../src/contract/vi-format';
import { getJson, importResults, sendJson, unitIdsByCode } from './api';
import {
  baseUrl,
  launchBrowser,
  loginAs,
  saveScreenshot,
  uniqueSuffix,
  waitForText,
} from './browser';
import {
  createDistrictFramework2023,
  ensureRankedDistricts,
  resultsWorkbook,
  scoredLeaves,
} from './results-fixtures';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  await ensureRankedDistricts(browser);
  page = await loginAs(browser, 'dongthap.noivu');
});
afterAll(async () => {
  await page.context().close();
  await browser.close();
});

const copyFramework = (from: FrameworkDto, year: number) =>
  sendJson<FrameworkDto>(page.request, 'post', `/api/frameworks/${from.id}/copy`, {
    year,
    code: `PAR-HUYEN-${year}-${uniqueSuffix()}`,
  });

describe('the PAR focal reads where Lấp Vò’s 2026 score is heading', () => {
  it('shows the projected range, rank and drivers on the gap analysis, each number explained', async () => {
    const framework2023 = await createDistrictFramework2023(page.request);
    const framework2025 = await copyFramework(framework2023, 2025);
    await importResults(
      page.request,
      framework2025.id,
      await resultsWorkbook(scoredLeaves(framework2025), 2025),
    );
    await copyFramework(framework2025, 2026);
    const lapVoId = (await unitIdsByCode(page.request)).get('DT.LV')!;
    await sendJson(page.request, 'post', '/api/plans/from-gaps', {
      organisationId: lapVoId,
      frameworkIds: [framework2025.id],
      threshold: 0.1,
    });
    const expected = await getJson<ProjectionDto>(
      page.request,
      `/api/organisations/${lapVoId}/projection?frameworkId=${framework2025.id}`,
    );
    expect(expected.year).toBe(2026);
    // Tasks not yet done recover points only on the upper bound.
    expect(expected.optimistic.score).toBeGreaterThan(expected.pessimistic.score);

    await page.goto(`${baseUrl()}/results?framework=${framework2025.id}&unit=${lapVoId}&view=gaps`);
    const panel = page.getByTestId('gap-projection');
    const low = `${formatViNumber(expected.pessimistic.indexPercent!)}%`;
    const high = `${formatViNumber(expected.optimistic.indexPercent!)}%`;
    await waitForText(panel, `${low} – ${high}`);
    await waitForText(panel, 'Dự báo năm 2026');
    const rank = expected.rank!;
    await waitForText(
      panel,
      rank.best === rank.worst
        ? `${rank.best}/${rank.of}`
        : `${rank.best} – ${rank.worst}/${rank.of}`,
    );
    await waitForText(page.getByTestId('projection-drivers'), expected.drivers[0]!.name);
    await saveScreenshot(page, 'assessment-projection');
    // The panel alone, readable at full size for the closing note.
    await panel.screenshot({ path: 'test-results/screenshots/assessment-projection-panel.png' });

    await page.getByTestId('projection-why-high').click();
    const lines = page.getByTestId('projection-explanation');
    await waitForText(lines, expected.optimistic.lines.at(-1)!.text);
    await waitForText(lines, expected.optimistic.lines[0]!.text);
    await page
      .getByRole('dialog')
      .screenshot({ path: 'test-results/screenshots/assessment-projection-why.png' });
  });
});
