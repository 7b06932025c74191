// Benchmark: the province KPI page's API (GET /api/kpis/tree for a whole year) over 100 units ×
// 12 months, on N generated dossiers (default 5,000,000) — 200 requests through app.inject, p50
// and p99 — against the same numbers computed by a scan of the raw `dossiers` table (summing the
// counter bits per unit, then the same subtree sums) in the same run. Both must give equal
// counts for every unit. Goals: p50 < 50 ms and the API ≥ 100× faster than the scan.
// Dossiers are written by one `INSERT … SELECT generate_series` (columns derived from the row
// number: channel, level, fee, supplements, delay) with their counter bits computed in SQL by
// the rules of dossier-counters.ts for these generated shapes; rollups by one `INSERT … SELECT`
// summing the bits per (unit, field, Vietnam-time month).
// Usage: npm run bench:kpi-dashboard [-- --rows 300000 --requests 200 --scans 5]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { signedInHeaders } from '../test/inject-session';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { connectDatabase } from '../src/server/db/client';
import { startThrowawayPostgres } from '../test/throwaway-postgres';
import { migrateAsOwner } from '../src/server/db/migrate';
import { buildOrganisation, buildTenant, buildUser } from '../test/factories';
import { DOSSIER_COUNTERS, counterBit, totalsFromArray } from '../src/domain/kpis/dossier-counters';
import { subtreeTotals } from '../src/domain/kpis/kpi-tree';
import type { KpiTree } from '../src/contract/kpis';
import { listUnitCounts } from '../src/server/kpis/kpi.repository';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '5000000' },
    requests: { type: 'string', default: '200' },
    scans: { type: 'string', default: '5' },
  },
});
const ROWS = Number(values.rows);
const REQUESTS = Number(values.requests);
const SCANS = Number(values.scans);
const DISTRICTS = 10;
const UNITS = 100; // the province, 10 districts and 89 communes
const FIELDS = [
  'Hộ tịch',
  'Đất đai',
  'Tư pháp',
  'Xây dựng',
  'Đầu tư',
  'Lao động',
  'Y tế',
  'Giáo dục',
];
const YEAR = 2025;

const embedded = await startThrowawayPostgres('parplan-bench-');
const { db, pool } = connectDatabase(embedded.appUrl, 10);
await migrateAsOwner(embedded.ownerUrl, embedded.appRole);

const { tenant, root } = await buildTenant(db, 'Tỉnh Benchmark');
const units = [{ id: root.id, parentId: null as string | null }];
const districts: string[] = [];
for (let d = 0; d < DISTRICTS; d++) {
  const district = await buildOrganisation(db, {
    tenantId: tenant.id,
    parentId: root.id,
    type: 'district',
  });
  districts.push(district.id);
  units.push({ id: district.id, parentId: root.id });
}
for (let c = 0; units.length < UNITS; c++) {
  const parentId = districts[c % DISTRICTS]!;
  const commune = await buildOrganisation(db, { tenantId: tenant.id, parentId, type: 'commune' });
  units.push({ id: commune.id, parentId });
}
const focal = await buildUser(db, {
  tenantId: tenant.id,
  homeOrganisationId: root.id,
  grants: [{ role: 'focal', organisationId: root.id }],
});

