// Reminders of a scoring round's windows through the daily reminder job, on real PostgreSQL and a
// real SMTP server, day by day with a fixed "today" (each day run twice: the second sends
// nothing): the self-assessment window reminds the editors and leader of a unit that has not
// submitted, the appraisal window the appraisers reaching an unconfirmed unit, the explanation
// window a unit with an unanswered explanation request.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkNode } from '@domain/frameworks/framework';
import type { Role } from '@domain/permissions/role';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';
import { createMailer, type Mailer } from '../notifications/mailer';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/test-smtp-server';
import { daysBetween, giveEmails, runDays, wantEmail } from '../../../test/reminder-fixtures';

const NODES: FrameworkNode[] = [
  {
    code: '1',
    parentCode: null,
    name: 'Công tác chỉ đạo',
    maxPoints: 100,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
];

let t: TestApp;
let smtp: TestSmtpServer;
let mailer: Mailer;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  mailer = createMailer({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    from: 'parplan <no-reply@localhost>',
  });
});

afterAll(async () => {
  await smtp.close();
  await t.close();
});

describe('reminders of a round’s windows', () => {
  it('reminds whoever still owes the window, before, on and after its closing day', async () => {
    const { tenant, root } = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
    const tenantId = tenant.id;
    const vp = await buildOrganisation(t.db, { tenantId, parentId: root.id, name: 'Văn phòng' });
    const tp = await buildOrganisation(t.db, { tenantId, parentId: root.id, name: 'Sở Tư pháp' });
    const user = (login: string, role: Role, at: { id: string }) =>
      buildUser(t.db, {
        tenantId,
        login,
        homeOrganisationId: at.id,
        grants: [{ role, organisationId: at.id }],
      });
    const users = [
      await user('focal', 'focal', root),
      await user('appraiser', 'appraiser', root),
      await user('vp.editor', 'editor', vp),
      await user('vp.leader', 'leader', vp),
      await user('tp.editor', 'editor', tp),
    ];
    await giveEmails(t.db, tenantId);
    await wantEmail(t.db, users);
    const focal = await TestClient.signedInAs(t, users[0]!);
    const framework = await buildFrameworkRow(t.db, {
      tenantId,
      ownerOrganisationId: root.id,
      year: 2026,
      name: 'Chỉ số CCHC 2026',
      nodes: NODES,
    });
    const created = await focal.post('/api/assessment-rounds', {
      frameworkId: framework.id,
      ownerOrganisationId: root.id,
      name: 'Đợt CCHC 2026',
      units: [{ organisationId: vp.id }, { organisationId: tp.id }],
      windows: {
        selfAssessment: { opensOn: '2026-06-01', closesOn: '2026-06-10' },
        appraisal: { opensOn: '2026-06-11', closesOn: '2026-07-10' },
        explanation: { opensOn: '2026-06-20', closesOn: '2026-06-30' },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const roundId = created.json().id as string;
    let version = 1;
    const moveTo = async (to: string) => {
      const response = await focal.post(
        `/api/assessment-rounds/${roundId}/transition`,
        { to },
        { 'if-match': `"${version}"` },
      );
      expect(response.statusCode, response.body).toBe(200);
      version = response.json().version;
    };
    const onUnit = (unitId: string, set: ReturnType<typeof sql>) =>
      t.db.execute(sql`UPDATE assessment_units SET ${set}
        WHERE tenant_id = ${tenantId} AND round_id = ${roundId} AND organisation_id = ${unitId}`);
    const mail = (login: string) => `${login}@example.vn`;
    const days = (from: string, to: string) =>
      runDays(t.db, mailer, smtp, daysBetween(from, to), tenantId);

    // A draft round reminds nobody.
    expect(await days('2026-06-07', '2026-06-07')).toEqual({});

    // Tự đánh giá: Sở Tư pháp has submitted; Văn phòng has not.
    await moveTo('self_assessment');
    await onUnit(tp.id, sql`status = 'submitted', submitted_at = now()`);
    const self = 'Tự đánh giá: Văn phòng — Đợt CCHC 2026';
    const vpUnit = (subject: string) => [
      `${mail('vp.editor')} | ${subject}`,
      `${mail('vp.leader')} | ${subject}`,
    ];
    expect(await days('2026-06-06', '2026-06-13')).toEqual({
      '2026-06-07': vpUnit(`Nhắc hạn: còn 3 ngày — ${self}`),
      '2026-06-09': vpUnit(`Nhắc hạn: còn 1 ngày — ${self}`),
      '2026-06-10': vpUnit(`Đến hạn hôm nay: ${self}`),
      '2026-06-11': vpUnit(`Quá hạn 1 ngày: ${self}`),
      '2026-06-13': [
        `${mail('focal')} | Quá hạn 3 ngày (báo cáo lãnh đạo): ${self}`,
        `${mail('vp.leader')} | Quá hạn 3 ngày (báo cáo lãnh đạo): ${self}`,
      ],
    });

    // Thẩm định lần 1, due when the explanations open (20/06): the appraisers, for the unit
    // not yet confirmed; escalated to the focal unit only.
    await moveTo('appraisal');
    await onUnit(tp.id, sql`appraisal_1_done_at = now()`);
    const appraisal = 'Thẩm định: Văn phòng — Đợt CCHC 2026';
    expect(await days('2026-06-16', '2026-06-23')).toEqual({
      '2026-06-17': [`${mail('appraiser')} | Nhắc hạn: còn 3 ngày — ${appraisal}`],
      '2026-06-19': [`${mail('appraiser')} | Nhắc hạn: còn 1 ngày — ${appraisal}`],
      '2026-06-20': [`${mail('appraiser')} | Đến hạn hôm nay: ${appraisal}`],
      '2026-06-21': [`${mail('appraiser')} | Quá hạn 1 ngày: ${appraisal}`],
      '2026-06-23': [`${mail('focal')} | Quá hạn 3 ngày (báo cáo lãnh đạo): ${appraisal}`],
    });

    // Giải trình: only Văn phòng was asked, and has not answered.
    await moveTo('explanation');
    await t.db.execute(sql`
      INSERT INTO assessment_entries (tenant_id, round_id, organisation_id, node_code, explanation_request)
      VALUES (${tenantId}, ${roundId}, ${vp.id}, '1', 'Đề nghị bổ sung quyết định ban hành kế hoạch.')`);
    const explanation = 'Giải trình: Văn phòng — Đợt CCHC 2026';
    const received = await days('2026-06-26', '2026-06-30');
    expect(received).toEqual({
      '2026-06-27': vpUnit(`Nhắc hạn: còn 3 ngày — ${explanation}`),
      '2026-06-29': vpUnit(`Nhắc hạn: còn 1 ngày — ${explanation}`),
      '2026-06-30': vpUnit(`Đến hạn hôm nay: ${explanation}`),
    });
    // Answered: nothing more the day after.
    await t.db.execute(sql`UPDATE assessment_entries SET explanation = 'Đã bổ sung.'
      WHERE tenant_id = ${tenantId} AND round_id = ${roundId}`);
    expect(await days('2026-07-01', '2026-07-01')).toEqual({});

    const links = await t.db.execute<{ link: string }>(sql`
      SELECT DISTINCT link FROM notifications WHERE tenant_id = ${tenantId} ORDER BY link`);
    expect(links.rows.map((row) => row.link)).toEqual([
      `/assessment/${roundId}/units/${vp.id}`,
      `/assessment/${roundId}/units/${vp.id}/appraisal`,
    ]);
  });
});
