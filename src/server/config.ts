// Plumbing: every setting read once from the environment and validated with zod (documented in README).
import path from 'node:path';
import { z } from 'zod';
import type { ReminderSettings } from '@domain/reminders/reminders';
import { DEFAULT_TWO_FACTOR_ROLES } from '@domain/accounts/two-factor';
import { ROLES, type Role } from '@domain/permissions/role';
import type { MailerConfig } from './notifications/mailer';
import { fixedDayClock, systemClock, type Clock } from './clock';

const boolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** External PostgreSQL ≥ 15; unset → an embedded server under PARPLAN_DATA_DIR/postgres. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * With DATABASE_URL: the role that owns the database, used only to migrate, grant the
   * DATABASE_URL role its table rights and run pg-boss. Unset → DATABASE_URL does it all (warned).
   */
  DATABASE_OWNER_URL: z.string().url().optional(),
  PARPLAN_DATA_DIR: z.string().default('./data'),
  /**
   * As root only: where PostgreSQL's binaries are copied and its cluster placed when the `postgres`
   * OS user cannot reach the checkout or PARPLAN_DATA_DIR (e.g. under /root, mode 700).
   */
  PARPLAN_RUNTIME_DIR: z.string().default('/var/lib/parplan'),
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
  /**
   * Seconds a signed-in request may reuse a session read from the database (0: read every time;
   * default 5, and 0 under NODE_ENV=test unless set). Revocations drop entries at once.
   */
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).optional(),
  /** Set the Secure flag on cookies (defaults to on in production, where HTTPS is expected). */
  COOKIE_SECURE: boolean.optional(),
  /** Behind a reverse proxy: trust X-Forwarded-* for client IP and protocol. */
  TRUST_PROXY: boolean.default(false),
  /** Login attempts allowed per client IP per minute (the per-IP cap on top of per-account delays). */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where evidence files are kept (outside the web root); default PARPLAN_DATA_DIR/evidence. */
  EVIDENCE_DIR: z.string().optional(),
  /** SMTP server for e-mail notices; unset → e-mail disabled (notices still show in the app). */
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** true = implicit TLS (port 465); false lets the server offer STARTTLS. */
  SMTP_SECURE: boolean.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('parplan <no-reply@localhost>'),
  /** Nhắc trước hạn: whole days before a due date, comma-separated (empty: none). */
  REMINDER_DAYS_BEFORE: z
    .string()
    .default('3,1')
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map(Number),
    )
    .pipe(
      z
        .array(z.number().int().min(1).max(60))
        .refine((days) => new Set(days).size === days.length, 'Số ngày bị lặp lại.'),
    ),
  /** Báo cáo lãnh đạo: days after the due date when the unit's leader and the focal unit hear. */
  REMINDER_ESCALATE_AFTER_DAYS: z.coerce.number().int().min(1).max(90).default(3),
  /** Run the scheduled jobs (daily reminders at 07:00 Vietnam time); off in tests. */
  PARPLAN_JOBS: boolean.default(true),
  /**
   * Vai trò bắt buộc xác thực hai bước, comma-separated (e.g. `admin,focal`; empty: none). Unset:
   * admin,focal in production, none in development and test (the demo logins and journeys).
   */
  MFA_REQUIRED_ROLES: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(z.enum(ROLES)))
    .optional(),
  /**
   * Encrypts TOTP secrets at rest (AES-256-GCM; any text of ≥ 32 characters, e.g.
   * `openssl rand -base64 32`). Unset: a random key kept in PARPLAN_DATA_DIR/secret.key.
   */
  PARPLAN_SECRET_KEY: z.string().min(32).optional(),
  /**
   * Test only: the civil day the app takes as today (YYYY-MM-DD), so browser journeys do not
   * depend on the wall clock. Refused in production.
   */
  PARPLAN_TODAY: z.iso.date().optional(),
});

/** The validated configuration. */
export type Config = z.infer<typeof configSchema> & {
  cookieSecure: boolean;
  /** SESSION_CACHE_SECONDS with its default applied. */
  sessionCacheSeconds: number;
  evidenceDir: string;
  /** SMTP settings, or null when SMTP_HOST is unset (e-mail disabled). */
  mail: MailerConfig | null;
  reminders: ReminderSettings;
  /** The real clock, or a fixed day when PARPLAN_TODAY is set (never in production). */
  clock: Clock;
  /** Roles that must sign in with a second step (MFA_REQUIRED_ROLES or its default). */
  twoFactorRoles: readonly Role[];
};

/** Parses the environment; throws a readable message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.PARPLAN_TODAY && config.NODE_ENV === 'production') {
    throw new Error(
      'Cấu hình môi trường không hợp lệ:\n  PARPLAN_TODAY: chỉ dùng khi kiểm thử, không dùng với NODE_ENV=production.',
    );
  }
  return {
    ...config,
    cookieSecure: config.COOKIE_SECURE ?? config.NODE_ENV === 'production',
    sessionCacheSeconds: config.SESSION_CACHE_SECONDS ?? (config.NODE_ENV === 'test' ? 0 : 5),
    clock: config.PARPLAN_TODAY ? fixedDayClock(config.PARPLAN_TODAY) : systemClock,
    twoFactorRoles:
      config.MFA_REQUIRED_ROLES ??
      (config.NODE_ENV === 'production' ? DEFAULT_TWO_FACTOR_ROLES : []),
    evidenceDir: path.resolve(
      config.EVIDENCE_DIR ?? path.join(config.PARPLAN_DATA_DIR, 'evidence'),
    ),
    mail: config.SMTP_HOST
      ? {
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE,
          ...(config.SMTP_USER ? { user: config.SMTP_USER, password: config.SMTP_PASSWORD } : {}),
          from: config.MAIL_FROM,
        }
      : null,
    reminders: {
      daysBefore: config.REMINDER_DAYS_BEFORE,
      onTheDay: true,
      escalateAfterDays: config.REMINDER_ESCALATE_AFTER_DAYS,
    },
  };
}
