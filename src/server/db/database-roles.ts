// Plumbing: the embedded server's two login roles, created (or upgraded) by its superuser at every
// start. The owner role owns the database and everything in it and runs the migrations; the app
// role owns nothing and gets its table rights from the owner after migrating (app-rights.ts).
import pg from 'pg';

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A login role and its password. */
export interface LoginRole {
  name: string;
  password: string;
}

async function upsertLoginRole(client: pg.Client, role: LoginRole, createDb: boolean) {
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
  const rights = `LOGIN NOSUPERUSER ${createDb ? 'CREATEDB' : 'NOCREATEDB'} NOCREATEROLE PASSWORD ${quoteLiteral(role.password)}`;
  await client.query(
    `${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${quoteIdent(role.name)} WITH ${rights}`,
  );
}

/**
 * Creates the owner and app roles and the database the owner owns. A database from an earlier
 * version, where the app role owned everything (so it could drop the audit trigger), is handed
 * over to the owner in place: the database, its schemas, tables, sequences and functions.
 */
export async function ensureDatabaseRoles(
  superuserUrl: string,
  options: {
    database: string;
    owner: LoginRole & { canCreateDatabases?: boolean };
    app: LoginRole;
  },
): Promise<void> {
  const { database, owner, app } = options;
  const server = new pg.Client({ connectionString: superuserUrl });
  await server.connect();
  try {
    await upsertLoginRole(server, owner, owner.canCreateDatabases ?? false);
    await upsertLoginRole(server, app, false);
    const exists = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    await server.query(
      exists.rowCount
        ? `ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(owner.name)}`
        : `CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(owner.name)} ENCODING 'UTF8'`,
    );
  } finally {
    await server.end();
  }
  const inDatabase = new pg.Client({ connectionString: withDatabase(superuserUrl, database) });
  await inDatabase.connect();
  try {
    await inDatabase.query(
      `REASSIGN OWNED BY ${quoteIdent(app.name)} TO ${quoteIdent(owner.name)}`,
    );
  } finally {
    await inDatabase.end();
  }
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
