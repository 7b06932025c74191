// Test set-up for periodic reports: the district fixture with an issued plan of two tasks —
// one led by Phòng Nội vụ with Phòng Văn hóa và Thông tin coordinating, one led by Phòng Văn hóa
// và Thông tin — and the quarterly regime of sample 000 (due 15/3, 15/6, 15/9, 15/12).
import { expect } from 'vitest';
import type { PlanDetail } from '@contract/plans';
import { buildDistrictFixture, type DistrictFixture } from './plan-fixtures';
import type { TestApp, TestClient } from './test-app';

/** A district fixture, its issued plan, and the focal's client. */
export interface ReportFixture extends DistrictFixture {
  plan: PlanDetail;
  focal: TestClient;
  nvId: string;
  vhId: string;
}

export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** The plan's one target unless a test gives its own: a number typed by hand. */
const DEFAULT_TARGETS: unknown[] = [
  { id: 'kpi-1', metric: 'Tỷ lệ hồ sơ đúng hạn', kind: 'number', value: 98, unit: '%' },
];

/** Builds the fixture with a plan of `year` issued on `issuedOn` (10/01) and the quarterly-by-15th rule attached. */
export async function buildReportFixture(
  t: TestApp,
  year = 2024,
  issuedOn = `${year}-01-10`,
  targets: unknown[] = DEFAULT_TARGETS,
): Promise<ReportFixture> {
  const f = await buildDistrictFixture(t);
  const focal = await f.client(f.users.focal);
  const nvId = f.offices['Phòng Nội vụ'].id;
  const vhId = f.offices['Phòng Văn hóa và Thông tin'].id;
  const created = await focal.post('/api/plans', {
    organisationId: f.district.id,
    year,
    title: `Cải cách hành chính năm ${year}`,
  });
  expect(created.statusCode, created.body).toBe(201);
  const planId = created.json().id as string;
  for (const [content, lead, coordinating] of [
    ['Rà soát thủ tục hành chính', nvId, [vhId]],
    ['Số hóa hồ sơ', vhId, []],
  ] as const) {
    const r = await focal.post(`/api/plans/${planId}/tasks`, {
      content,
      leadOrganisationId: lead,
      coordinatingOrganisationIds: coordinating,
      timeframeText: `Quý II/${year}`,
      outputKind: 'report',
    });
    expect(r.statusCode, r.body).toBe(201);
  }
  const current = (await focal.get(`/api/plans/${planId}`)).json() as PlanDetail;
  const signed = await focal.patch(
    `/api/plans/${planId}`,
    {
      signature: { ...current.content.signature, signerName: 'Nguyễn Văn A' },
      targets,
    },
    ifMatch(current.version),
  );
  expect(signed.statusCode, signed.body).toBe(200);
  const issued = await focal.post(
    `/api/plans/${planId}/issue`,
    { number: '12', issuedOn },
    ifMatch(signed.json().version),
  );
  expect(issued.statusCode, issued.body).toBe(200);
  const rule = await focal.request('PUT', `/api/plans/${planId}/reporting-rule`, {
    body: { presetId: 'quarterly-by-15th' },
    headers: ifMatch(issued.json().version),
  });
  expect(rule.statusCode, rule.body).toBe(200);
  const plan = (await focal.get(`/api/plans/${planId}`)).json() as PlanDetail;
  return { ...f, plan, focal, nvId, vhId };
}

/** The URL of a unit's report for a period. */
export const reportUrl = (plan: { id: string }, periodKey: string, organisationId: string) =>
  `/api/plans/${plan.id}/reports/${periodKey}/${organisationId}`;

/** A small but real PDF (file-type reads the "%PDF-" signature). */
export function pdfBytes(note = 'minh chứng'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Title (${note}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}
