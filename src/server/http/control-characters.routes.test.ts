// Characters XML 1.0 cannot carry (U+0000, U+FFFE, U+FFFF, lone surrogates…) over HTTP: refused
// with 400 naming the field on every kind of input (body, query, login form) and nothing
// changed; text stored before the rule still gives a .docx and .xlsx whose XML parses.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisations, planTasks } from '../db/schema';
import { buildUser, FACTORY_PASSWORD } from '../../../test/factories';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';

let t: TestApp;
let f: DistrictFixture;
let focal: TestClient;
let planId: string;
beforeAll(async () => {
  t = await createTestApp();
  f = await buildDistrictFixture(t);
  focal = await f.client(f.users.focal);
  const created = await focal.post('/api/plans', {
    organisationId: f.district.id,
    year: 2024,
    title: 'Cải cách hành chính năm 2024',
  });
  expect(created.statusCode, created.body).toBe(201);
  planId = created.json().id;
});
afterAll(() => t.close());

const NUL = '\u0000';

function expectRefused(response: { statusCode: number; json(): unknown }, field: string) {
  expect(response.statusCode).toBe(400);
  const body = response.json() as { code: string; message: string; details: unknown[] };
  expect(body.code).toBe('VALIDATION_FAILED');
  expect(body.message).toContain(`«${field}»`);
  expect(body.message).toContain('ký tự điều khiển');
  expect(body.details).toEqual([expect.objectContaining({ field })]);
}

const taskCount = async () =>
  (await t.db.select().from(planTasks).where(eq(planTasks.planId, planId))).length;

describe('a U+0000 in any text field is a 400 naming the field, not a 500', () => {
  it('in the login form', async () => {
    const response = await new TestClient(t.app).post('/api/auth/login', {
      login: `${f.users.focal.login}${NUL}`,
      password: FACTORY_PASSWORD,
    });
    expectRefused(response, 'login');
  });

  it('in the organisation search', async () => {
    expectRefused(await focal.get(`/api/organisations?q=L%E1%BA%A5p%00`), 'q');
  });

  it('in the user search', async () => {
    expectRefused(await focal.get(`/api/users?q=nguyen%00`), 'q');
  });

  it('in a unit’s new name, which stays as it was', async () => {
    const office = f.offices['Phòng Nội vụ'];
    const response = await focal.patch(
      `/api/organisations/${office.id}`,
      { name: `Phòng Nội vụ${NUL} mới` },
      { 'if-match': `"${office.version}"` },
    );
    expectRefused(response, 'name');
    const [row] = await t.db.select().from(organisations).where(eq(organisations.id, office.id));
    expect(row).toMatchObject({ name: 'Phòng Nội vụ', version: office.version });
  });

  it('in a task’s text, which is not added', async () => {
    const before = await taskCount();
    const response = await focal.post(`/api/plans/${planId}/tasks`, {
      content: `Rà soát thủ tục hành chính${NUL}`,
      timeframeText: 'Quý II/2024',
    });
    expectRefused(response, 'content');
    expect(await taskCount()).toBe(before);
  });

  it('in another query string (the audit log’s action filter)', async () => {
    expectRefused(await focal.get('/api/audit?action=plan.manage%00'), 'action');
  });
});

describe('other characters XML cannot carry', () => {
  it('refuses U+FFFE in a task’s text and adds nothing', async () => {
    const before = await taskCount();
    const response = await focal.post(`/api/plans/${planId}/tasks`, {
      content: 'Số hóa hồ sơ\uFFFE',
      timeframeText: 'Quý III/2024',
    });
    expectRefused(response, 'content');
    expect(response.json().message).toContain('U+FFFE');
    expect(await taskCount()).toBe(before);
  });

  it('refuses a lone surrogate in a nested field of a plan’s content', async () => {
    const plan = (await focal.get(`/api/plans/${planId}`)).json();
    const response = await focal.patch(
      `/api/plans/${planId}`,
      { signature: { ...plan.content.signature, signerName: 'Trần Văn \uD800B' } },
      { 'if-match': `"${plan.version}"` },
    );
    expectRefused(response, 'signature.signerName');
  });

  it('still accepts tabs, line breaks and Vietnamese text', async () => {
    const response = await focal.post(`/api/plans/${planId}/tasks`, {
      content: 'Rà soát\tthủ tục\r\nhành chính',
      timeframeText: 'Quý II/2024',
    });
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe('cells of an imported file', () => {
  it('refuses a unit name holding U+0000 with its row and column, and creates no unit', async () => {
    const admin = await buildUser(t.db, {
      tenantId: f.tenantId,
      homeOrganisationId: f.district.id,
      grants: [{ role: 'admin', organisationId: f.district.id }],
    });
    const client = await TestClient.signedInAs(t, admin);
    const csv =
      'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ\n' +
      `NUL-1,Phòng Một,Phòng,${f.district.code},01/01/2024\n` +
      `NUL-2,Phòng${NUL} Hai,Phòng,${f.district.code},01/01/2024\n`;
    const { payload, headers } = multipartFile('don-vi.csv', csv);
    const response = await client.request('POST', '/api/organisations/import', {
      payload,
      headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ row: 3, field: 'B', message: expect.stringContaining('U+0000') }),
    ]);
    const codes = (await t.db.select().from(organisations)).map((row) => row.code);
    expect(codes).not.toContain('NUL-1');
  });
});

// XML 1.0's Char production as the oracle: a parser rejects any other character.
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

async function xmlPartsOf(file: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n)))
    parts.set(name, await zip.file(name)!.async('string'));
  return parts;
}

describe('text stored before the rule (legacy U+FFFF in a task)', () => {
  beforeAll(async () => {
    await t.db.insert(planTasks).values({
      tenantId: f.tenantId,
      planId,
      position: 99,
      content: 'Nhiệm vụ cũ\uFFFF có ký tự lạ\u0001',
      leadOrganisationId: f.district.id,
      outputKind: 'report',
      timeframeText: 'Thường xuyên',
    });
  });

  it.each([
    ['the plan .docx', 'document.docx', 'word/document.xml'],
    ['the tasks .xlsx', 'tasks.xlsx', 'xl/worksheets/sheet1.xml'],
  ])('still gives %s made of valid XML, the text kept without it', async (_, file, part) => {
    const response = await focal.get(`/api/plans/${planId}/${file}`);
    expect(response.statusCode).toBe(200);
    const parts = await xmlPartsOf(response.rawPayload);
    expect(parts.get(part)).toContain('Nhiệm vụ cũ có ký tự lạ');
    const invalid = [...parts].filter(([, xml]) => NOT_XML_CHAR.test(xml)).map(([name]) => name);
    expect(invalid).toEqual([]);
  });
});
