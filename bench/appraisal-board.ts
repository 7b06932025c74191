// Benchmark: the council board (bảng tổng hợp của Hội đồng thẩm định) of a round with 700 units ×
// 90 criteria (63,000 entries with self and appraised scores) through GET
// /api/assessment-rounds/:id/board — authorisation; three reads in parallel (the units, the
// tenant's tree, and one set-based aggregate of the entries as per-unit JSON arrays); the
// domain's one-pass roll-up of both sides per unit over the framework flattened once; the gap
// sort; the response's schema check and serialisation — against a raw SQL aggregate of the same
// rows (per unit and area, the sums of self and appraised scores) in the same run. Each is timed
// warm, median of N runs. The aggregate itself is most of the board's time.
// Usage: npm run bench:appraisal-board [-- --units 700 --runs 7]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { signedInHeaders } from '../test/inject-session';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { connectDatabase } from '../src/server/db/client';
import { startThrowawayPostgres } from '../test/throwaway-postgres';
import { migrateAsOwner } from '../src/server/db/migrate';
import { buildOrganisation, buildTenant, buildUser } from '../test/factories';
import { buildFrameworkRow } from '../test/framework-factories';
import { addRoundUnit, buildRound } from '../test/assessment-appraisal-factories';
import type { FrameworkNode } from '../src/domain/frameworks/framework';

const { values } = parseArgs({
  options: { units: { type: 'string', default: '700' }, runs: { type: 'string', default: '7' } },
});
const UNITS = Number(values.units);
const RUNS = Number(values.runs);
const AREAS = 10;
const LEAVES_PER_AREA = 9;

const embedded = await startThrowawayPostgres('parplan-bench-');
const { db, pool } = connectDatabase(embedded.appUrl, 10);
await migrateAsOwner(embedded.ownerUrl, embedded.appRole);

const { tenant, root } = await buildTenant(db, 'Tỉnh Benchmark');
const nodes: FrameworkNode[] = Array.from({ length: AREAS }, (_, a) => [
  { code: `${a + 1}`, parentCode: null, name: `Lĩnh vực ${a + 1}`, maxPoints: LEAVES_PER_AREA },
  ...Array.from({ length: LEAVES_PER_AREA }, (_, l): FrameworkNode => ({
    code: `${a + 1}.${l + 1}`,
    parentCode: `${a + 1}`,
    name: `Tiêu chí ${a + 1}.${l + 1}`,
    maxPoints: 1,
    method: 'appraised',
    rule: { type: 'ratio' },
  })),
]).flat();
const leafCodes = nodes.filter((node) => node.parentCode !== null).map((node) => node.code);
const framework = await buildFrameworkRow(db, {
  tenantId: tenant.id,
  ownerOrganisationId: root.id,
  unitTypes: ['commune'],
  nodes,
  year: 2026,
});
const round = await buildRound(db, {
  tenantId: tenant.id,
  frameworkId: framework.id,
  ownerOrganisationId: root.id,
});
const unitIds: string[] = [];
for (let u = 0; u < UNITS; u++) {
  const unit = await buildOrganisation(db, {
    tenantId: tenant.id,
    parentId: root.id,
    type: 'commune',
  });
  await addRoundUnit(db, { tenantId: tenant.id, roundId: round.id, organisationId: unit.id });
  unitIds.push(unit.id);
}
// Self and appraised scores for every unit × criterion, in one statement.
await pool.query(
  `INSERT INTO assessment_entries (tenant_id, round_id, organisation_id, node_code, self_score, appraised_score_1)
   SELECT $1, $2, u.id, n.code, ((u.i * 7 + n.j * 13) % 101) / 100.0, ((u.i * 11 + n.j * 5) % 101) / 100.0
   FROM unnest($3::uuid[]) WITH ORDINALITY AS u(id, i), unnest($4::text[]) WITH ORDINALITY AS n(code, j)`,
  [tenant.id, round.id, unitIds, leafCodes],
);
const appraiser = await buildUser(db, {
  tenantId: tenant.id,
  homeOrganisationId: root.id,
  grants: [{ role: 'appraiser', organisationId: root.id }],
});

const app = await buildApp({
  config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }),
  db,
  embedded: true,
  logger: false,
});
await app.ready();
const headers = await signedInHeaders(app, db, appraiser);

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

async function timeBoard(): Promise<number> {
  const started = performance.now();
  const response = await app.inject({
    method: 'GET',
    url: `/api/assessment-rounds/${round.id}/board`,
    headers,
  });
  const elapsed = performance.now() - started;
  if (response.statusCode !== 200)
    throw new Error(`board: ${response.statusCode} ${response.body.slice(0, 300)}`);
  const rows = (response.json() as { rows: unknown[] }).rows.length;
  if (rows !== UNITS) throw new Error(`board rows ${rows} ≠ ${UNITS}`);
  return elapsed;
}

// The baseline: the same rows summed per unit and area by PostgreSQL alone.
async function timeRawAggregate(): Promise<number> {
  const started = performance.now();
  const result = await pool.query(
    `SELECT organisation_id, split_part(node_code, '.', 1) AS area,
            sum(self_score) AS self, sum(coalesce(appraised_score_2, appraised_score_1)) AS appraised
     FROM assessment_entries WHERE tenant_id = $1 AND round_id = $2
     GROUP BY organisation_id, split_part(node_code, '.', 1)`,
    [tenant.id, round.id],
  );
  const elapsed = performance.now() - started;
  if (result.rows.length !== UNITS * AREAS) throw new Error(`aggregate rows ${result.rows.length}`);
  return elapsed;
}

await timeBoard(); // warm-up: JIT, plan caches
await timeRawAggregate();
const boardSamples: number[] = [];
const rawSamples: number[] = [];
for (let run = 0; run < RUNS; run++) {
  boardSamples.push(await timeBoard());
  rawSamples.push(await timeRawAggregate());
}
const boardMs = median(boardSamples);
const rawMs = median(rawSamples);
console.log(
  `${UNITS} units × ${leafCodes.length} criteria = ${UNITS * leafCodes.length} entries, median of ${RUNS} runs`,
);
console.log(`council board (HTTP, roll-up)   ${boardMs.toFixed(1).padStart(8)} ms`);
console.log(`raw SQL aggregate (baseline)    ${rawMs.toFixed(1).padStart(8)} ms`);
console.log(`ratio board / baseline time: ${(boardMs / rawMs).toFixed(1)}×`);

await app.close();
await pool.end();
await embedded.stop();
