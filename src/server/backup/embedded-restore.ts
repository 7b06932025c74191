// Khôi phục: puts a physical backup into a NEW data directory — the cluster's files with the WAL in
// pg_wal and the backup_label beside them, so the first start replays the WAL to the backup's stop
// point (crash recovery to consistency, no recovery.signal) — restores the evidence files checking
// each hash, starts the server once to finish recovery and counts the rows.
import { existsSync, readdirSync } from 'node:fs';
import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { prepareClusterDir, recordedClusterDir } from '../db/cluster-location';
import { lockDataDir } from '../db/data-dir-lock';
import { DEFAULT_RUNTIME_DIR, startEmbeddedPostgres } from '../db/embedded-postgres';
import { postgresUserForThisProcess } from '../db/postgres-user';
import { countRowsPerTable } from './backup.repository';
import { chownTree, extractArchive, readText } from './backup-files';
import { parseManifest, type BackupManifest } from './backup-manifest';
import { restoreEvidence } from './evidence-copy';

/** Thrown when the target is not empty and --force was not given (bad usage, not a failure). */
export class RestoreTargetNotEmptyError extends Error {}

/** What to restore and where. */
export interface EmbeddedRestoreInput {
  file: string;
  dataDir: string;
  evidenceDir: string;
  /** Empty a non-empty target first (the app must not be running on it). */
  force?: boolean;
  runtimeDir?: string;
  progress?: (line: string) => void;
}

/** What the restore did. */
export interface RestoreSummary {
  manifest: BackupManifest;
  evidenceFiles: number;
  /** Rows per table of the restored application database. */
  rowCounts: Record<string, number>;
}

const isNonEmpty = (dir: string) =>
  existsSync(dir) && readdirSync(dir).some((entry) => entry !== 'parplan.lock');

/** Empties `dir` (and a relocated cluster) when asked to; refuses otherwise. */
async function clearTarget(dataDir: string, evidenceDir: string, force: boolean) {
  const busy = [dataDir, evidenceDir].filter(isNonEmpty);
  if (busy.length === 0) return;
  if (!force)
    throw new RestoreTargetNotEmptyError(
      `Thư mục ${busy.join(', ')} không trống: khôi phục vào một thư mục mới, hoặc thêm --force để xóa dữ liệu cũ.`,
    );
  const cluster = recordedClusterDir(dataDir);
  for (const dir of new Set([cluster, evidenceDir]))
    await rm(dir, { recursive: true, force: true });
  for (const entry of readdirSync(dataDir))
    if (entry !== 'parplan.lock') await rm(join(dataDir, entry), { recursive: true, force: true });
}

/** Restores the physical backup `file` into `dataDir` (and `evidenceDir`). */
export async function restoreEmbedded(input: EmbeddedRestoreInput): Promise<RestoreSummary> {
  const progress = input.progress ?? (() => {});
  const dataDir = resolve(input.dataDir);
  const evidenceDir = resolve(input.evidenceDir);
  // The lock first: the app must not be running on the target while we replace it.
  const unlock = lockDataDir(dataDir);
  const staging = await mkdtemp(join(tmpdir(), 'parplan-restore-'));
  try {
    await clearTarget(dataDir, evidenceDir, input.force ?? false);
    progress(`Đang giải nén ${input.file} …`);
    await extractArchive(resolve(input.file), staging);
    const manifest = parseManifest(await readText(join(staging, 'manifest.json')));
    if (manifest.kind !== 'physical')
      throw new Error(
        'Tệp này là bản sao lưu pg_dump (DATABASE_URL): khôi phục với DATABASE_URL đã đặt.',
      );
    await cp(join(staging, 'credentials.json'), join(dataDir, 'credentials.json'));
    await chmod(join(dataDir, 'credentials.json'), 0o600);
    const user = postgresUserForThisProcess();
    const runtimeDir = input.runtimeDir ?? DEFAULT_RUNTIME_DIR;
    const clusterDir = prepareClusterDir(dataDir, user, runtimeDir, progress);
    progress(`Đang chép cụm PostgreSQL vào ${clusterDir} …`);
    await cp(join(staging, 'postgres'), clusterDir, { recursive: true });
    if (user) await chownTree(clusterDir, user);
    await chmod(clusterDir, 0o700);
    const evidenceFiles = await restoreEvidence(
      join(staging, 'evidence'),
      evidenceDir,
      manifest.evidence,
    );
    progress(`Đã khôi phục ${evidenceFiles} tệp minh chứng (mã băm khớp).`);

    progress('Đang khởi động PostgreSQL để áp dụng WAL đến điểm nhất quán …');
    const embedded = await startEmbeddedPostgres(dataDir, {
      runtimeDir,
      restartOnCrash: false,
      database: manifest.database,
    });
    try {
      const url = new URL(embedded.superuserUrl);
      url.pathname = `/${manifest.database}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return { manifest, evidenceFiles, rowCounts: await countRowsPerTable(client) };
      } finally {
        await client.end();
      }
    } finally {
      await embedded.stop();
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    unlock();
  }
}
