// Hostile spreadsheets sent to every importer over HTTP: the sparse far-away file of issue 9 is
// answered with a Vietnamese 400 and writes nothing, and a large CSV being parsed does not stop
// the server answering other users (the parse runs on a worker thread).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildUser } from '../../../test/factories';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';
import { buildReportFixture, type ReportFixture } from '../../../test/report-fixtures';
import { sparseFarAwayXlsx } from '../../../test/xlsx-fixtures';

/** Callbacks waiting for the next time an importer hands its file to the reader. */
const readerWaiters = vi.hoisted(() => [] as Array<() => void>);
vi.mock('./spreadsheet-reader', async (importOriginal) => {
  const original = await importOriginal<typeof import('./spreadsheet-reader')>();
  return {
    ...original,
    readSpreadsheet: (...args: Parameters<typeof original.readSpreadsheet>) => {
      for (const wake of readerWaiters.splice(0)) wake();
      return original.readSpreadsheet(...args);
    },
  };
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let f: ReportFixture;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  f = await buildReportFixture(t);
  admin = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: f.tenantId,
      homeOrganisationId: f.province.id,
      grants: [
        { role: 'admin', organisationId: f.province.id },
        { role: 'focal', organisationId: f.province.id },
      ],
    }),
  );
});
afterAll(() => t.close());

const upload = (url: string, name: string, bytes: Buffer | string, type = XLSX_TYPE) => {
  const { payload, headers } = multipartFile(name, bytes, type);
  return admin.request('POST', url, { payload, headers });
};

async function writtenState() {
  const { rows } = await t.pool.query(
    `SELECT (SELECT count(*) FROM organisations) AS organisations,
            (SELECT count(*) FROM unit_results) AS results,
            (SELECT nodes::text FROM frameworks WHERE id = $1) AS framework_nodes`,
    [f.frameworkId],
  );
  return rows[0];
}

describe('the .xlsx holding only ALL1 and A200000', () => {
  it.each([
    ['organisations', () => '/api/organisations/import'],
    ['results', () => `/api/frameworks/${f.frameworkId}/results/import`],
    ['framework nodes', () => `/api/frameworks/${f.frameworkId}/nodes/import?dryRun=true`],
  ])('is refused by the %s import with a Vietnamese 400, writing nothing', async (_name, url) => {
    const before = await writtenState();
    const response = await upload(url(), 'thua.xlsx', await sparseFarAwayXlsx());
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().message).toMatch(
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
    );
    expect(await writtenState()).toEqual(before);
  });
});

describe('a 4.5 MB CSV being parsed', () => {
  it('does not keep /api/health from answering', async () => {
    // 150,000 rows under a header no importer knows: refused right after parsing, so the
    // import's only long step is the parse itself.
    const csv = 'cot a,cot b,cot c\n' + 'xxxxxxxxxx,yyyyyyyyyy,zzzzzzzz\n'.repeat(150_000);
    const parsing = new Promise<void>((wake) => readerWaiters.push(wake));
    let importAnswered = false;
    const importing = upload(
      '/api/organisations/import?dryRun=true',
      'lon.csv',
      csv,
      'text/csv',
    ).finally(() => (importAnswered = true));
    await parsing;
    let healthAnswers = 0;
    while (!importAnswered) {
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      healthAnswers++;
    }
    expect((await importing).statusCode).toBe(400);
    // Parsing on the main thread answered none (the loop only ran once the parse was over).
    expect(healthAnswers).toBeGreaterThanOrEqual(3);
  });
});
