// «Đề xuất từ dữ liệu hồ sơ» over HTTP on real PostgreSQL, read on 15/06/2026 (TEST_TODAY): Sở Tư
// pháp and its one-stop desk received dossiers in 2025 and 2026; the proposal counts the subtree's
// 2026 dossiers from January to June, never 2025's, never another province's (same unit codes,
// all late). A save that claims to come from the data must carry the data's counts, and its audit
// shows the source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { assessmentEntries, auditEvents } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';
import { buildAssessmentRound } from '../../../test/assessment-factories';
import { buildDossier, insertDossiers } from '../../../test/dossier-factories';
import { ifMatch } from '../../../test/report-fixtures';

/** 1.1 reads on-time (full at 95 %, 3 points); 1.2 reads online payment (ratio, 1 point); 1.3 reads nothing. */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Cải cách thủ tục hành chính', maxPoints: 5 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn',
    maxPoints: 3,
    method: 'appraised',
    rule: { type: 'ratio_threshold', threshold: 95 },
    kpiKey: 'on_time',
  },
  {
    code: '1.2',
    parentCode: '1',
    name: 'Tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến',
    maxPoints: 1,
    method: 'appraised',
    rule: { type: 'ratio' },
    kpiKey: 'paid_online_share',
  },
  {
    code: '1.3',
    parentCode: '1',
    name: 'Tỷ lệ văn bản điện tử có ký số',
    maxPoints: 1,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
];

const late = { promisedAt: '2026-03-11T10:00:00Z', finishedAt: '2026-03-12T08:00:00Z' };

let t: TestApp;
let url: string;
let editor: TestClient;
let stranger: TestClient;
let tenantId: string;
let unitId: string;

beforeAll(async () => {
  t = await createTestApp();
  const { tenant, root } = await buildTenant(t.db, 'Tỉnh A');
  tenantId = tenant.id;
  const unit = await buildOrganisation(t.db, {
    tenantId,
    parentId: root.id,
    code: 'STP',
    name: 'Sở Tư pháp',
  });
  unitId = unit.id;
  const desk = await buildOrganisation(t.db, {
    tenantId,
    parentId: unit.id,
    code: 'STP-1C',
    type: 'sub_unit',
    name: 'Bộ phận một cửa Sở Tư pháp',
  });
  await insertDossiers(
    t.db,
    {
      tenantId,
      unitIds: new Map([
        ['STP', unit.id],
        ['STP-1C', desk.id],
      ]),
    },
    [
      // 2026, Sở: three on time in March, one late in March.
      buildDossier({ code: 'S1', unitCode: 'STP' }),
      buildDossier({ code: 'S2', unitCode: 'STP' }),
      buildDossier({ code: 'S3', unitCode: 'STP' }),
      buildDossier({ code: 'S4', unitCode: 'STP', ...late }),
      // 2026, desk: one on time in May, one received in June still in progress (not finished).
      buildDossier({
        code: 'D1',
        unitCode: 'STP-1C',
        receivedAt: '2026-05-04T02:00:00Z',
        promisedAt: '2026-05-08T10:00:00Z',
        finishedAt: '2026-05-06T08:00:00Z',
      }),
      buildDossier({
        code: 'D2',
        unitCode: 'STP-1C',
        receivedAt: '2026-06-10T02:00:00Z',
        promisedAt: '2026-06-20T10:00:00Z',
        finishedAt: null,
        status: 'processing',
      }),
      // 2025: late, outside the round year.
      buildDossier({
        code: 'O1',
        unitCode: 'STP',
        receivedAt: '2025-12-10T02:00:00Z',
        promisedAt: '2025-12-11T10:00:00Z',
        finishedAt: '2025-12-15T08:00:00Z',
      }),
    ],
  );
  const framework = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: root.id,
    year: 2026,
    nodes: NODES,
  });
  const round = await buildAssessmentRound(t.db, {
    tenantId,
    frameworkId: framework.id,
    ownerOrganisationId: root.id,
    year: 2026,
    units: [{ organisationId: unit.id }],
  });
  url = `/api/assessment-rounds/${round.id}/units/${unit.id}`;
  editor = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: unit.id,
      grants: [{ role: 'editor', organisationId: unit.id }],
    }),
  );

  // Tỉnh B: units with the same codes, every dossier late — never counted for Tỉnh A.
  const b = await buildTenant(t.db, 'Tỉnh B');
  const bUnit = await buildOrganisation(t.db, {
    tenantId: b.tenant.id,
    parentId: b.root.id,
    code: 'STP',
  });
  await insertDossiers(t.db, { tenantId: b.tenant.id, unitIds: new Map([['STP', bUnit.id]]) }, [
    buildDossier({ code: 'S1', unitCode: 'STP', ...late }),
    buildDossier({ code: 'B2', unitCode: 'STP', ...late }),
    buildDossier({ code: 'B3', unitCode: 'STP', ...late }),
  ]);
  stranger = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: b.tenant.id,
      homeOrganisationId: b.root.id,
      grants: [{ role: 'admin', organisationId: b.root.id }],
    }),
  );
});
afterAll(() => t.close());

