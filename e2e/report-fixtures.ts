// Plumbing for the report journeys: per test its own issued 2026 plan (a unique title) with one
// task for Văn phòng UBND tỉnh and the quarterly regime of sample 000, and the office's Q4
// report brought through the API to the state a test starts from.
import type { APIRequestContext } from 'playwright-core';
import type { PlanDetail } from '../src/contract/plans';
import type { SubmissionChangeDto, SubmissionDto } from '../src/contract/reports';
import { getJson, ifMatch, sendJson, unitIdsByCode } from './api';
import { uniqueSuffix } from './browser';

export const PERIOD = '2026-Q4';

/** The focal issues the plan (88/KH-UBND of 15/01/2026, with `targets`) and sets its reporting regime. */
export async function issueQuarterlyPlan(
  focal: APIRequestContext,
  targets: readonly Record<string, unknown>[] = [
    { id: 'kpi-1', metric: 'Tỷ lệ hồ sơ được số hóa', kind: 'number', value: 90, unit: '%' },
  ],
): Promise<{ plan: PlanDetail; officeId: string }> {
  const units = await unitIdsByCode(focal);
  const officeId = units.get('DT.VP')!;
  const created = await sendJson<PlanDetail>(focal, 'post', '/api/plans', {
    organisationId: units.get('DT'),
    year: 2026,
    title: `Cải cách hành chính năm 2026 (${uniqueSuffix()})`,
  });
  await sendJson(focal, 'post', `/api/plans/${created.id}/tasks`, {
    area: 'Cải cách thủ tục hành chính',
    content: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    leadOrganisationId: officeId,
    timeframeText: 'Thường xuyên',
    outputKind: 'report',
  });
  const current = await getJson<PlanDetail>(focal, `/api/plans/${created.id}`);
  const signed = await sendJson<PlanDetail>(
    focal,
    'patch',
    `/api/plans/${created.id}`,
    {
      signature: { ...current.content.signature, signerName: 'Trần Văn B' },
      targets,
    },
    ifMatch(current.version),
  );
  const issued = await sendJson<PlanDetail>(
    focal,
    'post',
    `/api/plans/${created.id}/issue`,
    { number: '88', issuedOn: '2026-01-15' },
    ifMatch(signed.version),
  );
  await sendJson(
    focal,
    'put',
    `/api/plans/${created.id}/reporting-rule`,
    { presetId: 'quarterly-by-15th' },
    ifMatch(issued.version),
  );
  return { plan: issued, officeId };
}

export const reportPath = (plan: PlanDetail, officeId: string) =>
  `/api/plans/${plan.id}/reports/${PERIOD}/${officeId}`;

/** What the editor reports on the plan's one task. */
export interface TaskReport {
  status: 'in_progress' | 'done';
  progress: number;
  result: string;
}

/** The editor saves the Q4 report with `entry` for the task, then submits it. */
export async function submitReport(
  editor: APIRequestContext,
  plan: PlanDetail,
  officeId: string,
  entry: TaskReport,
): Promise<SubmissionChangeDto> {
  const path = reportPath(plan, officeId);
  const empty = await getJson<SubmissionDto>(editor, path);
  const saved = await sendJson<SubmissionChangeDto>(
    editor,
    'put',
    path,
    { entries: [{ taskId: plan.tasks[0]!.id, ...entry }] },
    ifMatch(empty.version),
  );
  return sendJson<SubmissionChangeDto>(
    editor,
    'post',
    `${path}/submit`,
    undefined,
    ifMatch(saved.version),
  );
}

/** The focal accepts a submitted report. */
export async function acceptReport(
  focal: APIRequestContext,
  plan: PlanDetail,
  officeId: string,
  submitted: Pick<SubmissionChangeDto, 'version'>,
): Promise<void> {
  await sendJson(
    focal,
    'post',
    `${reportPath(plan, officeId)}/review`,
    { decision: 'accept' },
    ifMatch(submitted.version),
  );
}
