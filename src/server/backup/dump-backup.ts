// Sao lưu với DATABASE_URL: the external server's `pg_dump -Fc` (from PATH, same major as the
// server or newer) and the evidence files in one .tar.gz with the same manifest; restore runs
// `pg_restore --clean --if-exists` into DATABASE_URL's database, then restores the evidence.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { countRowsPerTable, getServerVersion, listEvidenceStorageKeys } from './backup.repository';
import { extractArchive, readText, writeArchive } from './backup-files';
import { BACKUP_FORMAT_VERSION, parseManifest, type BackupManifest } from './backup-manifest';
import { copyEvidence, restoreEvidence } from './evidence-copy';
import { readAppVersion } from './app-version';

/** Runs a PostgreSQL client tool; a missing binary becomes one Vietnamese sentence. */
function runTool(tool: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `Không tìm thấy ${tool} trong PATH: cài gói postgresql-client cùng phiên bản chính với máy chủ (apt-get install postgresql-client).`,
            )
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${tool} thất bại (mã ${code}):\n${stderr}`)),
    );
  });
}

/** Backs up DATABASE_URL's database with pg_dump, and the evidence, into `out`. */
export async function backupWithDump(input: {
  url: string;
  evidenceDir: string;
  out: string;
  now: Date;
  progress?: (line: string) => void;
}): Promise<BackupManifest> {
  const progress = input.progress ?? (() => {});
  const out = resolve(input.out);
  const staging = await mkdtemp(join(dirname(out), '.parplan-backup-'));
  try {
    progress('Đang chạy pg_dump …');
    await runTool('pg_dump', ['-Fc', '-f', join(staging, 'database.dump'), '-d', input.url]);
    const client = new pg.Client({ connectionString: input.url });
    await client.connect();
    let version, rowCounts, keys;
    try {
      version = await getServerVersion(client);
      rowCounts = await countRowsPerTable(client);
      keys = await listEvidenceStorageKeys(client);
    } finally {
      await client.end();
    }
    progress(`Đang chép ${keys.length} tệp minh chứng …`);
    const evidence = await copyEvidence(input.evidenceDir, join(staging, 'evidence'), keys);
    const manifest: BackupManifest = {
      formatVersion: BACKUP_FORMAT_VERSION,
      kind: 'pg_dump',
      appVersion: readAppVersion(),
      postgresVersion: version.text,
      createdAt: input.now.toISOString(),
      database: new URL(input.url).pathname.slice(1),
      rowCounts,
      evidence: evidence.copied,
      missingEvidence: evidence.missing,
    };
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const entries = ['manifest.json', 'database.dump'];
    if (existsSync(join(staging, 'evidence'))) entries.push('evidence');
    await writeArchive(staging, entries, out);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Restores a pg_dump backup into DATABASE_URL's database and the evidence into `evidenceDir`. */
export async function restoreWithDump(input: {
  url: string;
  file: string;
  evidenceDir: string;
  progress?: (line: string) => void;
}): Promise<{
  manifest: BackupManifest;
  evidenceFiles: number;
  rowCounts: Record<string, number>;
}> {
  const progress = input.progress ?? (() => {});
  const staging = await mkdtemp(join(tmpdir(), 'parplan-restore-'));
  try {
    await extractArchive(resolve(input.file), staging);
    const manifest = parseManifest(await readText(join(staging, 'manifest.json')));
    if (manifest.kind !== 'pg_dump')
      throw new Error(
        'Tệp này là bản sao lưu của PostgreSQL nhúng: khôi phục khi chưa đặt DATABASE_URL.',
      );
    progress('Đang chạy pg_restore …');
    await runTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '-d',
      input.url,
      join(staging, 'database.dump'),
    ]);
    const evidenceFiles = await restoreEvidence(
      join(staging, 'evidence'),
      resolve(input.evidenceDir),
      manifest.evidence,
    );
    const client = new pg.Client({ connectionString: input.url });
    await client.connect();
    try {
      return { manifest, evidenceFiles, rowCounts: await countRowsPerTable(client) };
    } finally {
      await client.end();
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
