// Plumbing: every setting read once from the environment and validated with zod (documented in README).
import path from 'node:path';
import { z } from 'zod';

const boolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** External PostgreSQL ≥ 15; unset → an embedded server under PARPLAN_DATA_DIR/postgres. */
  DATABASE_URL: z.string().url().optional(),
  PARPLAN_DATA_DIR: z.string().default('./data'),
  /** Load the demo tenants when the embedded database is new (never in production). */
  PARPLAN_DEMO_DATA: boolean.default(true),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(10),
  /** Set the Secure flag on cookies (defaults to on in production, where HTTPS is expected). */
  COOKIE_SECURE: boolean.optional(),
  /** Behind a reverse proxy: trust X-Forwarded-* for client IP and protocol. */
  TRUST_PROXY: boolean.default(false),
  /** Login attempts allowed per client IP per minute (the per-IP cap on top of per-account delays). */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where evidence files are kept (outside the web root); default PARPLAN_DATA_DIR/evidence. */
  EVIDENCE_DIR: z.string().optional(),
});

/** The validated configuration. */
export type Config = z.infer<typeof configSchema> & { cookieSecure: boolean; evidenceDir: string };

/** Parses the environment; throws a readable message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  return {
    ...config,
    cookieSecure: config.COOKIE_SECURE ?? config.NODE_ENV === 'production',
    evidenceDir: path.resolve(config.EVIDENCE_DIR ?? path.join(config.PARPLAN_DATA_DIR, 'evidence')),
  };
}
