// `npm run import-plan` against the test database: the dry run prints the summary and writes
// nothing; the real run stores the import and creates the draft through the same service as
// POST /api/plan-imports/:id/plan, audited as the CLI; wrong arguments are explained.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { SAMPLE_002_TEXT } from '@domain/plans/import/fixtures/sample-002.fixture';
import { fixedDayClock } from '../src/server/clock';
import { auditEvents, planImports, plans, tenants } from '../src/server/db/schema';
import { buildDistrictFixture, type DistrictFixture } from '../test/plan-fixtures';
import { createTestApp, TEST_TODAY, type TestApp } from '../test/test-app';
import { CLI_REQUEST_ID, ImportPlanError, importPlan } from './import-plan';

let t: TestApp;
let f: DistrictFixture;
let tenantCode: string;
let dir: string;
let file: string;
beforeAll(async () => {
  t = await createTestApp();
  f = await buildDistrictFixture(t);
  tenantCode = (await t.db.select().from(tenants).where(eq(tenants.id, f.tenantId)))[0]!.code;
  dir = mkdtempSync(path.join(tmpdir(), 'parplan-import-plan-'));
  file = path.join(dir, 'ke-hoach-002.txt');
  writeFileSync(file, SAMPLE_002_TEXT);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const run = async (args: string[]) => {
  const printed: string[] = [];
  const outcome = await importPlan(args, {
    db: t.db,
    clock: fixedDayClock(TEST_TODAY),
    print: (line) => printed.push(line),
  });
  return { outcome, printed };
};

const importCount = async () =>
  (
    await t.db.select({ n: count() }).from(planImports).where(eq(planImports.tenantId, f.tenantId))
  )[0]!.n;

describe('npm run import-plan', () => {
  it('prints the summary on a dry run and writes nothing', async () => {
    const { outcome, printed } = await run([
      file,
      '--tenant',
      tenantCode,
      '--unit',
      f.district.code,
      '--year',
      '2024',
      '--dry-run',
    ]);
    expect(outcome).toEqual({ importId: null, planId: null });
    expect(printed[0]).toMatch(/^ke-hoach-002\.txt → Huyện Lấp Vò \(Tỉnh /);
    expect(printed).toContain('PHẦN ĐẦU');
    expect(printed).toContain('  Năm kế hoạch: 2024');
    expect(printed.some((line) => line.startsWith('Tổng: '))).toBe(true);
    expect(printed.at(-1)).toBe('Chạy thử (--dry-run): chưa ghi gì.');
    expect(await importCount()).toBe(0);
  });

  it('stores the import and creates the draft, audited as the CLI', async () => {
    const { outcome, printed } = await run([
      file,
      '--tenant',
      tenantCode,
      '--unit',
      f.district.code,
      '--year',
      '2024',
    ]);
    expect(outcome.planId).not.toBeNull();
    expect(printed.at(-1)).toBe(
      `Đã tạo dự thảo kế hoạch ${outcome.planId} (lần nhập ${outcome.importId}).`,
    );
    const [plan] = await t.db.select().from(plans).where(eq(plans.id, outcome.planId!));
    expect(plan).toMatchObject({
      organisationId: f.district.id,
      year: 2024,
      status: 'draft',
      sourceImportId: outcome.importId,
    });
    const [stored] = await t.db
      .select()
      .from(planImports)
      .where(eq(planImports.id, outcome.importId!));
    expect(stored).toMatchObject({ status: 'created', planId: outcome.planId });
    expect(stored!.content.equals(Buffer.from(SAMPLE_002_TEXT))).toBe(true);
    const audited = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenantId), eq(auditEvents.requestId, CLI_REQUEST_ID)));
    expect(audited.map((event) => [event.action, event.objectType, event.actorUserId])).toEqual(
      expect.arrayContaining([
        ['plan.import', 'plan_import', null],
        ['plan.manage', 'plan', null],
      ]),
    );
  });

  it('explains a missing argument and an unknown unit', async () => {
    const [tenant] = await t.db.select().from(tenants).where(eq(tenants.id, f.tenantId));
    await expect(run([file, '--tenant', tenantCode])).rejects.toThrow(/Cách dùng/);
    await expect(run([file, '--tenant', tenantCode, '--unit', 'KHONG-CO'])).rejects.toThrow(
      new ImportPlanError(`Tỉnh ${tenant!.name} không có đơn vị mã «KHONG-CO».`),
    );
    expect(await importCount()).toBe(1);
  });
});
