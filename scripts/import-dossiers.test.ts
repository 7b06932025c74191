// The CLI end to end on a real database: a CSV export on disk, read by the stand-in reader, run
// through the job runner and the pipeline; printed outcome, stored job, audit, the file kept.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedDayClock } from '../src/server/clock';
import { buildOrganisation, buildTenant } from '../test/factories';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { ImportDossiersError, importDossiersCommand } from './import-dossiers';

let t: TestDatabase;
let dir: string;
let tenantCode: string;
const clock = fixedDayClock('2026-06-15', () => new Date('2026-06-15T03:00:00.000Z'));

beforeAll(async () => {
  t = await createTestDatabase();
  const { tenant, root } = await buildTenant(t.db);
  tenantCode = tenant.code;
  await buildOrganisation(t.db, { tenantId: tenant.id, parentId: root.id, code: 'SO-TP' });
  dir = mkdtempSync(path.join(tmpdir(), 'parplan-dossiers-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.drop();
});

// Headers without accents and in another order: detected all the same.
const HEADER =
  'Ma ho so,Ma don vi tiep nhan,Ma thu tuc,Linh vuc,Ngay tiep nhan,Ngay hen tra,Ngay co ket qua,Trang thai,Hinh thuc nop';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

async function run(argv: string[]) {
  const lines: string[] = [];
  const outcome = await importDossiersCommand(argv, {
    db: t.db,
    pool: t.pool,
    clock,
    print: (line) => lines.push(line),
  });
  return { outcome, lines };
}

describe('npm run import-dossiers', () => {
  it('imports a CSV export, prints the outcome in Vietnamese, audits, and keeps the file', async () => {
    const file = path.join(dir, 'xuat.csv');
    writeFileSync(
      file,
      csv(
        'HS-1,SO-TP,1.001,Xây dựng,05/03/2024 09:00,10/03/2024,08/03/2024 10:00,Đã giải quyết,Trực tuyến',
        'HS-2,KHONG-CO,1.001,Xây dựng,05/03/2024,,,Đang xử lý,Trực tiếp',
        'HS-3,SO-TP,1.001,Xây dựng,31/02/2024,,,Đang xử lý,Trực tiếp',
      ),
    );
    const { outcome, lines } = await run([
      file,
      '--tenant',
      tenantCode,
      '--mode',
      'valid_rows',
      '--source',
      'igate',
    ]);
    expect(outcome).toMatchObject({
      status: 'succeeded',
      rowsRead: 3,
      rowsRejected: 2,
      rowsInserted: 1,
    });
    expect(outcome.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'unknown_unit'],
      [4, 'unreadable_date'],
    ]);
    expect(lines[0]).toBe('Hoàn thành: đọc 3 dòng, hợp lệ 1, lỗi 2.');
    expect(lines[1]).toBe('Thêm mới 1, cập nhật 0, không đổi 0.');
    expect(existsSync(file)).toBe(true);
    const audit = await t.db.execute<{ action: string; request_id: string }>(
      sql`SELECT action, request_id FROM audit_events WHERE action = 'dossier.import'`,
    );
    expect(audit.rows).toEqual([{ action: 'dossier.import', request_id: 'cli:import-dossiers' }]);
    const mapping = await t.db.execute<{ mapping: Record<string, string> }>(
      sql`SELECT mapping FROM dossier_source_mappings WHERE source = 'igate'`,
    );
    expect(mapping.rows[0]!.mapping).toMatchObject({
      code: 'Ma ho so',
      receivedAt: 'Ngay tiep nhan',
    });
  });

  it('fails with nothing written when a required column is missing', async () => {
    const file = path.join(dir, 'thieu.csv');
    writeFileSync(file, 'Ma ho so,Ngay tiep nhan\nHS-9,05/03/2024\n');
    const { outcome } = await run([file, '--tenant', tenantCode]);
    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toMatch(/^Không tìm thấy cột «Mã đơn vị tiếp nhận», «Mã thủ tục»/);
  });

  it('refuses an unknown tenant and an unknown mode', async () => {
    await expect(run(['x.csv', '--tenant', 'KHONG'])).rejects.toThrow(ImportDossiersError);
    await expect(run(['x.csv', '--tenant', tenantCode, '--mode', 'mot-nua'])).rejects.toThrow(
      /Chế độ «mot-nua» không có/,
    );
  });
});
