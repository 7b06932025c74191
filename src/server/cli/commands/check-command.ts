// `parplan check`: what an operator verifies before (or after) starting the app — the database
// reachable and PostgreSQL ≥ 15, migrations up to date, free disk in the data and evidence
// folders, and the versions of node, npm and parplan. The configuration was already parsed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../../config';
import { connectDatabase } from '../../db/client';
import { MIGRATIONS_FOLDER } from '../../db/migrate';
import { getServerVersion } from '../../backup/backup.repository';
import { reachEmbeddedCluster, type EmbeddedTarget } from '../../backup/embedded-connection';
import { readAppVersion } from '../../backup/app-version';
import { countAppliedMigrations } from '../cli.repository';
import { describeFailure, EXIT } from '../cli-io';
import type { CommandResult } from './command-result';

/** Less free space than this in the data or evidence folder is reported as a problem. */
export const MIN_FREE_BYTES = 1024 ** 3;

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const gib = (bytes: number) =>
  `${(bytes / 1024 ** 3).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} GiB`;

/** Free bytes on the file system holding `path` (or its nearest existing parent). */
async function freeBytes(path: string): Promise<number> {
  let dir = resolve(path);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

function migrationsShipped(): number {
  const journal = JSON.parse(
    readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: unknown[] };
  return journal.entries.length;
}

async function checkDatabase(config: Config, checks: Check[]): Promise<boolean> {
  let target: EmbeddedTarget | null = null;
  // The owner reads the migrations' table; the app role may not.
  let url = config.DATABASE_OWNER_URL ?? config.DATABASE_URL;
  try {
    if (!url) {
      target = await reachEmbeddedCluster(config.PARPLAN_DATA_DIR, {
        runtimeDir: config.PARPLAN_RUNTIME_DIR,
      });
      url = target.superuserUrl('parplan');
    }
    const { db, pool } = connectDatabase(url, 1);
    try {
      const version = await getServerVersion(pool);
      checks.push({
        name: 'postgresql',
        ok: version.number >= 150000,
        detail: `PostgreSQL ${version.text}${version.number >= 150000 ? '' : ' (cần ≥ 15)'}${config.DATABASE_URL ? '' : ' nhúng'}${target?.wasRunning ? ', đang chạy cùng ứng dụng' : ''}`,
      });
      const applied = await countAppliedMigrations(db);
      const shipped = migrationsShipped();
      checks.push({
        name: 'migrations',
        ok: applied === shipped,
        detail:
          applied === shipped
            ? `Đủ ${shipped} migration.`
            : `Đã áp dụng ${applied}/${shipped} migration: chạy «parplan migrate».`,
      });
    } finally {
      await pool.end();
    }
    return true;
  } catch (error) {
    checks.push({ name: 'postgresql', ok: false, detail: describeFailure(error).message });
    return false;
  } finally {
    await target?.release();
  }
}

/** Runs every check; exit 4 when the database is unreachable, 1 when another check failed. */
export async function runCheck(config: Config): Promise<CommandResult & { exitCode: number }> {
  const checks: Check[] = [{ name: 'config', ok: true, detail: 'Cấu hình môi trường hợp lệ.' }];
  const reachable = await checkDatabase(config, checks);
  for (const [name, path] of [
    ['disk-data', config.PARPLAN_DATA_DIR],
    ['disk-evidence', config.evidenceDir],
  ] as const) {
    const free = await freeBytes(path);
    checks.push({
      name,
      ok: free >= MIN_FREE_BYTES,
      detail: `${resolve(path)}: còn trống ${gib(free)}${free >= MIN_FREE_BYTES ? '' : ` (dưới ${gib(MIN_FREE_BYTES)})`}`,
    });
  }
  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
  checks.push({
    name: 'versions',
    ok: true,
    detail: `node ${process.versions.node}, npm ${npm.status === 0 ? npm.stdout.trim() : 'không có'}, parplan ${readAppVersion()}`,
  });
  const exitCode = !reachable
    ? EXIT.database
    : checks.every((check) => check.ok)
      ? EXIT.ok
      : EXIT.failure;
  return {
    exitCode,
    lines: checks.map(
      (check) => `${check.ok ? '✓' : '✗'} ${check.name.padEnd(14)} ${check.detail}`,
    ),
    json: { ok: exitCode === EXIT.ok, checks },
  };
}
