// Plumbing for route tests: the real app on a per-file database, driven with `inject`, and a small
// client that keeps cookies and sends the CSRF token like the browser does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import type { UserRow } from '../src/server/users/user.repository';
import { buildSession } from '../src/server/db/seed/factories';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  close(): Promise<void>;
}

/** The app on a fresh database; `now` is the clock the login lock reads (default: the wall clock). */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { now?: () => Date } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const evidenceDir = mkdtempSync(path.join(tmpdir(), 'parplan-evidence-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    EVIDENCE_DIR: evidenceDir,
    ...env,
  });
  const app = await buildApp({
    config,
    db: database.db,
    embedded: false,
    logger: false,
    ...(options.now ? { now: options.now } : {}),
  });
  await app.ready();
  return {
    ...database,
    app,
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A signed-in (or anonymous) browser: cookie jar plus CSRF header on writes. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | null = null;

  /** `remoteAddress`: the client's IP as the server sees it (inject's default is 127.0.0.1). */
  constructor(
    private readonly app: FastifyInstance,
    private readonly options: { remoteAddress?: string } = {},
  ) {}

  /** Signs in as `user` through a factory-made session and fetches the CSRF token. */
  static async signedInAs(testApp: TestApp, user: UserRow): Promise<TestClient> {
    const client = new TestClient(testApp.app);
    client.cookies.set('parplan_session', await buildSession(testApp.db, user));
    const me = await client.request('GET', '/api/auth/me');
    if (me.statusCode !== 200) throw new Error(`session for ${user.login} failed: ${me.body}`);
    client.csrfToken = me.json().csrfToken;
    return client;
  }

  /** Remembers the CSRF token from a login response. */
  useCsrfToken(token: string): void {
    this.csrfToken = token;
  }

  async request(
    method: Method,
    url: string,
    options: { body?: unknown; headers?: Record<string, string>; payload?: Buffer | string } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(this.options.remoteAddress ? { remoteAddress: this.options.remoteAddress } : {}),
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
      ...(options.payload !== undefined ? { payload: options.payload } : {}),
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, { body: body ?? {}, headers });
  }
  patch(url: string, body: unknown, headers?: Record<string, string>) {
    return this.request('PATCH', url, { body, headers });
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

/** A multipart body with one file field, for import routes. */
export function multipartFile(
  fileName: string,
  content: Buffer | string,
  contentType = 'text/csv',
) {
  const boundary = `----parplan${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
