// An appraiser's request for an explanation (đề nghị giải trình) by e-mail, through the real routes
// and an in-process SMTP server: a unit editor who never saved preferences gets the e-mail (the
// kind is on by default), one who turned it off in the preferences gets only the bell notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { notifications } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { UserRow } from '../users/user.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';
import {
  addRoundUnit,
  addSelfEntry,
  buildRound,
} from '../../../test/assessment-appraisal-factories';
import { giveEmails } from '../../../test/reminder-fixtures';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/test-smtp-server';

const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Công tác chỉ đạo', maxPoints: 6 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Kế hoạch CCHC',
    maxPoints: 6,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
];

let t: TestApp;
let smtp: TestSmtpServer;
let tenantId: string;
let url: string;
let appraiser: TestClient;
let defaultEditor: UserRow;
let optedOutEditor: UserRow;

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
const address = (user: UserRow) => `${user.login}@example.vn`;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createTestApp({ SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port) });
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  const noiVu = await buildOrganisation(t.db, { tenantId, parentId: a.root.id, name: 'Sở Nội vụ' });
  const tuPhap = await buildOrganisation(t.db, {
    tenantId,
    parentId: a.root.id,
    name: 'Sở Tư pháp',
  });
  const framework = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: a.root.id,
    nodes: NODES,
    year: 2026,
  });
  const round = await buildRound(t.db, {
    tenantId,
    frameworkId: framework.id,
    ownerOrganisationId: a.root.id,
  });
  await addRoundUnit(t.db, { tenantId, roundId: round.id, organisationId: tuPhap.id });
  await addSelfEntry(t.db, {
    tenantId,
    roundId: round.id,
    organisationId: tuPhap.id,
    nodeCode: '1.1',
    selfScore: 6,
  });
  url = `/api/assessment-rounds/${round.id}/units/${tuPhap.id}`;
  appraiser = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: noiVu.id,
      grants: [{ role: 'appraiser', organisationId: a.root.id }],
    }),
  );
  const editor = () =>
    buildUser(t.db, {
      tenantId,
      homeOrganisationId: tuPhap.id,
      grants: [{ role: 'editor', organisationId: tuPhap.id }],
    });
  defaultEditor = await editor();
  optedOutEditor = await editor();
  await giveEmails(t.db, tenantId);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('an explanation request by e-mail', () => {
  it('is on by default, and a user who turned it off gets only the bell notice', async () => {
    const optedOut = await TestClient.signedInAs(t, optedOutEditor);
    const preferences = await optedOut.get('/api/notification-preferences');
    expect(preferences.json().emailKinds).toEqual(['assessment_explanation_request']);
    const turnedOff = await optedOut.request('PUT', '/api/notification-preferences', {
      body: { emailKinds: [], dailyDigest: false },
      headers: ifMatch(preferences.json().version),
    });
    expect(turnedOff.statusCode, turnedOff.body).toBe(200);

    const view = await appraiser.get(`${url}/appraisal`);
    const entry = (view.json().entries as { nodeCode: string; version: number }[]).find(
      (item) => item.nodeCode === '1.1',
    )!;
    await t.app.eventMail.settled();
    const before = smtp.messages.length;
    const asked = await appraiser.post(
      `${url}/appraisal/1.1/explanation-request`,
      { request: 'Bổ sung kế hoạch CCHC đã ban hành' },
      ifMatch(entry.version),
    );
    expect(asked.statusCode, asked.body).toBe(200);

    await t.app.eventMail.settled();
    const mail = smtp.messages.slice(before);
    expect(mail.flatMap((message) => message.to)).toEqual([address(defaultEditor)]);
    expect(mail[0]!.text).toContain('Bổ sung kế hoạch CCHC đã ban hành');
    for (const user of [defaultEditor, optedOutEditor]) {
      const notices = await t.db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, user.id),
            eq(notifications.kind, 'assessment_explanation_request'),
          ),
        );
      expect(notices).toHaveLength(1);
    }
  });
});
