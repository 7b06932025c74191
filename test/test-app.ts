// Plumbing for route tests: the real app on a per-file database, driven with `inject`, and a small
// client that keeps cookies and sends the CSRF token like the browser does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp } from '../src/server/app';
import { systemClock, type Clock } from '../src/server/clock';
import { loadConfig } from '../src/server/config';
import type { UserRow } from '../src/server/users/user.repository';
import type { PlanImportQueue } from '../src/server/plan-imports/plan-import-job';
import type { DossierImportQueue } from '../src/server/dossiers/dossier-import-job';
import { buildSession } from './factories';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The day every server test takes as today unless it says otherwise (`createTestApp(env, { today })`
 * or `t.setToday(…)`): mid-2026, after the fixtures' 2024 plans and due dates and the units closed
 * on 30/06/2025, so "late" and "closed" hold without reading the wall clock. A Monday.
 */
export const TEST_TODAY = '2026-06-15';

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  /** Makes the app take `day` (YYYY-MM-DD) as today from the next request on. */
  setToday(day: string): void;
  close(): Promise<void>;
}

/** The app on a fresh database, its day fixed (TEST_TODAY unless `today`); `now` the instants' clock. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: {
    today?: string;
    now?: () => Date;
    webDist?: string;
    /** Where large plan documents are read (default: the app's own process). */
    planImportQueue?: PlanImportQueue;
    /** Where dossier imports go (default: run in the app's own process). */
    dossierImportQueue?: DossierImportQueue;
    /** A lower upload limit for dossier exports, to test the refusal without gigabytes. */
    dossierUploadMaxBytes?: number;
    /** Where uploaded dossier exports wait (default: a folder beside the test's evidence). */
    dossierUploadFolder?: string;
    /** Told of every route as the app registers it. */
    onRoute?: (route: RouteOptions) => void;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const evidenceDir = mkdtempSync(path.join(tmpdir(), 'parplan-evidence-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    EVIDENCE_DIR: evidenceDir,
    ...env,
  });
  // Instants (session and login-lock times) stay real unless a test fixes them: PostgreSQL's now()
  // writes the other half.
  let today = options.today ?? TEST_TODAY;
  const clock: Clock = { now: options.now ?? systemClock.now, today: () => today };
  const app = await buildApp({
    config,
    db: database.db,
    embedded: false,
    logger: false,
    clock,
    ...(options.webDist ? { webDist: options.webDist } : {}),
    ...(options.planImportQueue ? { planImportQueue: options.planImportQueue } : {}),
    ...(options.dossierImportQueue ? { dossierImportQueue: options.dossierImportQueue } : {}),
    ...(options.dossierUploadMaxBytes
      ? { dossierUploadMaxBytes: options.dossierUploadMaxBytes }
      : {}),
    dossierUploadFolder: options.dossierUploadFolder ?? path.join(evidenceDir, 'dossier-uploads'),
    ...(options.onRoute ? { onRoute: options.onRoute } : {}),
  });
  await app.ready();
  return {
    ...database,
    app,
    setToday: (day) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not an ISO date: ${day}`);
      today = day;
    },
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
    options: {
      body?: unknown;
      headers?: Record<string, string>;
      payload?: Buffer | string | Readable;
    } = {},
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
  put(url: string, body: unknown, headers?: Record<string, string>) {
    return this.request('PUT', url, { body, headers });
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

/**
 * The same body sent as a stream whose chunks break exactly `splitAt` bytes into the file, the way
 * a network delivers it: a cut at an upload limit that falls on a chunk boundary is the case
 * @fastify/multipart lets through as a short file instead of throwing.
 */
export function multipartFileInChunks(
  fileName: string,
  content: Buffer,
  contentType: string,
  splitAt: number,
) {
  const { payload, headers } = multipartFile(fileName, content, contentType);
  const fileStart = payload.indexOf('\r\n\r\n') + 4;
  const cut = fileStart + splitAt;
  return {
    payload: () => Readable.from([payload.subarray(0, cut), payload.subarray(cut)]),
    headers,
  };
}
