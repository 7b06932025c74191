// Uploads over a route's limit, on every upload path: each one is refused with 413 and a
// Vietnamese message, and nothing is stored or imported — including a file the network delivers
// in chunks that break exactly at the limit, which @fastify/multipart used to hand over cut short.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories';
import {
  createTestApp,
  multipartFileInChunks,
  TestClient,
  type TestApp,
} from '../../../test/test-app';
import {
  buildReportFixture,
  pdfBytes,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';
import { EVIDENCE_LIMITS } from '../documents/evidence-file';

const MB = 1024 * 1024;
const TRIES = 10;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let f: ReportFixture;
let provinceAdmin: TestClient;
let evidenceEditor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  f = await buildReportFixture(t);
  const provinceId = f.province.id;
  provinceAdmin = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: f.tenantId,
      homeOrganisationId: provinceId,
      grants: [
        { role: 'admin', organisationId: provinceId },
        { role: 'focal', organisationId: provinceId },
      ],
    }),
  );
  evidenceEditor = await f.client(f.users.nvEditor);
});
afterAll(() => t.close());

/** Rows an upload could have written, and the framework's version (a nodes import bumps it). */
async function writtenState() {
  const { rows } = await t.pool.query(
    `SELECT (SELECT count(*) FROM organisations) AS organisations,
            (SELECT count(*) FROM unit_results) AS results,
            (SELECT count(*) FROM evidence_files) AS evidence,
            (SELECT version FROM frameworks WHERE id = $1) AS framework_version`,
    [f.frameworkId],
  );
  return rows[0];
}

/** `limit` bytes of a file that would be accepted if cut there, then more: a chunk breaks at the limit. */
function overLimit(start: Buffer | string, limit: number, filler: number) {
  const head = Buffer.from(start);
  return Buffer.concat([head, Buffer.alloc(limit + 64 * 1024 - head.length, filler)]);
}

const paths = [
  {
    name: 'organisations import',
    url: () => '/api/organisations/import',
    limit: 5 * MB,
    file: () => ({
      name: 'don-vi.csv',
      type: 'text/csv',
      // One valid unit, then blank lines: cut anywhere, it would import that unit.
      bytes: overLimit(
        `Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ\nX-CAT,Xã Bị Cắt,Xã,${f.district.code},01/07/2025\n`,
        5 * MB,
        0x0a,
      ),
    }),
  },
  {
    name: 'results import (dry run)',
    url: () => `/api/frameworks/${f.frameworkId}/results/import?dryRun=true`,
    limit: 10 * MB,
    file: () => ({
      name: 'ket-qua.xlsx',
      type: XLSX_TYPE,
      bytes: overLimit('PK\x03\x04', 10 * MB, 0x20),
    }),
  },
  {
    name: 'framework nodes import (dry run)',
    url: () => `/api/frameworks/${f.frameworkId}/nodes/import?dryRun=true`,
    limit: 5 * MB,
    file: () => ({
      name: 'chi-so.csv',
      type: 'text/csv',
      bytes: overLimit('Mã,Tên\n', 5 * MB, 0x0a),
    }),
  },
  {
    name: 'evidence upload',
    url: () => `${reportUrl(f.plan, '2024-Q1', f.nvId)}/evidence?taskId=${f.plan.tasks[0]!.id}`,
    limit: EVIDENCE_LIMITS.maxBytes,
    file: () => ({
      name: 'minh-chung.pdf',
      type: 'application/pdf',
      // A real PDF followed by spaces: its first 20 MB alone would be stored as evidence.
      bytes: overLimit(pdfBytes(), EVIDENCE_LIMITS.maxBytes, 0x20),
    }),
  },
];

describe('an upload over the limit, delivered in chunks that break exactly at the limit', () => {
  it.each(paths)(
    `$name: refused with 413 ${TRIES} times out of ${TRIES}, nothing stored or imported`,
    async (path) => {
      const client = path.name === 'evidence upload' ? evidenceEditor : provinceAdmin;
      const file = path.file();
      const before = await writtenState();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < TRIES; attempt++) {
        const { payload, headers } = multipartFileInChunks(
          file.name,
          file.bytes,
          file.type,
          path.limit,
        );
        const response = await client.request('POST', path.url(), { payload: payload(), headers });
        statuses.push(response.statusCode);
        if (response.statusCode === 413) expect(response.json().message).toContain('Tệp quá lớn');
      }
      expect(statuses).toEqual(Array(TRIES).fill(413));
      expect(await writtenState()).toEqual(before);
    },
  );
});
