// Fuzzes the three spreadsheet importers (organisations, results, framework nodes) through the real
// HTTP path (app.inject, real PostgreSQL): sparse sheets, claimed huge dimensions, truncated zips,
// zip bombs, huge cells, wrong encodings, random bytes and valid files with random mutations.
// Checks every answer is a 2xx or a 4xx with a Vietnamese message (never 5xx, process alive), that
// a refused import or a dry run changes no row, and prints the main heap and the reader workers'.
// Usage: npm run fuzz:importers [-- --files 10000 --seed 9]
import { signedInHeaders } from '../test/inject-session';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { connectDatabase } from '../src/server/db/client';
import { migrateAsOwner } from '../src/server/db/migrate';
import { buildOrganisation, buildTenant, buildUser } from '../test/factories';
import { readerStats } from '../src/server/documents/spreadsheet-reader';
import { startThrowawayPostgres } from '../test/throwaway-postgres';
import { minimalXlsx, sheetXml, textCell } from '../test/xlsx-fixtures';
import { columnLetters } from '../src/server/documents/ooxml-text';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '10000' }, seed: { type: 'string', default: '9' } },
});
const FILES = Number(values.files);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

// A small seeded PRNG (mulberry32): a failing case can be replayed with the same --seed.
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let x = state;
  x = Math.imul(x ^ (x >>> 15), x | 1);
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
}
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
const randomBytes = (length: number) => Buffer.from(Array.from({ length }, () => int(256)));

// ---- the app on a throwaway PostgreSQL ---------------------------------------------------------
const embedded = await startThrowawayPostgres('parplan-fuzz-');
const { db, pool } = connectDatabase(embedded.appUrl, 10);
await migrateAsOwner(embedded.ownerUrl, embedded.appRole);
const { tenant, root } = await buildTenant(db, 'Tỉnh Fuzz');
const district = await buildOrganisation(db, {
  tenantId: tenant.id,
  parentId: root.id,
  type: 'district',
  code: 'H-FUZZ',
});
const communes: string[] = [];
for (let c = 0; c < 5; c++)
  communes.push(
    (await buildOrganisation(db, { tenantId: tenant.id, parentId: district.id, type: 'commune' }))
      .code,
  );
const user = await buildUser(db, {
  tenantId: tenant.id,
  homeOrganisationId: root.id,
  grants: [
    { role: 'admin', organisationId: root.id },
    { role: 'focal', organisationId: root.id },
  ],
});
const app = await buildApp({
  config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }),
  db,
  embedded: true,
  logger: false,
});
await app.ready();
const signedIn = await signedInHeaders(app, db, user);
const leafCodes = ['1.1', '1.2', '2.1'];
async function createFramework(code: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/frameworks',
    headers: signedIn,
    payload: {
      code,
      indexKind: 'par_index',
      name: `Bộ chỉ số ${code}`,
      year: 2025,
      unitTypes: ['commune'],
      decision: null,
      illustrative: true,
      note: 'Mẫu minh họa – không phải văn bản chính thức',
      scale: { unit: 'points', maxTotal: null },
      nodes: [
        { code: '1', parentCode: null, name: 'Lĩnh vực 1', maxPoints: 2 },
        { code: '2', parentCode: null, name: 'Lĩnh vực 2', maxPoints: 1 },
        ...leafCodes.map((leaf) => ({
          code: leaf,
          parentCode: leaf[0],
          name: `Tiêu chí ${leaf}`,
          maxPoints: 1,
          method: 'appraised',
          rule: { type: 'ratio' },
        })),
      ],
    },
  });
  if (response.statusCode !== 201) throw new Error(`framework: ${response.body}`);
  return (response.json() as { id: string }).id;
}
const resultsFramework = await createFramework('FUZZ-KQ');
const nodesFramework = await createFramework('FUZZ-CS');

// ---- valid files of each importer, the seeds of mutation -----------------------------------------
async function xlsxOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Trang 1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const csvOf = (rows: (string | number)[][]) =>
  Buffer.from(rows.map((row) => row.join(',')).join('\n') + '\n');
