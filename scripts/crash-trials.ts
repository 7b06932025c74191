// Acceptance trials for crashes (issue 9): `npm run crash-trials -- [--trials 100] [--modes node,postgres,both]`.
// Each trial runs the real app (the built `dist/server/main.js`, rebuilt first when stale; one throwaway data directory reused across
// trials), signs in, creates organisations from several writers at once, kills the app, its
// PostgreSQL or both with SIGKILL at a random moment while writes are in flight, restarts as a
// supervisor would, and checks in the database that every acknowledged (2xx) write is there.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { findFreePort } from '../src/server/db/free-port';
import { ensureBuilt } from '../test/ensure-build';

type Mode = 'node' | 'postgres' | 'both';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '100' },
    modes: { type: 'string', default: 'node,postgres,both' },
  },
});
const TRIALS = Number(values.trials);
const MODES = values.modes.split(',') as Mode[];
const WRITERS = 4;
const RECOVERY_TIMEOUT_MS = 60_000;

ensureBuilt(['server']);
const dataDir = mkdtempSync(join(tmpdir(), 'parplan-crash-'));
chmodSync(dataDir, 0o755); // the postgres OS user keeps its cluster in dataDir/postgres
const port = await findFreePort();
const base = `http://127.0.0.1:${port}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let app: ChildProcess | null = null;
let appOutput = '';

function startApp(): ChildProcess {
  appOutput = '';
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.js'], {
    env: {
      ...process.env,
      PARPLAN_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PARPLAN_JOBS: 'false',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (appOutput += chunk));
  child.stderr!.on('data', (chunk) => (appOutput += chunk));
  return child;
}

const isRunning = (child: ChildProcess | null) =>
  child !== null && child.exitCode === null && child.signalCode === null;

/** Waits until /api/health answers 200; as a supervisor, restarts the app whenever it has exited. */
async function recover(): Promise<boolean> {
  const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isRunning(app)) app = startApp();
    const status = await fetch(`${base}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return true;
    await pause(100);
  }
  console.error(`recovery timed out; app output:\n${appOutput.slice(-3000)}`);
  return false;
}

async function signIn(): Promise<{ cookie: string; csrf: string; provinceId: string }> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'dongthap.admin', password: 'CaiCach#2024' }),
  });
  if (!login.ok) throw new Error(`login ${login.status}: ${await login.text()}`);
  const cookiesOf = (response: Response) =>
    response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const sessionCookies = cookiesOf(login);
  const meResponse = await fetch(`${base}/api/auth/me`, {
    headers: { cookie: sessionCookies.join('; ') },
  });
  const me = (await meResponse.json()) as { csrfToken: string };
  // /me sets the CSRF secret cookie: writes carry the cookies of both answers.
  const cookie = [...sessionCookies, ...cookiesOf(meResponse)].join('; ');
  const units = (await (
    await fetch(`${base}/api/organisations`, { headers: { cookie } })
  ).json()) as { items: { id: string; parentId: string | null }[] };
  const province = units.items.find((unit) => unit.parentId === null)!;
  return { cookie, csrf: me.csrfToken, provinceId: province.id };
}

/** Creates organisations until `stop()` is true; returns the ids the server acknowledged. */
async function write(
  session: Awaited<ReturnType<typeof signIn>>,
  prefix: string,
  shouldStop: () => boolean,
): Promise<string[]> {
  const acknowledged: string[] = [];
  for (let n = 0; !shouldStop(); n++) {
    const code = `${prefix}-${n}`;
    try {
      const response = await fetch(`${base}/api/organisations`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
        },
        body: JSON.stringify({
          parentId: session.provinceId,
          code,
          name: `Đơn vị thử ${code}`,
          type: 'department',
          validFrom: '2024-01-01',
        }),
      });
      if (response.status >= 200 && response.status < 300)
        acknowledged.push(((await response.json()) as { id: string }).id);
      else await response.arrayBuffer();
    } catch {
      await pause(20); // connection refused while the app is down
    }
  }
  return acknowledged;
}

function postmasterPid(): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

async function countPresent(ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { appPassword } = JSON.parse(readFileSync(join(dataDir, 'credentials.json'), 'utf8')) as {
    appPassword: string;
  };
  const pgPort = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3];
  const client = new pg.Client({
    connectionString: `postgres://parplan:${encodeURIComponent(appPassword)}@127.0.0.1:${pgPort}/parplan`,
  });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM organisations WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return Number(result.rows[0]!.n);
  } finally {
    await client.end();
  }
}

interface Tally {
  trials: number;
  restarts: number;
  acknowledged: number;
  lost: number;
  seconds: number;
}

async function trial(mode: Mode, index: number, tally: Tally): Promise<void> {
  const started = Date.now();
  if (!(await recover())) throw new Error('the app does not start at all');
  const session = await signIn();
  let stopped = false;
  const writers = Array.from({ length: WRITERS }, (_, w) =>
    write(session, `ct-${mode}-${process.pid}-${index}-${w}`, () => stopped),
  );
  // A random moment while writes are in flight.
  await pause(100 + Math.random() * 900);
  const appPid = app!.pid!;
  const postgresPid = postmasterPid();
  if (mode !== 'postgres') process.kill(appPid, 'SIGKILL');
  if (mode !== 'node') process.kill(postgresPid, 'SIGKILL');
  const restarted = await recover();
  stopped = true;
  const acknowledged = (await Promise.all(writers)).flat();
  if (restarted) tally.restarts++;
  tally.trials++;
  tally.acknowledged += acknowledged.length;
  tally.lost += acknowledged.length - (restarted ? await countPresent(acknowledged) : 0);
  tally.seconds += (Date.now() - started) / 1000;
}

const results = new Map<Mode, Tally>();
try {
  for (const mode of MODES) {
    const tally = { trials: 0, restarts: 0, acknowledged: 0, lost: 0, seconds: 0 };
    results.set(mode, tally);
    for (let index = 0; index < TRIALS; index++) {
      await trial(mode, index, tally);
      process.stdout.write(
        `\r${mode}: ${tally.trials}/${TRIALS} trials, ${tally.restarts} restarts, ${tally.acknowledged} acknowledged, ${tally.lost} lost   `,
      );
    }
    process.stdout.write('\n');
  }
} finally {
  if (isRunning(app)) {
    app!.kill('SIGTERM');
    await new Promise((resolve) => app!.once('exit', resolve));
  }
  rmSync(dataDir, { recursive: true, force: true });
}

console.log('\nmode      trials  restart ok  acknowledged writes  lost writes  s/trial');
for (const [mode, t] of results)
  console.log(
    `${mode.padEnd(9)} ${String(t.trials).padStart(6)}  ${String(t.restarts).padStart(10)}  ${String(t.acknowledged).padStart(19)}  ${String(t.lost).padStart(11)}  ${(t.seconds / Math.max(t.trials, 1)).toFixed(1).padStart(7)}`,
  );
const failed = [...results.values()].some((t) => t.lost > 0 || t.restarts < t.trials);
process.exit(failed ? 1 : 0);
