// Plumbing: scheduled jobs with pg-boss 10 in the app's own PostgreSQL (schema "pgboss"): the
// reminders, every day at 07:00 Vietnam time, a sweep of queued event e-mails every minute
// (those a write's own kick did not send, e.g. across a restart), and the readings of large plan documents
// (queue "plan-import", sent by the upload route through pgBossPlanImportQueue).
import PgBoss from 'pg-boss';
import type { ReminderSettings } from '@domain/reminders/reminders';
import type { Database } from '../db/client';
import { systemClock, type Clock } from '../clock';
import type { Mailer } from './mailer';
import { runReminders, type ReminderRunResult } from './reminder-job';
import { workPlanImports } from '../plan-imports/plan-import-job';
import { sendPendingEventMail } from './event-mail';

export const REMINDERS_QUEUE = 'reminders';
/** 07:00 every day, in REMINDERS_TZ. */
export const REMINDERS_CRON = '0 7 * * *';
export const REMINDERS_TZ = 'Asia/Ho_Chi_Minh';
export const EVENT_MAIL_QUEUE = 'event-mail';
/** Every minute: pg-boss's finest schedule. */
export const EVENT_MAIL_CRON = '* * * * *';

export interface JobRunnerOptions {
  /**
   * The database pg-boss keeps its queues in (the app's own), as the role that owns it: pg-boss
   * creates and migrates its schema "pgboss" at start, which the app role may not (app-rights.ts).
   */
  connectionString: string;
  db: Database;
  mailer: Mailer;
  settings: ReminderSettings;
  /** Where the run's "today" comes from (default: the real clock; tests and PARPLAN_TODAY fix it). */
  clock?: Clock;
  /** Called after each reminders run. */
  onRun?: (result: ReminderRunResult) => void;
  log?: { info(message: string): void; error(error: unknown): void };
}

export interface JobRunner {
  boss: PgBoss;
  /** Stops polling and waits (up to 30 s) for a running job before closing pg-boss's pool. */
  stop(): Promise<void>;
}

/** Starts pg-boss, creates the queues, (re)schedules the daily reminders and works them and the plan readings. */
export async function startJobs(options: JobRunnerOptions): Promise<JobRunner> {
  const log = options.log ?? { info: console.log, error: console.error };
  const clock = options.clock ?? systemClock;
  const boss = new PgBoss({ connectionString: options.connectionString, schema: 'pgboss', max: 3 });
  boss.on('error', (error) => log.error(error));
  await boss.start();
  try {
    if (!(await boss.getQueue(REMINDERS_QUEUE))) await boss.createQueue(REMINDERS_QUEUE);
    await boss.schedule(REMINDERS_QUEUE, REMINDERS_CRON, undefined, { tz: REMINDERS_TZ });
    await boss.work(REMINDERS_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
      const today = clock.today();
      const result = await runReminders(options.db, options.mailer, {
        today,
        settings: options.settings,
        onError: log.error,
      });
      log.info(
        `Nhắc hạn ${today}: ${result.created} thông báo, ${result.emailed} thư` +
          (result.emailFailed > 0 ? `, ${result.emailFailed} thư lỗi` : ''),
      );
      options.onRun?.(result);
      return result;
    });
    if (!(await boss.getQueue(EVENT_MAIL_QUEUE))) await boss.createQueue(EVENT_MAIL_QUEUE);
    await boss.schedule(EVENT_MAIL_QUEUE, EVENT_MAIL_CRON, undefined, { tz: REMINDERS_TZ });
    await boss.work(EVENT_MAIL_QUEUE, { pollingIntervalSeconds: 10 }, () =>
      sendPendingEventMail(options.db, options.mailer, log.error),
    );
    await workPlanImports(boss, { db: options.db, clock, log });
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  // With `wait` (the default) stop() resolves once running jobs ended and pg-boss's pool closed.
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 30_000 }) };
}
