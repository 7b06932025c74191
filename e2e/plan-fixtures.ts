// Plumbing for the plan journeys: per test its own district framework (unique code) where Lấp Vò
// lost points on three sub-criteria, and Lấp Vò's remediation plan brought through the API to
// the state a test starts from (drafted, or edited and issued as 45/KH-UBND of 22/03/2024).
import ExcelJS from 'exceljs';
import type { APIRequestContext } from 'playwright-core';
import type { FrameworkDto } from '../src/contract/frameworks';
import type { PlanDetail, PlanTaskDto } from '../src/contract/plans';
import { getJson, ifMatch, importResults, sendJson, unitIdsByCode } from './api';
import { uniqueSuffix } from './browser';
import { scoredLeaves } from './results-fixtures';

/** Sub-criteria that lose points, with the office the template names as their default lead. */
export const LOSSES = [
  { lead: 'Phòng Nội vụ', share: 0.5 },
  { lead: 'Văn phòng HĐND và UBND', share: 0.8 },
  { lead: 'Phòng Tài chính – Kế hoạch', share: 0.9 },
];

/** The long layout: Mã đơn vị | Mã tiêu chí | Điểm — every leaf full except the three losses. */
async function lapVoResults(
  framework: FrameworkDto,
): Promise<{ lossCodes: string[]; workbook: Buffer }> {
  const leaves = scoredLeaves(framework);
  const losing = LOSSES.map(({ lead, share }) => {
    // A «Có / không» leaf cannot lose a share of its points (0 or the max only).
    const leaf = leaves.find(
      (node) =>
        node.defaultLeadUnit === lead && node.maxPoints >= 1 && node.rule?.type !== 'binary',
    )!;
    return { code: leaf.code, score: Math.round(leaf.maxPoints * share * 100) / 100 };
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kết quả');
  sheet.addRow(['Mã đơn vị', 'Mã tiêu chí', 'Điểm']);
  for (const leaf of leaves) {
    const loss = losing.find((candidate) => candidate.code === leaf.code);
    sheet.addRow([
      'DT.LV',
      leaf.code,
      String(loss ? loss.score : leaf.maxPoints).replace('.', ','),
    ]);
  }
  return {
    lossCodes: losing.map((loss) => loss.code),
    workbook: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

/** A district framework for 2023 in which only Lấp Vò has results, losing on three sub-criteria. */
export async function createLapVoGaps(
  request: APIRequestContext,
): Promise<{ framework: FrameworkDto; lossCodes: string[] }> {
  const framework = await sendJson<FrameworkDto>(request, 'post', '/api/frameworks/from-template', {
    templateKey: 'par-index-district-2023',
    code: `PAR-HUYEN-2023-KH-${uniqueSuffix()}`,
  });
  const { lossCodes, workbook } = await lapVoResults(framework);
  await importResults(request, framework.id, workbook);
  return { framework, lossCodes };
}

/** "Lập kế hoạch khắc phục" through the API: a 2024 draft with one task per lost sub-criterion. */
export async function draftLapVoPlan(request: APIRequestContext): Promise<PlanDetail> {
  const { framework } = await createLapVoGaps(request);
  const units = await unitIdsByCode(request);
  return sendJson<PlanDetail>(request, 'post', '/api/plans/from-gaps', {
    organisationId: units.get('DT.LV'),
    frameworkIds: [framework.id],
  });
}

const patchTask = (request: APIRequestContext, task: PlanTaskDto, data: object) =>
  sendJson(
    request,
    'patch',
    `/api/plans/${task.planId}/tasks/${task.id}`,
    data,
    ifMatch(task.version),
  );

/**
 * The draft as the editing journey leaves it, issued: the first task coordinated by Lấp Vò's
 * Phòng Văn hóa và Thông tin (its content replaced when told, to find it among other plans'),
 * the second due "Quý II, III/2024", signed by Nguyễn Văn Hùng.
 */
export async function issueLapVoPlan(
  request: APIRequestContext,
  options: { coordinatedTaskContent?: string } = {},
): Promise<PlanDetail> {
  const draft = await draftLapVoPlan(request);
  const units = await unitIdsByCode(request);
  const [first, second] = draft.tasks;
  await patchTask(request, first!, {
    coordinatingOrganisationIds: [units.get('DT.LV.PVHTT')],
    ...(options.coordinatedTaskContent ? { content: options.coordinatedTaskContent } : {}),
  });
  await patchTask(request, second!, { timeframeText: 'Quý II, III/2024' });
  const current = await getJson<PlanDetail>(request, `/api/plans/${draft.id}`);
  const signed = await sendJson<PlanDetail>(
    request,
    'patch',
    `/api/plans/${draft.id}`,
    { signature: { ...current.content.signature, signerName: 'Nguyễn Văn Hùng' } },
    ifMatch(current.version),
  );
  return sendJson<PlanDetail>(
    request,
    'post',
    `/api/plans/${draft.id}/issue`,
    { number: '45', issuedOn: '2024-03-22' },
    ifMatch(signed.version),
  );
}
