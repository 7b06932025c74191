// Plumbing: what the session hook attaches to each request, and the clock buildApp decorates the app with.
import type { Actor } from '@domain/permissions/can';
import type { Clock } from '../clock';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's clock (`buildApp({ clock })`): the only source of "today" and "now". */
    clock: Clock;
  }
  interface FastifyRequest {
    /** The signed-in user's identity and role grants; null when nobody is signed in. */
    actor: Actor | null;
    /** SHA-256 of the session token, to end this session on logout. */
    sessionTokenHash: string | null;
  }
  interface FastifyContextConfig {
    /** What the route does, checked by the policy module; every /api route must declare one. */
    action?: string;
  }
}

export {};
