// Plumbing for the home journeys: an issued 2026 plan (unique title) with two tasks for Văn phòng
// UBND tỉnh — one ongoing, one due "Trước 20/12/2026" — under the quarterly regime, and users
// an administrator creates for a journey (a leader of a district, a clerk left on a closed commune).
import type { APIRequestContext } from 'playwright-core';
import type { PlanDetail } from '../src/contract/plans';
import { getJson, ifMatch, sendJson, unitIdsByCode } from './api';
import { DEMO_PASSWORD, uniqueSuffix } from './browser';

/** The task due within the home's 14 days (today in the e2e app is 10/12/2026). */
export const DUE_SOON_TASK = 'Rà soát, công bố danh mục thủ tục hành chính';

/** The focal issues the plan on 15/01/2026 with the quarterly regime (Q4 due 15/12/2026). */
export async function issuePlanForOffice(
  focal: APIRequestContext,
  title: string,
): Promise<PlanDetail> {
  const units = await unitIdsByCode(focal);
  const officeId = units.get('DT.VP')!;
  const created = await sendJson<PlanDetail>(focal, 'post', '/api/plans', {
    organisationId: units.get('DT'),
    year: 2026,
    title,
  });
  for (const [content, timeframeText] of [
    ['Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Thường xuyên'],
    [DUE_SOON_TASK, 'Trước 20/12/2026'],
  ]) {
    await sendJson(focal, 'post', `/api/plans/${created.id}/tasks`, {
      area: 'Cải cách thủ tục hành chính',
      content,
      leadOrganisationId: officeId,
      timeframeText,
      outputKind: 'report',
    });
  }
  const current = await getJson<PlanDetail>(focal, `/api/plans/${created.id}`);
  const signed = await sendJson<PlanDetail>(
    focal,
    'patch',
    `/api/plans/${created.id}`,
    { signature: { ...current.content.signature, signerName: 'Trần Văn B' } },
    ifMatch(current.version),
  );
  const issued = await sendJson<PlanDetail>(
    focal,
    'post',
    `/api/plans/${created.id}/issue`,
    { number: '91', issuedOn: '2026-01-15' },
    ifMatch(signed.version),
  );
  await sendJson(
    focal,
    'put',
    `/api/plans/${created.id}/reporting-rule`,
    { presetId: 'quarterly-by-15th' },
    ifMatch(issued.version),
  );
  return getJson<PlanDetail>(focal, `/api/plans/${created.id}`);
}

/** An administrator creates a user homed at `home` holding `role` at `roleAt` (unit codes). */
export async function createUserWithRole(
  admin: APIRequestContext,
  input: { fullName: string; home: string; role: string; roleAt: string },
): Promise<{ id: string; login: string; password: string }> {
  const units = await unitIdsByCode(admin);
  const login = `home.${uniqueSuffix().toLowerCase()}`;
  const password = `${DEMO_PASSWORD}-${uniqueSuffix()}`;
  const user = await sendJson<{ id: string }>(admin, 'post', '/api/users', {
    login,
    fullName: input.fullName,
    homeOrganisationId: units.get(input.home),
    password,
  });
  await sendJson(admin, 'post', `/api/users/${user.id}/roles`, {
    role: input.role,
    organisationId: units.get(input.roleAt),
  });
  return { id: user.id, login, password };
}
