// Plumbing for benches and scripts that drive the app with `app.inject`: a signed-in user's
// cookies and CSRF header, kept as a browser would keep them.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/server/db/client';
import { buildSession } from './factories';

type User = Parameters<typeof buildSession>[1];

/** Headers for a write as `user`: the session and CSRF cookies plus the `x-csrf-token` header. */
export async function signedInHeaders(
  app: FastifyInstance,
  db: Database,
  user: User,
): Promise<Record<string, string>> {
  const cookies = new Map([['parplan_session', await buildSession(db, user)]]);
  const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const me = await app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { cookie: cookie() },
  });
  for (const set of me.cookies) cookies.set(set.name, set.value);
  return { cookie: cookie(), 'x-csrf-token': (me.json() as { csrfToken: string }).csrfToken };
}
