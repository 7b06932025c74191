// Sao lưu / khôi phục round trip: an embedded cluster with reports and evidence files, backed up
// ONLINE while a loop keeps inserting audit rows (request_id load-000000, load-000001 … in commit
// order), restored into a new data directory and started as a second server. Every table equals
// the source exactly (row count and md5 of its rows) except the loaded rows, which must be a
// prefix of the source's — at least those committed before the backup began — and every evidence
// file has the source's sha256. A second restore into the now non-empty directory is refused.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { fixedDayClock } from '../clock';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';
import { migrateAsOwner } from '../db/migrate';
import { createThrowawayDir } from '../../../test/throwaway-postgres';
import { buildReportFixture, pdfBytes, reportUrl } from '../../../test/report-fixtures';
import { multipartFile, TEST_TODAY, type TestApp } from '../../../test/test-app';
import { waitFor } from '../../../test/wait-for';
import { checksumTable, listUserTables } from './backup.repository';
import { hashFile } from './backup-files';
import { backupEmbedded } from './embedded-backup';
import { restoreEmbedded, RestoreTargetNotEmptyError } from './embedded-restore';

const source = createThrowawayDir('parplan-backup-source-');
const target = createThrowawayDir('parplan-backup-target-');
const archives = createThrowawayDir('parplan-backup-archive-');
const sourceEvidence = join(source.dir, 'evidence');
const targetEvidence = join(target.dir, 'evidence');
const archive = join(archives.dir, 'sao-luu.tar.gz');
const running: EmbeddedDatabase[] = [];
let t: TestApp;
let tenantId: string;

const onDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

beforeAll(async () => {
  mkdirSync(sourceEvidence, { recursive: true });
  const embedded = await startEmbeddedPostgres(source.dir);
  running.push(embedded);
  await migrateAsOwner(embedded.ownerUrl, embedded.appRole);
  const database = connectDatabase(embedded.appUrl, 5);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    EVIDENCE_DIR: sourceEvidence,
  });
  const app = await buildApp({
    config,
    db: database.db,
    embedded: false,
    logger: false,
    clock: fixedDayClock(TEST_TODAY),
    dossierUploadFolder: join(source.dir, 'dossier-uploads'),
  });
  await app.ready();
  t = {
    ...database,
    url: embedded.appUrl,
    ownerUrl: embedded.ownerUrl,
    app,
    setToday: () => {},
    drop: async () => {},
    close: async () => {
      await app.close();
      await database.pool.end();
    },
  };
  const f = await buildReportFixture(t);
  tenantId = f.tenantId;
  const nv = await f.client(f.users.nvEditor);
  // Two files for Phòng Nội vụ's task (the unit's own part of the plan).
  for (const index of [0, 1]) {
    const { payload, headers } = multipartFile(
      `minh-chung-${index}.pdf`,
      pdfBytes(`minh chứng ${index}`),
      'application/pdf',
    );
    const uploaded = await nv.request(
      'POST',
      `${reportUrl(f.plan, '2024-Q1', f.nvId)}/evidence?taskId=${f.plan.tasks[0]!.id}`,
      { payload, headers },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
  for (const server of running) await server.stop();
  for (const folder of [source, target, archives]) folder.remove();
});

/** Inserts audit rows one by one (each its own commit) until stopped; returns how many. */
function startWriteLoad(pool: pg.Pool) {
  let committed = 0;
  let stopping = false;
  const done = (async () => {
    while (!stopping) {
      await pool.query(
        `INSERT INTO audit_events (tenant_id, action, outcome, object_type, request_id)
         VALUES ($1, 'load.write', 'ok', 'load', $2)`,
        [tenantId, `load-${String(committed).padStart(6, '0')}`],
      );
      committed++;
    }
  })();
  return {
    committed: () => committed,
    stop: async () => {
      stopping = true;
      await done;
      return committed;
    },
  };
}

const LOADED = `request_id LIKE 'load-%'`;

async function snapshot(superuserUrl: string) {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const tables: Record<string, { rows: number; md5: string }> = {};
    for (const table of await listUserTables(client))
      tables[table] = await checksumTable(
        client,
        table,
        table === 'public.audit_events' ? `NOT (${LOADED})` : 'true',
      );
    const loaded = await client.query<{ request_id: string }>(
      `SELECT request_id FROM audit_events WHERE ${LOADED} ORDER BY request_id`,
    );
    return { tables, loaded: loaded.rows.map((row) => row.request_id) };
  } finally {
    await client.end();
  }
}

async function hashesUnder(dir: string) {
  const hashes: Record<string, string> = {};
  for (const tenant of readdirSync(dir))
    for (const file of readdirSync(join(dir, tenant)))
      hashes[`${tenant}/${file}`] = (await hashFile(join(dir, tenant, file))).sha256;
  return hashes;
}

describe('backup and restore of the embedded database with its evidence', () => {
  it('restores, from a backup taken under write load, the source as of the backup’s stop point', async () => {
    const load = startWriteLoad(t.pool);
    await waitFor(() => load.committed() >= 20, 30_000, 'the write load to start');
    const before = load.committed();
    const progress: string[] = [];
    const manifest = await backupEmbedded({
      dataDir: source.dir,
      evidenceDir: sourceEvidence,
      out: archive,
      now: new Date('2026-06-15T03:00:00Z'),
      progress: (line) => progress.push(line),
    });
    const after = load.committed();
    const total = await load.stop();
    expect(after).toBeGreaterThan(before); // the load really ran during the backup
    expect(manifest.kind).toBe('physical');
    expect(manifest.evidence).toHaveLength(2);
    expect(manifest.missingEvidence).toEqual([]);
    expect(manifest.rowCounts['public.evidence_files']).toBe(2);
    expect(progress.some((line) => line.startsWith('Bắt đầu sao lưu tại WAL '))).toBe(true);

    const restored = await restoreEmbedded({
      file: archive,
      dataDir: target.dir,
      evidenceDir: targetEvidence,
    });
    expect(restored.evidenceFiles).toBe(2);

    const sourceServer = running[0]!;
    const second = await startEmbeddedPostgres(target.dir, { restartOnCrash: false });
    running.push(second);
    expect(second.isNew).toBe(false);
    const from = await snapshot(onDatabase(sourceServer.superuserUrl, 'parplan'));
    const to = await snapshot(onDatabase(second.superuserUrl, 'parplan'));

    expect(Object.keys(to.tables)).toEqual(Object.keys(from.tables));
    expect(to.tables).toEqual(from.tables);
    expect(from.loaded).toHaveLength(total);
    expect(to.loaded.length).toBeGreaterThanOrEqual(before);
    expect(to.loaded.length).toBeLessThanOrEqual(total);
    expect(to.loaded).toEqual(from.loaded.slice(0, to.loaded.length));
    expect(restored.rowCounts['public.audit_events']).toBe(
      from.tables['public.audit_events']!.rows + to.loaded.length,
    );

    expect(await hashesUnder(targetEvidence)).toEqual(await hashesUnder(sourceEvidence));
    expect(Object.keys(await hashesUnder(targetEvidence))).toHaveLength(2);
    await second.stop();
    running.pop();
  }, 180_000);

  it('refuses to restore over a non-empty data directory without --force', async () => {
    const failure = await restoreEmbedded({
      file: archive,
      dataDir: target.dir,
      evidenceDir: targetEvidence,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RestoreTargetNotEmptyError);
    expect((failure as Error).message).toContain('thêm --force');
  }, 60_000);
});