const WINDOW = { from: '2026-01', to: '2026-06', label: 'từ tháng 1/2026 đến tháng 6/2026' };
const SOURCE = { kind: 'dossier_data', kpiKey: 'on_time', from: '2026-01', to: '2026-06' };

describe('GET …/kpi-proposals (đề xuất từ dữ liệu hồ sơ)', () => {
  it('proposes the subtree’s 2026 counts up to June, no 2025 dossier and no other province’s', async () => {
    const r = await editor.get(`${url}/kpi-proposals`);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.window).toEqual(WINDOW);
    // Finished in 2026: S1–S4 and D1 = 5 (D2 is in progress); on time: S1, S2, S3, D1 = 4.
    // 4 / 5 = 80 % → 80 × 3 ÷ 95 = 2,52631… → 2,5263.
    expect(body.items).toEqual([
      {
        nodeCode: '1.1',
        kpiKey: 'on_time',
        kpiLabel: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        status: 'counts',
        window: WINDOW,
        numerator: 4,
        denominator: 5,
        value: 80,
        score: 2.5263,
        reason: null,
      },
      {
        nodeCode: '1.2',
        kpiKey: 'paid_online_share',
        kpiLabel: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
        status: 'none',
        window: WINDOW,
        numerator: null,
        denominator: null,
        value: null,
        score: null,
        reason:
          'Chưa có hồ sơ nào có phí, lệ phí từ tháng 1/2026 đến tháng 6/2026 trong dữ liệu hồ sơ của đơn vị (kể cả đơn vị trực thuộc): chưa đề xuất được.',
      },
    ]);
  });

  it('answers 404 to another province', async () => {
    const r = await stranger.get(`${url}/kpi-proposals`);
    expect(r.statusCode).toBe(404);
  });
});

describe('saving a proposal (điền từ dữ liệu hồ sơ)', () => {
  it('records that the counts came from the data, in the entry and in the audit', async () => {
    const r = await editor.put(
      `${url}/entries/1.1`,
      { input: { type: 'ratio', numerator: 4, denominator: 5, source: SOURCE } },
      ifMatch(0),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      input: { type: 'ratio', numerator: 4, denominator: 5, source: SOURCE },
      computedScore: 2.5263,
      rate: 80,
    });
    const [audit] = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.tenantId, tenantId),
          eq(auditEvents.objectType, 'assessment_entry'),
          eq(auditEvents.outcome, 'allowed'),
        ),
      );
    expect(audit?.after).toMatchObject({ selfInput: { source: SOURCE }, selfScore: 2.5263 });
  });

  it('keeps the unit’s own numbers without a source once it changes them', async () => {
    const form = (await editor.get(url)).json();
    const version = form.entries.find((entry: { nodeCode: string }) => entry.nodeCode === '1.1')
      .version as number;
    const r = await editor.put(
      `${url}/entries/1.1`,
      { input: { type: 'ratio', numerator: 5, denominator: 5 } },
      ifMatch(version),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().input).toEqual({ type: 'ratio', numerator: 5, denominator: 5 });
    expect(r.json().computedScore).toBe(3);
  });

  it('refuses counts labelled as data that are not the data’s, writing nothing', async () => {
    const r = await editor.put(
      `${url}/entries/1.3`,
      { input: { type: 'ratio', numerator: 4, denominator: 6, source: SOURCE } },
      ifMatch(0),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toContain('không đọc KPI «on_time»');
    const wrong = await editor.put(
      `${url}/entries/1.2`,
      {
        input: {
          type: 'ratio',
          numerator: 4,
          denominator: 6,
          source: { ...SOURCE, kpiKey: 'paid_online_share' },
        },
      },
      ifMatch(0),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toContain('Chưa có hồ sơ nào có phí, lệ phí');
    const form = (await editor.get(url)).json();
    const version = form.entries.find((entry: { nodeCode: string }) => entry.nodeCode === '1.1')
      .version as number;
    const mismatch = await editor.put(
      `${url}/entries/1.1`,
      { input: { type: 'ratio', numerator: 4, denominator: 6, source: SOURCE } },
      ifMatch(version),
    );
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().message).toBe(
      'Số liệu không khớp với dữ liệu hồ sơ hiện tại (từ tháng 1/2026 đến tháng 6/2026: 4 / 5); hãy tải lại đề xuất hoặc nhập số liệu của đơn vị.',
    );
    // 1.1 still holds the unit's own 5 / 5.
    const after = (await editor.get(url)).json();
    expect(
      after.entries.find((entry: { nodeCode: string }) => entry.nodeCode === '1.1').input,
    ).toEqual({ type: 'ratio', numerator: 5, denominator: 5 });
    const rows = await t.db
      .select({ code: assessmentEntries.nodeCode })
      .from(assessmentEntries)
      .where(eq(assessmentEntries.organisationId, unitId));
    expect(rows.map((row) => row.code)).toEqual(['1.1']);
  });
});
