// Plumbing: runs `initdb` and the `postgres` server binary as child processes (as the postgres OS
// user when we are root), keeps the last lines PostgreSQL wrote so a failure can always show them,
// and reports when the server exits on its own.
import { spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresUser } from './postgres-user';

/** The last `capacity` lines a process wrote (PostgreSQL's own error explains most failures). */
export class LogTail {
  private readonly lines: string[] = [];
  constructor(
    private readonly capacity = 40,
    private readonly forward: (line: string) => void = () => {},
  ) {}

  push(chunk: string): void {
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      this.lines.push(line.trimEnd());
      if (this.lines.length > this.capacity) this.lines.shift();
      this.forward(line.trimEnd());
    }
  }

  /** The kept lines, indented, for printing under a Vietnamese message. */
  text(): string {
    return this.lines.map((line) => `  ${line}`).join('\n');
  }
}

interface SpawnTarget {
  binDir: string;
  clusterDir: string;
  user: PostgresUser | null;
}

function spawnAs(target: SpawnTarget, binary: string, args: string[]) {
  return spawn(join(target.binDir, binary), args, {
    ...(target.user ? { uid: target.user.uid, gid: target.user.gid } : {}),
    // The postgres user may not be able to enter our working directory (e.g. under /root).
    cwd: '/',
    // English messages: the readiness line below is matched by its text.
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs initdb on an empty `clusterDir`; on failure throws with initdb's own output attached. */
export async function initialiseCluster(
  target: SpawnTarget & { superuser: string; password: string; log: LogTail },
): Promise<void> {
  // The password file must be readable by the postgres user only, and only for initdb's run.
  const folder = mkdtempSync(join(tmpdir(), 'parplan-initdb-'));
  const passwordFile = join(folder, 'password');
  writeFileSync(passwordFile, `${target.password}\n`, { mode: 0o600 });
  if (target.user) {
    chownSync(folder, target.user.uid, target.user.gid);
    chownSync(passwordFile, target.user.uid, target.user.gid);
  }
  try {
    const child = spawnAs(target, 'initdb', [
      `--pgdata=${target.clusterDir}`,
      '--auth=scram-sha-256',
      `--username=${target.superuser}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      '--lc-messages=C',
    ]);
    child.stdout.on('data', (chunk: Buffer) => target.log.push(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => target.log.push(chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code !== 0) throw new Error(`initdb exited with ${code}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A running postgres server process. */
export interface PostgresProcess {
  pid: number;
  /** Resolves when the process exits, whoever caused it. */
  exited: Promise<void>;
  /** Fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL; resolves once it is gone. */
  stop(): Promise<void>;
}

const READY = 'database system is ready to accept connections';

/** Starts the server on 127.0.0.1:`port`; resolves once it accepts connections. */
export async function startPostgresProcess(
  target: SpawnTarget & { port: number; log: LogTail },
): Promise<PostgresProcess> {
  const child = spawnAs(target, 'postgres', [
    '-D',
    target.clusterDir,
    '-p',
    String(target.port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
    '-c',
    'lc_messages=C',
  ]);
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      target.log.push(text);
      if (text.includes(READY)) resolve();
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('error', reject);
    void exited.then(() => reject(new Error('postgres exited during start')));
  });
  const signalUntilGone = async () => {
    for (const [signal, timeoutMs] of [
      ['SIGINT', 20_000],
      ['SIGQUIT', 5_000],
      ['SIGKILL', 5_000],
    ] as const) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timedOut = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref()),
      ]);
      if (!timedOut) return;
    }
  };
  return { pid: child.pid!, exited, stop: signalUntilGone };
}
