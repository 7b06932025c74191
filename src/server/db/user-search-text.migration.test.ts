// Migration 0006 folds the search text of accounts that existed before it in SQL: it must fold
// exactly as foldVietnamese does for every Vietnamese name, or those users would not be found.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { buildTenant } from '../../../test/factories';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const backfill = readFileSync(
  new URL('./migrations/0006_add_search_text_to_users.sql', import.meta.url),
  'utf8',
)
  .split('--> statement-breakpoint')[1]!
  .replace(/^--.*$/gm, '');

// Every letter with a mark in Vietnamese, upper and lower case, in names as they are typed.
const NAMES = [
  'Nguyễn Thị Đào',
  'TRẦN   VĂN ĐỨC',
  'Lê Hữu Phước',
  'Phạm Ngọc Ánh Tuyết',
  'àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ đ',
  'ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ÈÉẺẼẸ ÊỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ ÙÚỦŨỤ ƯỪỨỬỮỰ ỲÝỶỸỴ Đ',
  'Nguyễn'.normalize('NFD'),
];

it('folds existing accounts’ login and name exactly as foldVietnamese does', async () => {
  const { tenant, root } = await buildTenant(t.db);
  for (const [index, name] of NAMES.entries())
    await t.pool.query(
      `INSERT INTO users (tenant_id, login, full_name, password_hash, home_organisation_id)
       VALUES ($1, $2, $3, 'x', $4)`,
      [tenant.id, `cu.${index}`, name, root.id],
    );
  await t.pool.query(backfill);
  const { rows } = await t.pool.query<{ login: string; full_name: string; search_text: string }>(
    `SELECT login, full_name, search_text FROM users WHERE tenant_id = $1 ORDER BY login`,
    [tenant.id],
  );
  expect(rows.map((row) => row.search_text)).toEqual(
    rows.map((row) => foldVietnamese(`${row.login} ${row.full_name}`)),
  );
});
