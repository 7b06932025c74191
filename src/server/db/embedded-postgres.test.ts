// The embedded server as root (these machines run as root; PostgreSQL then runs as the `postgres`
// OS user): data directories and binaries that user cannot reach, its own error lines on a failed
// start, and a restart when it is killed under us.
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from './embedded-postgres';
import { findPackagedNativeDir } from './postgres-binaries';
import { waitFor, isProcessAlive } from '../../../test/wait-for';

const isRoot = process.getuid?.() === 0;
const folders: string[] = [];
const running: EmbeddedDatabase[] = [];
afterAll(async () => {
  for (const server of running) await server.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder with the given mode (700: what `mktemp -d` and /root give). */
function folder(mode: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'parplan-embedded-'));
  chmodSync(dir, mode);
  folders.push(dir);
  return dir;
}

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one;
  } finally {
    await client.end();
  }
}

async function start(dataDir: string, options: Parameters<typeof startEmbeddedPostgres>[1] = {}) {
  const server = await startEmbeddedPostgres(dataDir, options);
  running.push(server);
  return server;
}

describe.runIf(isRoot)('the embedded PostgreSQL as root', () => {
  it('runs with a data directory inside a mode-700 folder, placing the cluster where postgres reaches it', async () => {
    const dataDir = join(folder(0o700), 'data');
    const runtimeDir = folder(0o755);
    const notices: string[] = [];
    const server = await start(dataDir, { runtimeDir, announce: (line) => notices.push(line) });
    expect(await selectOne(server.appUrl)).toBe(1);
    expect(server.clusterDir.startsWith(join(runtimeDir, 'clusters'))).toBe(true);
    expect(readFileSync(join(dataDir, 'postgres.location'), 'utf8').trim()).toBe(server.clusterDir);
    expect(notices.join('\n')).toContain(`cụm PostgreSQL nằm tại ${server.clusterDir}`);

    await server.stop();
    const again = await start(dataDir, { runtimeDir });
    expect(again.isNew).toBe(false);
    expect(again.clusterDir).toBe(server.clusterDir);
    await again.stop();
  }, 90_000);

  it('copies binaries the postgres user cannot execute to the runtime directory and runs the copy', async () => {
    const hidden = folder(0o700);
    const nativeDir = join(hidden, 'native');
    symlinkSync(findPackagedNativeDir(), nativeDir);
    const runtimeDir = folder(0o755);
    const server = await start(join(folder(0o755), 'data'), { nativeDir, runtimeDir });
    expect(await selectOne(server.superuserUrl)).toBe(1);
    const command = readFileSync(`/proc/${server.pid()}/cmdline`, 'utf8').split('\0')[0]!;
    expect(command.startsWith(runtimeDir)).toBe(true);
    await server.stop();
  }, 90_000);

  it('refuses in one Vietnamese sentence naming the binary when no copy is reachable either', async () => {
    const nativeDir = join(folder(0o700), 'native');
    symlinkSync(findPackagedNativeDir(), nativeDir);
    const runtimeDir = join(folder(0o700), 'runtime');
    const failure = await start(join(folder(0o755), 'data'), { nativeDir, runtimeDir }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(EmbeddedPostgresError);
    const message = (failure as Error).message;
    expect(message).toMatch(
      /^Người dùng hệ thống postgres không truy cập được \S+\/bin\/postgres:/,
    );
    expect(message).toContain(runtimeDir);
    expect(message.split('\n')).toHaveLength(1);
  }, 90_000);
});

describe('the embedded PostgreSQL when things go wrong', () => {
  it('shows PostgreSQL’s own error lines when the server does not start', async () => {
    const dataDir = join(folder(0o755), 'data');
    const server = await start(dataDir);
    await server.stop();
    appendFileSync(join(server.clusterDir, 'postgresql.conf'), '\nmax_connections = nhieu\n');
    const failure = await start(dataDir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmbeddedPostgresError);
    expect((failure as Error).message).toMatch(/^Không khởi động được PostgreSQL nhúng trong /);
    expect((failure as Error).message).toContain('invalid value for parameter "max_connections"');
  }, 90_000);

  it('stops an orphaned server still holding its cluster and starts its own', async () => {
    const dataDir = join(folder(0o755), 'data');
    // Nobody supervises it, as after a `kill -9` of the app that started it.
    const first = await start(dataDir, { restartOnCrash: false });
    const orphan = first.pid();
    const notices: string[] = [];
    const second = await start(dataDir, { announce: (line) => notices.push(line) });
    expect(isProcessAlive(orphan)).toBe(false);
    expect(notices).toContain(
      `Đã dừng PostgreSQL mồ côi (PID ${orphan}) còn lại từ lần chạy trước.`,
    );
    expect(await selectOne(second.appUrl)).toBe(1);
  }, 90_000);

  it('restarts the server on the same port when it is killed with SIGKILL', async () => {
    const server = await start(join(folder(0o755), 'data'));
    const killed = server.pid();
    process.kill(killed, 'SIGKILL');
    await waitFor(() => server.pid() !== killed, 30_000, 'a new postmaster');
    expect(await selectOne(server.appUrl)).toBe(1);
    expect(existsSync(join(server.clusterDir, 'postmaster.pid'))).toBe(true);
  }, 90_000);
});