let unique = 0;
const validRows = {
  organisations: () => [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Mã đơn vị cấp trên', 'Hiệu lực từ'],
    ...Array.from({ length: 1 + int(5) }, () => {
      unique++;
      return [`FZ-${unique}`, `Xã Thử ${unique}`, 'Xã', 'H-FUZZ', '01/07/2025'];
    }),
  ],
  results: () => [
    ['Mã đơn vị', 'Mã tiêu chí', 'Điểm'],
    ...communes.flatMap((code) => leafCodes.map((leaf) => [code, leaf, int(101) / 100])),
  ],
  nodes: () => [
    ['Mã', 'Mã cấp trên', 'Tên', 'Điểm tối đa'],
    ['1', '', 'Lĩnh vực 1', 2],
    ['1.1', '1', 'Tiêu chí 1.1', 1],
    ['1.2', '1', 'Tiêu chí 1.2', 1],
  ],
};
type Importer = keyof typeof validRows;

// ---- generators: each returns a file the importer must survive ---------------------------------
interface FuzzFile {
  kind: string;
  name: string;
  bytes: Buffer;
}
const bombs: Buffer[] = [];
{
  const deep = new JSZip();
  deep.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  deep.file('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x30));
  bombs.push(await deep.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const wide = new JSZip();
  for (let entry = 0; entry < 2_100; entry++) wide.file(`xl/x${entry}.xml`, '');
  bombs.push(await wide.generateAsync({ type: 'nodebuffer' }));
}

function mutate(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  for (let flips = 1 + int(8); flips > 0; flips--) out[int(out.length)] = int(256);
  return out;
}
async function mutateXlsxXml(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = zip.file('xl/worksheets/sheet1.xml')!;
  let xml = await sheet.async('string');
  const edits = [
    () =>
      xml.replace(
        /r="([A-Z]+)(\d+)"/,
        `r="${pick(['XFD', 'ALL', 'ALM', 'A', 'ZZZZ'])}${pick([0, 1, 1048576, 1048577, 99999999])}"`,
      ),
    () =>
      xml.replace(
        '<v>',
        `<v>${pick(['&#0;', '&#x110000;', '&#xFFFE;', 'NaN', '1e999', '&bogus;'])}`,
      ),
    () => xml.replace('</c>', ''),
    () => xml.replace(/<row /, '<row r="0" '),
    () => xml.replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>'),
    () => xml.slice(0, int(xml.length)),
    () => xml.replace(/t="s"/, 't="e"'),
    () => xml.replace(/<v>\d+<\/v>/, '<f>SUM(A1)</f>'),
    () =>
      xml.replace(
        '</sheetData>',
        `</sheetData><mergeCells><mergeCell ref="A1:${pick(['XFD1048576', 'B2', 'Z9'])}"/></mergeCells>`,
      ),
  ];
  xml = pick(edits)();
  zip.file('xl/worksheets/sheet1.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// Expensive files (a 200,001-row CSV, megabyte cells) are built once per importer and reused, and
// drawn rarely: the cheap kinds make the bulk of the run.
const expensive = new Map<string, Buffer>();
async function cached(key: string, build: () => Promise<Buffer> | Buffer): Promise<Buffer> {
  if (!expensive.has(key)) expensive.set(key, await build());
  return expensive.get(key)!;
}

async function generate(importer: Importer): Promise<FuzzFile> {
  const rows = validRows[importer]();
  const draw = int(100);
  // 0: sparse, 1: truncated, 2: bomb, 3: huge cell, 4: encoding, 5: random, 6–8: mutations,
  // 9: too many rows, 10: valid
  const roll =
    draw < 2
      ? pick([2, 3, 9])
      : draw < 15
        ? 0
        : draw < 25
          ? 1
          : draw < 35
            ? 4
            : draw < 45
              ? 5
              : draw < 90
                ? pick([6, 7, 8])
                : 10;
  switch (roll) {
    case 0: {
      const cells: Record<number, string[]> = {};
      for (let n = 1 + int(6); n > 0; n--) {
        const row = 1 + int(1_048_576);
        const column = 1 + int(pick([30, 1_000, 16_384]));
        (cells[row] ??= []).push(textCell(`${columnLetters(column)}${row}`, 'x'));
      }
      const sheet = sheetXml(cells, {
        dimension: `A1:${columnLetters(1 + int(16_384))}${1 + int(1_048_576)}`,
      });
      return {
        kind: 'sparse sheet, claimed dimension',
        name: 'thua.xlsx',
        bytes: await minimalXlsx(sheet),
      };
    }
    case 1: {
      const valid = await xlsxOf(rows);
      return {
        kind: 'truncated zip',
        name: 'cat.xlsx',
        bytes: valid.subarray(0, int(valid.length)),
      };
    }
    case 2:
      return {
        kind: 'zip bomb',
        name: 'bom.xlsx',
        bytes: random() < 0.1 ? pick(bombs) : bombs[1]!, // the deep one costs 50 MB of inflating
      };
    case 3: {
      const asCsv = random() < 0.5;
      const bytes = await cached(`${importer} huge ${asCsv}`, () => {
        const huge = 'Ằ'.repeat(1_000_000);
        const withHuge = rows.map((row, index) => (index === 1 ? [huge, ...row.slice(1)] : row));
        return asCsv ? csvOf(withHuge) : xlsxOf(withHuge);
      });
      return { kind: 'huge cell', name: asCsv ? 'lon.csv' : 'lon.xlsx', bytes };
    }
    case 4: {
      const text = csvOf(rows).toString();
      const encoded = pick([
        () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
        () => Buffer.from(text, 'utf16le'),
        () => Buffer.from(text.normalize('NFD'), 'latin1'),
        () => Buffer.from(text.replace(/[^\x00-\xff]/g, '\xe3'), 'latin1'),
      ])();
      return { kind: 'wrong encoding', name: 'ma.csv', bytes: encoded };
    }
    case 5:
      return {
        kind: 'random bytes',
        name: pick(['x.xlsx', 'x.csv', 'x.bin']),
        bytes: randomBytes(int(65_536)),
      };
    case 6:
      return { kind: 'mutated csv', name: 'dv.csv', bytes: mutate(csvOf(rows)) };
    case 7:
      return { kind: 'mutated xlsx bytes', name: 'dv.xlsx', bytes: mutate(await xlsxOf(rows)) };
    case 8:
      return {
        kind: 'mutated xlsx xml',
        name: 'dv.xlsx',
        bytes: await mutateXlsxXml(await xlsxOf(rows)),
      };
    case 9: {
      const bytes = await cached('many rows', () =>
        Buffer.from(Array.from({ length: 200_001 }, (_, r) => `a${r}`).join('\n')),
      );
      return { kind: 'too many rows', name: 'dai.csv', bytes };
    }
    default:
      return random() < 0.5
        ? { kind: 'valid csv', name: 'dv.csv', bytes: csvOf(rows) }
        : { kind: 'valid xlsx', name: 'dv.xlsx', bytes: await xlsxOf(rows) };
  }
}

// ---- driving one file through one importer -----------------------------------------------------
async function rowCounts(): Promise<string> {
  const { rows } = await pool.query(
    `SELECT (SELECT count(*) FROM organisations) o, (SELECT count(*) FROM organisation_successions) s,
            (SELECT count(*) FROM unit_results) r, (SELECT count(*) FROM unit_result_nodes) n,
            (SELECT string_agg(version::text, ',' ORDER BY id) FROM frameworks) f`,
  );
  return JSON.stringify(rows[0]);
}
async function frameworkVersion(id: string): Promise<number> {
  const { rows } = await pool.query('SELECT version FROM frameworks WHERE id = $1', [id]);
  return rows[0].version as number;
}

async function send(importer: Importer, file: FuzzFile, dryRun: boolean) {
  const boundary = `----parplanfuzz${int(1e9)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.name.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv'}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const headers: Record<string, string> = {
    ...signedIn,
    'content-type': `multipart/form-data; boundary=${boundary}`,
  };
  const query = dryRun ? '?dryRun=true' : '';
  let url = `/api/organisations/import${query}`;
  if (importer === 'results') url = `/api/frameworks/${resultsFramework}/results/import${query}`;
  if (importer === 'nodes') {
    url = `/api/frameworks/${nodesFramework}/nodes/import${query}`;
    if (!dryRun) headers['if-match'] = `"${await frameworkVersion(nodesFramework)}"`;
  }
  return app.inject({ method: 'POST', url, headers, payload });
}

interface Summary {
  files: number;
  byStatus: Map<number, number>;
  byKind: Map<string, number>;
  crashes: string[];
  partialWrites: string[];
  notVietnamese: string[];
}
const summaries = new Map<Importer, Summary>();
let maxMainHeap = 0;
const started = performance.now();
for (const importer of ['organisations', 'results', 'nodes'] as const) {
  const summary: Summary = {
    files: 0,
    byStatus: new Map(),
    byKind: new Map(),
    crashes: [],
    partialWrites: [],
    notVietnamese: [],
  };
  summaries.set(importer, summary);
  for (let n = 0; n < FILES; n++) {
    const file = await generate(importer);
    const dryRun = random() < 0.5;
    const before = await rowCounts();
    const response = await send(importer, file, dryRun);
    const status = response.statusCode;
    summary.files++;
    summary.byStatus.set(status, (summary.byStatus.get(status) ?? 0) + 1);
    summary.byKind.set(file.kind, (summary.byKind.get(file.kind) ?? 0) + 1);
    const label = `${importer} #${n} ${file.kind} ${file.name} → ${status}`;
    if (status >= 500 || status < 200 || (status >= 300 && status < 400))
      summary.crashes.push(`${label} ${response.body.slice(0, 200)}`);
    else if (status >= 400) {
      const message = (response.json() as { message?: string }).message ?? '';
      if (!VIETNAMESE.test(message)) summary.notVietnamese.push(`${label} ${message}`);
    }
    if ((status >= 400 || dryRun) && (await rowCounts()) !== before)
      summary.partialWrites.push(`${label}${dryRun ? ' (dry run)' : ''}`);
    maxMainHeap = Math.max(maxMainHeap, process.memoryUsage().heapUsed);
    if ((n + 1) % 1000 === 0)
      console.log(
        `${importer}: ${n + 1}/${FILES} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s in all, seed ${values.seed}`);
for (const [importer, summary] of summaries) {
  const statuses = [...summary.byStatus]
    .sort()
    .map(([s, c]) => `${s}×${c}`)
    .join(' ');
  console.log(
    `${importer}: ${summary.files} files | ${statuses} | crashes ${summary.crashes.length} | ` +
      `partial writes ${summary.partialWrites.length} | 4xx without Vietnamese ${summary.notVietnamese.length}`,
  );
  console.log(`  kinds: ${[...summary.byKind].map(([k, c]) => `${k} ${c}`).join(', ')}`);
  for (const line of [...summary.crashes, ...summary.partialWrites, ...summary.notVietnamese].slice(
    0,
    10,
  ))
    console.log(`  ! ${line}`);
}
console.log(
  `max heap: main thread ${mb(maxMainHeap)} (rss now ${mb(process.memoryUsage().rss)}), ` +
    `reader workers ${mb(readerStats.maxWorkerHeapBytes)} of their 512 MB limit; ` +
    `worker timeouts ${readerStats.timeouts}, worker deaths ${readerStats.crashes}`,
);
const failed = [...summaries.values()].some(
  (s) => s.crashes.length + s.partialWrites.length + s.notVietnamese.length > 0,
);
await app.close();
await pool.end();
await embedded.stop();
process.exit(failed ? 1 : 0);
