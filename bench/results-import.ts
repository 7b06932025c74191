// Benchmark: importing a province's results — 3,300 communes × 90 scored nodes (297,000 scores) —
// through POST /api/frameworks/:id/results/import (xlsx parsing, unit and node matching,
// authorisation, roll-up, audit, one transaction per file), against a raw `COPY … FROM STDIN`
// (pg-copy-streams) of the same rows into a scratch table in the same run.
// The long layout is used (a sheet allows 1,000 columns, so the wide one cannot hold 3,300 units)
// and split into three files of 1,100 units, each under the reader's 200,000-row limit.
// Usage: npm run bench:results-import [-- --units 3300 --units-per-file 1100]
import { signedInHeaders } from '../test/inject-session';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { connectDatabase } from '../src/server/db/client';
import { startThrowawayPostgres } from '../test/throwaway-postgres';
import { migrateAsOwner } from '../src/server/db/migrate';
import { buildOrganisation, buildTenant, buildUser } from '../test/factories';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '3300' },
    'units-per-file': { type: 'string', default: '1100' },
  },
});
const UNITS = Number(values.units);
const AREAS = 10;
const LEAVES_PER_AREA = 9;
const UNITS_PER_FILE = Number(values['units-per-file']);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const embedded = await startThrowawayPostgres('parplan-bench-');
const { db, pool } = connectDatabase(embedded.appUrl, 10);
await migrateAsOwner(embedded.ownerUrl, embedded.appRole);

const { tenant, root } = await buildTenant(db, 'Tỉnh Benchmark');
const communes: string[] = [];
for (let c = 0; c < UNITS; c++) {
  const commune = await buildOrganisation(db, {
    tenantId: tenant.id,
    parentId: root.id,
    type: 'commune',
  });
  communes.push(commune.code);
}
const focal = await buildUser(db, {
  tenantId: tenant.id,
  homeOrganisationId: root.id,
  grants: [{ role: 'focal', organisationId: root.id }],
});

const app = await buildApp({
  config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }),
  db,
  embedded: true,
  logger: false,
});
await app.ready();

const signedIn = await signedInHeaders(app, db, focal);

// 10 areas of 9 one-point sub-criteria: 100 nodes, 90 of them scored.
const nodes = Array.from({ length: AREAS }, (_, a) => [
  { code: `${a + 1}`, parentCode: null, name: `Lĩnh vực ${a + 1}`, maxPoints: LEAVES_PER_AREA },
  ...Array.from({ length: LEAVES_PER_AREA }, (_, l) => ({
    code: `${a + 1}.${l + 1}`,
    parentCode: `${a + 1}`,
    name: `Tiêu chí ${a + 1}.${l + 1}`,
    maxPoints: 1,
    method: 'appraised',
    rule: { type: 'ratio' },
  })),
]).flat();
const leafCodes = nodes.filter((node) => node.parentCode !== null).map((node) => node.code);
const created = await app.inject({
  method: 'POST',
  url: '/api/frameworks',
  headers: signedIn,
  payload: {
    code: 'PAR-XA-BENCH',
    indexKind: 'par_index',
    name: 'Chỉ số CCHC cấp xã (benchmark)',
    year: 2025,
    unitTypes: ['commune'],
    decision: null,
    illustrative: true,
    note: 'Mẫu minh họa – không phải văn bản chính thức',
    scale: { unit: 'points', maxTotal: null },
    nodes,
  },
});
if (created.statusCode !== 201) throw new Error(`framework: ${created.body}`);
const frameworkId = (created.json() as { id: string }).id;

const scoreOf = (unit: number, leaf: number) => ((unit * 7 + leaf * 13) % 101) / 100;
const rows: [string, string, number][] = [];
communes.forEach((code, u) =>
  leafCodes.forEach((node, l) => rows.push([code, node, scoreOf(u, l)])),
);

async function longWorkbook(part: [string, string, number][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kết quả');
  sheet.addRow(['Mã đơn vị', 'Mã tiêu chí', 'Điểm']);
  for (const row of part) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const perFile = UNITS_PER_FILE * leafCodes.length;
const files: Buffer[] = [];
for (let start = 0; start < rows.length; start += perFile)
  files.push(await longWorkbook(rows.slice(start, start + perFile)));
const megabytes = files.reduce((sum, file) => sum + file.length, 0) / 1024 / 1024;
console.log(
  `${UNITS} units × ${leafCodes.length} nodes = ${rows.length} scores in ${files.length} .xlsx files (${megabytes.toFixed(1)} MB)`,
);

let importMs = 0;
for (const [index, file] of files.entries()) {
  const boundary = `----parplanbench${index}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ket-qua-${index}.xlsx"\r\nContent-Type: ${XLSX_TYPE}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const started = performance.now();
  const response = await app.inject({
    method: 'POST',
    url: `/api/frameworks/${frameworkId}/results/import`,
    headers: {
      ...signedIn,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
  const elapsed = performance.now() - started;
  if (response.statusCode !== 200)
    throw new Error(`import ${index}: ${response.statusCode} ${response.body.slice(0, 500)}`);
  importMs += elapsed;
  console.log(`  file ${index + 1}: ${(elapsed / 1000).toFixed(2)} s`);
}
const stored = await pool.query(
  'SELECT count(*)::int AS n FROM unit_result_nodes WHERE tenant_id = $1',
  [tenant.id],
);

// Baseline: the same rows straight into a scratch table, no parsing, checks or roll-up. Made by
// the owner role: the app role may not create tables.
const { pool: ownerPool } = connectDatabase(embedded.ownerUrl, 1);
await ownerPool.query(
  'CREATE TABLE scratch_scores (unit_code text NOT NULL, node_code text NOT NULL, score numeric NOT NULL)',
);
// COPY wants few large writes: one string per 10,000 lines, not one per line.
const chunksOf = (lines: string[], size: number) =>
  Array.from({ length: Math.ceil(lines.length / size) }, (_, i) =>
    lines.slice(i * size, (i + 1) * size).join(''),
  );
const insertStarted = performance.now();
const copyClient = await ownerPool.connect();
await pipeline(
  Readable.from(
    chunksOf(
      rows.map((row) => `${row.join('\t')}\n`),
      10_000,
    ),
  ),
  copyClient.query(copyFrom('COPY scratch_scores (unit_code, node_code, score) FROM STDIN')),
);
copyClient.release();
const insertMs = performance.now() - insertStarted;

const rate = (ms: number) => Math.round(rows.length / (ms / 1000));
console.log(`stored node scores: ${stored.rows[0].n}`);
console.log(
  `results import (HTTP, xlsx)      ${(importMs / 1000).toFixed(2).padStart(7)} s  ${rate(importMs).toLocaleString('en').padStart(9)} rows/s`,
);
console.log(
  `raw COPY (baseline)               ${(insertMs / 1000).toFixed(2).padStart(7)} s  ${rate(insertMs).toLocaleString('en').padStart(9)} rows/s`,
);
console.log(`ratio import / baseline time: ${(importMs / insertMs).toFixed(1)}×`);

await app.close();
await pool.end();
await ownerPool.end();
await embedded.stop();