const bit = (name: (typeof DOSSIER_COUNTERS)[number]) => counterBit(name);
// g → a dossier: unit g % 100, field g % 8, month g % 12 of YEAR (Vietnam time), day and hour
// spread; 60 % online (a third of them full), 10 % postal; a fee on a quarter, paid online on
// half of the online ones with a fee; 1 in 17 asked twice for a supplement; 1 in 20 still open;
// finished 0–6 days after receipt for a 5-day promise (6 days late). Paused days 0.
const insertStarted = performance.now();
await pool.query(
  `INSERT INTO dossiers (tenant_id, received_year, source, code, organisation_id, procedure_code,
     procedure_name, field, received_at, promised_at, finished_at, status, channel, online_level,
     paid_online, has_fee, supplement_requests, paused_days, digitised_file, digitised_result,
     electronic_result, satisfaction, complaint, counters)
   SELECT $1, $2, 'bench', 'HS-' || g, ($3::uuid[])[1 + g % $4], 'TT-' || (g % 40), 'Thủ tục ' || (g % 40),
     ($5::text[])[1 + (g / $4) % $6], r.at, r.at + interval '5 days',
     CASE WHEN s.open THEN NULL ELSE r.at + make_interval(days => (g % 7)::int) END,
     CASE WHEN s.open THEN 'processing' ELSE 'finished' END,
     s.channel, CASE WHEN s.channel = 'online' THEN CASE WHEN g % 3 = 0 THEN 'full' ELSE 'partial' END END,
     s.paid, s.fee, s.supplements, 0, g % 2 = 0, NOT s.open AND g % 3 = 0, NOT s.open AND g % 4 = 0,
     CASE WHEN g % 5 = 0 THEN NULL ELSE 1 + (g % 5) END, g % 97 = 0,
     ${bit('received')}
     | CASE WHEN NOT s.open THEN ${bit('finished')} ELSE 0 END
     | CASE WHEN NOT s.open AND g % 7 <= 5 AND s.supplements <= 1 THEN ${bit('finishedOnTime')} ELSE 0 END
     | CASE WHEN NOT s.open AND g % 7 <= 4 AND s.supplements <= 1 THEN ${bit('finishedEarly')} ELSE 0 END
     | CASE WHEN NOT s.open AND (g % 7 = 6 OR s.supplements > 1) THEN ${bit('finishedLate')} ELSE 0 END
     | CASE WHEN s.channel = 'online' THEN ${bit('online')} ELSE 0 END
     | CASE WHEN s.channel = 'online' AND g % 3 = 0 THEN ${bit('fullOnline')} ELSE 0 END
     | CASE WHEN s.fee THEN ${bit('withFee')} ELSE 0 END
     | CASE WHEN s.paid THEN ${bit('paidOnline')} ELSE 0 END
     | CASE WHEN g % 2 = 0 THEN ${bit('digitisedFile')} ELSE 0 END
     | CASE WHEN NOT s.open AND g % 3 = 0 THEN ${bit('digitisedResult')} ELSE 0 END
     | CASE WHEN NOT s.open AND g % 4 = 0 THEN ${bit('electronicResult')} ELSE 0 END
     | CASE WHEN g % 5 <> 0 THEN ${bit('rated')} ELSE 0 END
     | CASE WHEN g % 5 <> 0 AND 1 + (g % 5) <= 2 THEN ${bit('dissatisfied')} ELSE 0 END
     | CASE WHEN g % 97 = 0 THEN ${bit('complaint')} ELSE 0 END
     | CASE WHEN s.supplements > 1 THEN ${bit('repeatedSupplement')} ELSE 0 END
   FROM generate_series(1, $7::int) AS g
   CROSS JOIN LATERAL (SELECT make_timestamptz($2, 1 + (g / 7) % 12, 1 + g % 28, (g * 13) % 24, 0, 0,
     'Asia/Ho_Chi_Minh') AS at) r
   CROSS JOIN LATERAL (SELECT g % 20 = 0 AS open,
     CASE WHEN g % 10 < 6 THEN 'online' WHEN g % 10 = 9 THEN 'postal' ELSE 'counter' END AS channel,
     g % 4 = 0 AS fee, g % 4 = 0 AND g % 10 < 6 AND g % 8 = 0 AS paid,
     CASE WHEN g % 17 = 0 THEN 2 WHEN g % 5 = 0 THEN 1 ELSE 0 END AS supplements) s`,
  [tenant.id, YEAR, units.map((unit) => unit.id), UNITS, FIELDS, FIELDS.length, ROWS],
);
const insertMs = performance.now() - insertStarted;

const summedBits = DOSSIER_COUNTERS.map((_, index) => `sum((counters >> ${index}) & 1)`).join(', ');
const rollupStarted = performance.now();
await pool.query(
  `INSERT INTO dossier_rollups (tenant_id, organisation_id, field, month, counts)
   SELECT tenant_id, organisation_id, field,
          date_trunc('month', received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
          ARRAY[${summedBits}]::bigint[]
   FROM dossiers WHERE tenant_id = $1
   GROUP BY tenant_id, organisation_id, field, date_trunc('month', received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')`,
  [tenant.id],
);
const rollupMs = performance.now() - rollupStarted;
// Statistics as autovacuum would leave them; only the owner may ANALYZE.
const owner = new pg.Client({ connectionString: embedded.ownerUrl });
await owner.connect();
await owner.query('ANALYZE dossiers');
await owner.query('ANALYZE dossier_rollups');
await owner.end();
const rollupRows = Number(
  (await pool.query('SELECT count(*) AS n FROM dossier_rollups')).rows[0].n as string,
);

