// A plan document over the inline threshold is stored as "reading" and read by the pg-boss queue
// "plan-import" — the real queue and worker on this test file's database (the test app starts no
// job runner of its own, so the test starts pg-boss as main.ts does and hands the app its queue).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PgBoss from 'pg-boss';
import type { PlanImportDto } from '@contract/plan-imports';
import { SAMPLE_002_TEXT } from '@domain/plans/import/fixtures/sample-002.fixture';
import { fixedDayClock } from '../clock';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';
import { createTestApp, multipartFile, TEST_TODAY, type TestApp } from '../../../test/test-app';
import { PLAN_IMPORT_INLINE_MAX_BYTES } from './plan-import-reading';
import { findPlanImport, insertPlanImport } from './plan-import.repository';
import {
  pgBossPlanImportQueue,
  runPlanImportJob,
  workPlanImports,
  type PlanImportJobOutcome,
  type PlanImportQueue,
} from './plan-import-job';

let t: TestApp;
let boss: PgBoss;
let queue: PlanImportQueue | null = null;
const outcomes: PlanImportJobOutcome[] = [];
const errors: unknown[] = [];
let f: DistrictFixture;

beforeAll(async () => {
  // The app is built before pg-boss can start on its database: the queue is bound once it has.
  t = await createTestApp({}, { planImportQueue: { enqueue: (job) => queue!.enqueue(job) } });
  boss = new PgBoss({ connectionString: t.ownerUrl, schema: 'pgboss', max: 2 });
  boss.on('error', (error) => errors.push(error));
  await boss.start();
  await workPlanImports(boss, {
    db: t.db,
    clock: fixedDayClock(TEST_TODAY),
    log: { error: (error) => errors.push(error) },
    onRun: (outcome) => outcomes.push(outcome),
  });
  queue = pgBossPlanImportQueue(boss);
  f = await buildDistrictFixture(t);
}, 60_000);

afterAll(async () => {
  await boss?.stop({ graceful: true, timeout: 30_000 });
  await t?.close();
});

describe('reading a large plan document in the background', () => {
  it('answers "reading" at once, then the job reads it: progress 100, the reading stored', async () => {
    // One plan with a long body: sample 002's tasks (II. NỘI DUNG) written out again and again.
    const bodyStart = SAMPLE_002_TEXT.indexOf('II. NỘI DUNG');
    const closingStart = SAMPLE_002_TEXT.indexOf('Nơi nhận');
    const body = SAMPLE_002_TEXT.slice(bodyStart, closingStart);
    const copies = Math.ceil(PLAN_IMPORT_INLINE_MAX_BYTES / Buffer.byteLength(body)) + 1;
    const text = [
      SAMPLE_002_TEXT.slice(0, bodyStart),
      ...Array.from({ length: copies }, () => body),
      SAMPLE_002_TEXT.slice(closingStart),
    ].join('');
    expect(Buffer.byteLength(text)).toBeGreaterThan(PLAN_IMPORT_INLINE_MAX_BYTES);
    const focal = await f.client(f.users.focal);
    const { payload, headers } = multipartFile('ke-hoach-lon.txt', text, 'text/plain');
    const r = await focal.request('POST', `/api/plan-imports?organisationId=${f.district.id}`, {
      payload,
      headers,
    });
    expect(r.statusCode, r.body).toBe(201);
    const uploaded: PlanImportDto = r.json();
    expect(uploaded).toMatchObject({
      status: 'reading',
      progress: 0,
      result: null,
      totals: null,
      can: { create: false },
    });
    expect(uploaded.lines).toHaveLength(text.split('\n').length);

    await expect
      .poll(async () => (await focal.get(`/api/plan-imports/${uploaded.id}`)).json().status, {
        timeout: 60_000,
        interval: 200,
      })
      .not.toBe('reading');
    const read: PlanImportDto = (await focal.get(`/api/plan-imports/${uploaded.id}`)).json();
    expect(read).toMatchObject({
      status: 'ready',
      progress: 100,
      error: null,
      can: { create: true },
    });
    expect(read.result!.content.sections.length).toBeGreaterThan(0);
    expect(read.totals).not.toBeNull();
    expect(outcomes).toEqual(['ready']);
    expect(errors).toEqual([]);
  }, 90_000);

  it('stores a reading that breaks as "failed" with a Vietnamese message, and skips it afterwards', async () => {
    // A stored source the readers never produce (no lines): the reading throws.
    const importId = await insertPlanImport(t.db, {
      tenantId: f.tenantId,
      organisationId: f.district.id,
      year: 2024,
      fileName: 'hong.txt',
      contentType: 'text/plain; charset=utf-8',
      format: 'txt',
      sizeBytes: 1,
      sha256: '0',
      content: Buffer.from('x'),
      status: 'reading',
      lines: ['x'],
      source: { format: 'txt', tables: [] } as never,
    });
    const job = { tenantId: f.tenantId, importId };
    await expect(runPlanImportJob(t.db, fixedDayClock(TEST_TODAY), job)).rejects.toThrow();
    expect(await findPlanImport(t.db, f.tenantId, importId)).toMatchObject({
      status: 'failed',
      result: null,
      error:
        'Không đọc được văn bản: lỗi khi phân tích nội dung. Hãy thử lại hoặc tải lên tệp khác.',
    });
    expect(await runPlanImportJob(t.db, fixedDayClock(TEST_TODAY), job)).toBe('skipped');
    const focal = await f.client(f.users.focal);
    const shown = await focal.get(`/api/plan-imports/${importId}`);
    expect(shown.json()).toMatchObject({ status: 'failed', can: { create: false } });
  });
});
