// Plumbing for route tests: signing in through the login form like a browser, replaying a raw
// session cookie, and reading back what a request did (or did not) write.
import type { LightMyRequestResponse } from 'fastify';
import { and, eq, type SQL } from 'drizzle-orm';
import { auditEvents, organisations } from '../src/server/db/schema';
import { TestClient, type TestApp } from './test-app';

/**
 * Posts the login form from a fresh browser (at `from`, an IP address; 127.0.0.1 by default);
 * on success the client holds the cookies and CSRF token.
 */
export async function signInWithPassword(
  t: TestApp,
  login: string,
  password: string,
  from?: string,
): Promise<{ client: TestClient; response: LightMyRequestResponse }> {
  const client = new TestClient(t.app, from ? { remoteAddress: from } : {});
  const response = await client.post('/api/auth/login', { login, password });
  if (response.statusCode === 200) client.useCsrfToken(response.json().csrfToken);
  return { client, response };
}

/** The value of a cookie the response set, or undefined. */
export function cookieSet(response: LightMyRequestResponse, name: string) {
  return response.cookies.find((cookie) => cookie.name === name);
}

/** GET with only this session cookie, bypassing any cookie jar (a stolen or remembered cookie). */
export function getWithSessionCookie(t: TestApp, url: string, sessionCookie: string) {
  return t.app.inject({
    method: 'GET',
    url,
    headers: { cookie: `parplan_session=${sessionCookie}` },
  });
}

/** Organisations of a tenant, by code. */
export async function organisationCodesOf(t: TestApp, tenantId: string): Promise<string[]> {
  const rows = await t.db
    .select({ code: organisations.code })
    .from(organisations)
    .where(eq(organisations.tenantId, tenantId));
  return rows.map((row) => row.code).sort();
}

/** Audit events of a tenant matching extra conditions, oldest first. */
export async function auditEventsOf(t: TestApp, tenantId: string, ...conditions: SQL[]) {
  return t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), ...conditions))
    .orderBy(auditEvents.at);
}
