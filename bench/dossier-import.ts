// Benchmark: a province's dossier export (N rows, default 5,000,000) imported through the import
// pipeline — CSV reading, row validation, unit resolution, COPY into staging, one-transaction
// upsert and rollups — against a plain `COPY … FROM STDIN (FORMAT csv)` of the same file into a
// bare table of text columns in the same run. Prints rows/s of both, their ratio (goal ≥ 0.8×)
// and the peak RSS of this process (goal ≤ 300 MB).
// Usage: npm run bench:dossier-import [-- --rows 200000 --units 100]
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { from as copyFrom } from 'pg-copy-streams';
import { systemClock } from '../src/server/clock';
import { connectDatabase } from '../src/server/db/client';
import { migrateAsOwner } from '../src/server/db/migrate';
import { buildOrganisation, buildTenant } from '../test/factories';
import { insertDossierImportJob } from '../src/server/dossiers/dossier-import-job.repository';
import { runDossierImportJob } from '../src/server/dossiers/dossier-import-job';
import { createThrowawayDir, startThrowawayPostgres } from '../test/throwaway-postgres';
import { EXPORT_FIELDS, writeDossierExport } from './dossier-export-file';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '5000000' },
    units: { type: 'string', default: '100' },
  },
});
const ROWS = Number(values.rows);
const UNITS = Number(values.units);

// Peak RSS: sampled every 50 ms, and the kernel's own maximum at the end.
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const embedded = await startThrowawayPostgres('parplan-bench-');
const folder = createThrowawayDir('parplan-bench-dossiers-');
// Whatever happens (a failed check throws), the throwaway server is stopped and the file removed.
try {
  const { db, pool } = connectDatabase(embedded.appUrl, 4);
  await migrateAsOwner(embedded.ownerUrl, embedded.appRole);
  const { tenant, root } = await buildTenant(db, 'Tỉnh Benchmark');
  const unitCodes: string[] = [];
  for (let u = 0; u < UNITS; u++)
    unitCodes.push(
      (await buildOrganisation(db, { tenantId: tenant.id, parentId: root.id, code: `DV${u}` }))
        .code,
    );

  // The export, written in chunks (never held whole): deterministic values the reader accepts.
  const file = join(folder.dir, 'ho-so.csv');
  const FIELDS = EXPORT_FIELDS;
  const writeStarted = performance.now();
  await writeDossierExport(file, ROWS, unitCodes);
  console.log(
    `wrote ${ROWS.toLocaleString('en')} rows in ${((performance.now() - writeStarted) / 1000).toFixed(1)} s`,
  );

  // Baseline: the same file COPYed as CSV into a bare table of text columns (owner role: the app
  // role may not create tables).
  const { pool: ownerPool } = connectDatabase(embedded.ownerUrl, 1);
  await ownerPool.query(
    `CREATE UNLOGGED TABLE bare_dossiers (${FIELDS.map((f) => `"${f}" text`).join(', ')})`,
  );
  const copyStarted = performance.now();
  const copyClient = await ownerPool.connect();
  await pipeline(
    createReadStream(file, { highWaterMark: 1 << 20 }),
    copyClient.query(copyFrom('COPY bare_dossiers FROM STDIN WITH (FORMAT csv, HEADER true)')),
  );
  copyClient.release();
  const copyMs = performance.now() - copyStarted;

  // The pipeline, as the background job runs it.
  const job = await insertDossierImportJob(db, {
    tenantId: tenant.id,
    source: 'bench',
    fileName: 'ho-so.csv',
    format: 'csv',
    mode: 'valid_rows',
    sizeBytes: 0,
    filePath: file,
    createdBy: null,
    now: systemClock.now(),
  });
  const importStarted = performance.now();
  let phaseStarted = importStarted;
  const phases: string[] = [];
  const trace = (phase: string) => {
    const at = performance.now();
    phases.push(`${phase} ${((at - phaseStarted) / 1000).toFixed(2)} s`);
    phaseStarted = at;
  };
  const outcome = await runDossierImportJob(
    { db, pool, clock: systemClock, progressEvery: 100_000, trace },
    { tenantId: tenant.id, jobId: job.id, keepFile: true },
  );
  const importMs = performance.now() - importStarted;
  if (!outcome || outcome.status !== 'succeeded' || outcome.rowsInserted !== ROWS)
    throw new Error(`import did not write every row: ${JSON.stringify(outcome)?.slice(0, 800)}`);
  const rollupRows = await pool.query('SELECT count(*)::int AS n FROM dossier_rollups');

  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const rate = (ms: number) => Math.round(ROWS / (ms / 1000));
  console.log(`pipeline phases: ${phases.join(', ')}`);
  console.log(`rollup rows: ${rollupRows.rows[0].n}`);
  console.log(
    `import pipeline   ${(importMs / 1000).toFixed(2).padStart(8)} s  ${rate(importMs).toLocaleString('en').padStart(10)} rows/s`,
  );
  console.log(
    `plain COPY (csv)  ${(copyMs / 1000).toFixed(2).padStart(8)} s  ${rate(copyMs).toLocaleString('en').padStart(10)} rows/s`,
  );
  console.log(`ratio pipeline / COPY rows/s: ${(copyMs / importMs).toFixed(2)}× (goal ≥ 0.8×)`);
  console.log(`peak RSS of this process: ${Math.round(peakRss / 1048576)} MB (goal ≤ 300 MB)`);

  await pool.end();
  await ownerPool.end();
} finally {
  clearInterval(sampler);
  folder.remove();
  await embedded.stop();
}
