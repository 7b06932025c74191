// Entry point: `npm start`. Picks the database (DATABASE_URL, or an embedded PostgreSQL under
// PARPLAN_DATA_DIR), migrates it, loads demo data into a new embedded one, serves the app, and
// starts the scheduled jobs (daily reminders), and shuts down in order on Ctrl-C / SIGTERM: stop
// accepting, drain requests, stop the jobs, close the pool, stop PostgreSQL, release the
// data-directory lock.
import { join, resolve } from 'node:path';
import { loadConfig } from './config';
import { connectDatabase } from './db/client';
import { lockDataDir, DataDirLockedError } from './db/data-dir-lock';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import { migrateDatabase } from './db/migrate';
import { seedDemoDataIfEmpty } from './db/seed/seed-demo';
import { DEMO_PASSWORD, DEMO_TENANTS } from './db/seed/demo-data';
import { listAccountsWithLogin } from './users/user.repository';
import { buildApp } from './app';
import { createMailer } from './notifications/mailer';
import { startJobs } from './notifications/job-runner';

async function main(): Promise<void> {
  const config = loadConfig();
  const cleanups: (() => Promise<void> | void)[] = [];
  let embedded: EmbeddedDatabase | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    const dataDir = resolve(config.PARPLAN_DATA_DIR);
    cleanups.unshift(lockDataDir(dataDir));
    console.log(`Khởi động PostgreSQL nhúng (dữ liệu: ${join(dataDir, 'postgres')}) …`);
    embedded = await startEmbeddedPostgres(dataDir, {
      log: (line) => config.LOG_LEVEL === 'debug' && console.log(`[postgres] ${line}`),
    });
    cleanups.unshift(() => embedded!.stop());
    url = embedded.appUrl;
  }
  const { db, pool } = connectDatabase(url);
  cleanups.unshift(() => pool.end());
  await migrateDatabase(db);

  const demo = embedded !== null && config.NODE_ENV !== 'production' && config.PARPLAN_DEMO_DATA;
  if (demo && (await seedDemoDataIfEmpty(db)))
    console.log('Đã nạp dữ liệu mẫu (Tỉnh Đồng Tháp, Tỉnh Vĩnh Long).');

  // Cleanups run last-registered first: registered here, the jobs stop after HTTP, before the pool.
  if (config.NODE_ENV !== 'test' && config.PARPLAN_JOBS) {
    const jobs = await startJobs({
      connectionString: url,
      db,
      mailer: createMailer(config.mail),
      settings: config.reminders,
    });
    cleanups.unshift(() => jobs.stop());
    console.log(
      `Nhắc hạn tự động lúc 07:00 hằng ngày${config.mail ? '' : ' (chưa cấu hình SMTP: chỉ thông báo trong ứng dụng)'}.`,
    );
  }

  const app = await buildApp({ config, db, embedded: embedded !== null });
  cleanups.unshift(() => app.close());
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nNhận ${signal}: đang dừng …`);
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (error) {
        console.error(error);
      }
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.HOST, port: config.PORT });
  const shownHost =
    config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  console.log(`\nparplan đang chạy tại http://${shownHost}:${config.PORT}`);
  if (demo && (await listAccountsWithLogin(db, DEMO_TENANTS[0]!.users[0]!.login)).length > 0) {
    console.log(`\nTài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`);
    for (const tenant of DEMO_TENANTS) {
      for (const user of tenant.users)
        console.log(
          `  ${user.login.padEnd(20)} ${user.role.padEnd(7)} ${tenant.name} – ${user.fullName}`,
        );
    }
  }
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
