// pg-boss wiring against a real test database: the daily schedule in Vietnam time and the
// minute's sweep of event e-mails, a job run
// through the worker with the runner's clock, and a clean stop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { DEFAULT_REMINDER_SETTINGS } from '@domain/reminders/reminders';
import { createMailer } from './mailer';
import { EVENT_MAIL_QUEUE, REMINDERS_QUEUE, startJobs, type JobRunner } from './job-runner';
import type { ReminderRunResult } from './reminder-job';
import { fixedDayClock } from '../clock';

let database: TestDatabase;
let runner: JobRunner | null = null;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await runner?.stop();
  await database.drop();
});

describe('startJobs', () => {
  it('schedules the reminders at 07:00 Asia/Ho_Chi_Minh, works a job, and stops cleanly', async () => {
    let resolveRun: (result: ReminderRunResult) => void = () => {};
    const ran = new Promise<ReminderRunResult>((resolve) => (resolveRun = resolve));
    const logged: string[] = [];
    runner = await startJobs({
      connectionString: database.ownerUrl,
      db: database.db,
      mailer: createMailer(null),
      settings: DEFAULT_REMINDER_SETTINGS,
      clock: fixedDayClock('2024-03-18'),
      onRun: resolveRun,
      log: {
        info: (message) => logged.push(message),
        error: (error) => logged.push(String(error)),
      },
    });
    const schedules = await runner.boss.getSchedules();
    expect(schedules.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      expect.objectContaining({ name: EVENT_MAIL_QUEUE, cron: '* * * * *' }),
      expect.objectContaining({
        name: REMINDERS_QUEUE,
        cron: '0 7 * * *',
        timezone: 'Asia/Ho_Chi_Minh',
      }),
    ]);

    await runner.boss.send(REMINDERS_QUEUE, {});
    const result = await ran;
    expect(result).toMatchObject({ created: 0, emailed: 0 });
    expect(logged).toEqual(['Nhắc hạn 2024-03-18: 0 thông báo, 0 thư']);

    await runner.stop();
    runner = null;
  }, 30_000);
});