const app = await buildApp({
  config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }),
  db,
  embedded: true,
  logger: false,
});
await app.ready();
const headers = await signedInHeaders(app, db, focal);
const url = `/api/kpis/tree?from=${YEAR}-01&to=${YEAR}-12`;

async function requestTree(): Promise<{ ms: number; tree: KpiTree }> {
  const started = performance.now();
  const response = await app.inject({ method: 'GET', url, headers });
  const ms = performance.now() - started;
  if (response.statusCode !== 200)
    throw new Error(`tree: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return { ms, tree: response.json() as KpiTree };
}

// The baseline: the same year's numbers from the raw rows — each unit's own dossiers' counter
// bits summed by a scan, then the same subtree sums.
async function scanTree() {
  const started = performance.now();
  const result = await pool.query<{ organisation_id: string; counts: string[] }>(
    `SELECT organisation_id, ARRAY[${summedBits}]::bigint[] AS counts
     FROM dossiers
     WHERE tenant_id = $1 AND received_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')
       AND received_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')
     GROUP BY organisation_id`,
    [tenant.id, YEAR],
  );
  const own = new Map(
    result.rows.map((row) => [row.organisation_id, totalsFromArray(row.counts.map(Number))]),
  );
  const sums = subtreeTotals(units, own);
  return { ms: performance.now() - started, sums };
}

const first = await requestTree(); // warm-up, and the figures compared with the scan
const scans = [await scanTree()];
for (const unit of first.tree.units) {
  const scanned = scans[0]!.sums.get(unit.id)!;
  for (const counter of DOSSIER_COUNTERS)
    if (unit.totals[counter] !== scanned[counter])
      throw new Error(
        `${unit.code} ${counter}: API ${unit.totals[counter]} ≠ scan ${scanned[counter]}`,
      );
}
const province = first.tree.units.find((unit) => unit.id === root.id)!;
if (province.totals.received !== ROWS)
  throw new Error(`province received ${province.totals.received} ≠ ${ROWS}`);

const samples: number[] = [];
for (let i = 0; i < REQUESTS; i++) samples.push((await requestTree()).ms);
for (let i = 1; i < SCANS; i++) scans.push(await scanTree());
// The rollup statement alone (what the API spends in PostgreSQL), to read the rest as HTTP,
// session, schema check and serialisation.
const sqlSamples: number[] = [];
for (let i = 0; i < 50; i++) {
  const started = performance.now();
  await listUnitCounts(db, tenant.id, [root.id], `${YEAR}-01-01`, `${YEAR}-12-01`);
  sqlSamples.push(performance.now() - started);
}
const sqlP50 = sqlSamples.sort((a, b) => a - b)[25]!;
samples.sort((a, b) => a - b);
const percentile = (p: number) =>
  samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)]!;
const scanMs = scans.map((scan) => scan.ms).sort((a, b) => a - b)[Math.floor(scans.length / 2)]!;
const p50 = percentile(50);
const p99 = percentile(99);

console.log(
  `${ROWS.toLocaleString('en')} dossiers, ${UNITS} units × 12 months × ${FIELDS.length} fields = ${rollupRows} rollup rows`,
);
console.log(`insert (generate_series)          ${insertMs.toFixed(0).padStart(8)} ms`);
console.log(`rollups (one INSERT … SELECT)     ${rollupMs.toFixed(0).padStart(8)} ms`);
console.log(
  `province tree API, ${REQUESTS} requests  p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   (goal p50 < 50 ms)`,
);
console.log(`of which the rollup SQL, p50 of 50   ${sqlP50.toFixed(1).padStart(8)} ms`);
console.log(`raw table scan, median of ${SCANS}      ${scanMs.toFixed(1).padStart(8)} ms`);
console.log(
  `counts equal for all ${first.tree.units.length} units and ${DOSSIER_COUNTERS.length} counters: yes`,
);
console.log(`ratio scan / API p50: ${(scanMs / p50).toFixed(1)}× (goal ≥ 100×)`);

await app.close();
await pool.end();
await embedded.stop();
