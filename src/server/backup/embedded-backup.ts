// Sao lưu trực tuyến: a consistent online backup of the embedded cluster and the evidence files in
// one .tar.gz, through PostgreSQL's low-level base backup API ("Making a Base Backup Using the Low
// Level API"): a temporary slot keeps the WAL, pg_backup_start, copy the data directory while the
// app keeps writing, pg_backup_stop, its backup_label beside the copy, then the WAL segments from
// the start to the stop point. Restoring replays that WAL to the stop point (embedded-restore.ts).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';
import {
  countRowsPerTable,
  getServerVersion,
  listEvidenceStorageKeys,
  startBaseBackup,
  stopBaseBackup,
} from './backup.repository';
import { copyFileInto, copyTree, writeArchive } from './backup-files';
import { reachEmbeddedCluster } from './embedded-connection';
import { BACKUP_FORMAT_VERSION, type BackupManifest } from './backup-manifest';
import { readAppVersion } from './app-version';
import { copyEvidence } from './evidence-copy';

/** Folders whose contents a base backup leaves out (kept empty); PostgreSQL docs, "Low Level API". */
const EMPTY_DIRS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIPPED_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'backup_label.old',
  'tablespace_map',
]);

const skipContents = (dir: string) => EMPTY_DIRS.has(dir) || basename(dir).startsWith('pgsql_tmp');
const skipFile = (file: string) =>
  SKIPPED_FILES.has(file) ||
  basename(file) === 'pg_internal.init' ||
  basename(file).startsWith('pgsql_tmp');

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

/** What to back up and where. */
export interface EmbeddedBackupInput {
  dataDir: string;
  evidenceDir: string;
  out: string;
  /** The instant recorded as the backup's creation (from the clock). */
  now: Date;
  database?: string;
  runtimeDir?: string;
  progress?: (line: string) => void;
}

/** Backs up the embedded cluster of `dataDir` and its evidence into `out`; returns the manifest. */
export async function backupEmbedded(input: EmbeddedBackupInput): Promise<BackupManifest> {
  const progress = input.progress ?? (() => {});
  const database = input.database ?? 'parplan';
  const out = resolve(input.out);
  const staging = await mkdtemp(join(dirname(out), '.parplan-backup-'));
  const target = await reachEmbeddedCluster(input.dataDir, {
    ...(input.runtimeDir ? { runtimeDir: input.runtimeDir } : {}),
    announce: progress,
  });
  try {
    const cluster = join(staging, 'postgres');
    const session = new pg.Client({ connectionString: target.superuserUrl() });
    await session.connect();
    let start, stop;
    try {
      start = await startBaseBackup(session, `parplan ${input.now.toISOString()}`);
      progress(`Bắt đầu sao lưu tại WAL ${start.startLsn}; đang chép thư mục dữ liệu …`);
      await copyTree(target.clusterDir, cluster, { skipContents, skipFile });
      stop = await stopBaseBackup(session);
      await writeFile(join(cluster, 'backup_label'), stop.labelFile);
      if (stop.tablespaceMap !== '')
        await writeFile(join(cluster, 'tablespace_map'), stop.tablespaceMap);
      // The slot still holds every segment from the start; the one with the stop point was
      // switched out by pg_backup_stop, so it is complete.
      const walDir = join(target.clusterDir, 'pg_wal');
      const segments = (await readdir(walDir)).filter(
        (name) =>
          (WAL_SEGMENT.test(name) && name >= start!.startWalFile && name <= stop!.stopWalFile) ||
          name.endsWith('.history'),
      );
      for (const name of segments)
        await copyFileInto(join(walDir, name), join(cluster, 'pg_wal', name));
      for (const folder of ['archive_status', 'summaries'])
        await mkdir(join(cluster, 'pg_wal', folder), { recursive: true, mode: 0o700 });
      progress(`Kết thúc sao lưu tại WAL ${stop.stopLsn}; đã chép ${segments.length} tệp WAL.`);
    } finally {
      await session.end(); // drops the temporary slot
    }

    const app = new pg.Client({ connectionString: target.superuserUrl(database) });
    await app.connect();
    let rowCounts, storageKeys, version;
    try {
      version = await getServerVersion(app);
      rowCounts = await countRowsPerTable(app);
      storageKeys = await listEvidenceStorageKeys(app);
    } finally {
      await app.end();
    }
    progress(`Đang chép ${storageKeys.length} tệp minh chứng …`);
    const evidence = await copyEvidence(input.evidenceDir, join(staging, 'evidence'), storageKeys);
    await copyFileInto(
      join(resolve(input.dataDir), 'credentials.json'),
      join(staging, 'credentials.json'),
    );
    const manifest: BackupManifest = {
      formatVersion: BACKUP_FORMAT_VERSION,
      kind: 'physical',
      appVersion: readAppVersion(),
      postgresVersion: version.text,
      createdAt: input.now.toISOString(),
      startLsn: start.startLsn,
      stopLsn: stop.stopLsn,
      database,
      rowCounts,
      evidence: evidence.copied,
      missingEvidence: evidence.missing,
    };
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    progress(`Đang nén vào ${out} …`);
    const entries = ['manifest.json', 'credentials.json', 'postgres'];
    if (existsSync(join(staging, 'evidence'))) entries.push('evidence');
    await writeArchive(staging, entries, out);
    return manifest;
  } finally {
    await target.release();
    await rm(staging, { recursive: true, force: true });
  }
}
