// Plumbing for the results journeys: three districts to rank, and per test its own district
// framework for 2023 copied to 2024 (unique codes), with results written through the API.
import ExcelJS from 'exceljs';
import type { APIRequestContext, Browser } from 'playwright-core';
import type { FrameworkDto, FrameworkNodeDto } from '../src/contract/frameworks';
import { importResults, sendJson, unitIdsByCode } from './api';
import { loginAs, uniqueSuffix } from './browser';

/** A share of each leaf's maximum per district; every third leaf full, so units differ by area. */
const SHARES: Record<string, number> = { 'DT.LV': 0.82, 'DT.LAIVUNG': 0.9, 'DT.CAOLANH': 0.75 };

/**
 * The score a district gets for a leaf in a year (2023 a little higher, so ranks can change); a
 * «Có / không» leaf takes only 0 or its max, so every district gets it in full.
 */
export const scoreOf = (unit: string, leaf: FrameworkNodeDto, index: number, year: number) =>
  index % 3 === 0 || leaf.rule?.type === 'binary'
    ? leaf.maxPoints
    : Math.round(leaf.maxPoints * (SHARES[unit]! + (year === 2023 ? 0.05 : 0)) * 100) / 100;

/** The scored leaves of a framework, in tree order (bonus nodes aside). */
export function scoredLeaves(framework: FrameworkDto): FrameworkNodeDto[] {
  const parents = new Set(framework.nodes.map((node) => node.parentCode));
  return framework.nodes.filter((node) => !parents.has(node.code) && !node.isBonus);
}

/** The wide layout: mã tiêu chí | điểm tối đa | one column per district, scores typed "2,95". */
export async function resultsWorkbook(leaves: FrameworkNodeDto[], year: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kết quả');
  const units = Object.keys(SHARES);
  sheet.addRow(['Mã tiêu chí', 'Điểm tối đa', ...units]);
  leaves.forEach((leaf, index) =>
    sheet.addRow([
      leaf.code,
      leaf.maxPoints,
      ...units.map((unit) => String(scoreOf(unit, leaf, index, year)).replace('.', ',')),
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Lai Vung and Cao Lãnh beside the demo's Lấp Vò, so there is a ranking; only an administrator
 * adds units, and a unit already there (a rerun on the same app) is kept.
 */
export async function ensureRankedDistricts(browser: Browser): Promise<void> {
  const admin = await loginAs(browser, 'dongthap.admin');
  const ids = await unitIdsByCode(admin.request);
  for (const [code, name] of [
    ['DT.LAIVUNG', 'Huyện Lai Vung'],
    ['DT.CAOLANH', 'Huyện Cao Lãnh'],
  ] as const) {
    if (ids.has(code)) continue;
    await sendJson(admin.request, 'post', '/api/organisations', {
      parentId: ids.get('DT'),
      code,
      name,
      type: 'district',
      validFrom: '2004-01-01',
    });
  }
  await admin.context().close();
}

/** A new district PAR framework for 2023 from its template, under a code no other test uses. */
export function createDistrictFramework2023(request: APIRequestContext): Promise<FrameworkDto> {
  return sendJson<FrameworkDto>(request, 'post', '/api/frameworks/from-template', {
    templateKey: 'par-index-district-2023',
    code: `PAR-HUYEN-2023-${uniqueSuffix()}`,
  });
}

/** 2023 with results and its copy for 2024; the 2024 results written unless told otherwise. */
export async function createRankedFrameworks(
  request: APIRequestContext,
  options: { with2024Results: boolean } = { with2024Results: true },
): Promise<{ framework2024: FrameworkDto; leaves: FrameworkNodeDto[] }> {
  const framework2023 = await createDistrictFramework2023(request);
  const leaves = scoredLeaves(framework2023);
  await importResults(request, framework2023.id, await resultsWorkbook(leaves, 2023));
  const framework2024 = await sendJson<FrameworkDto>(
    request,
    'post',
    `/api/frameworks/${framework2023.id}/copy`,
    { year: 2024, code: `PAR-HUYEN-2024-${uniqueSuffix()}` },
  );
  if (options.with2024Results)
    await importResults(request, framework2024.id, await resultsWorkbook(leaves, 2024));
  return { framework2024, leaves };
}
