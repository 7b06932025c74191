// Migration 0011's fold_vietnamese() keeps plans' and tasks' folded text in generated columns: it
// must fold exactly as foldVietnamese folds the query, or "cai cach" would miss "Cải cách".
import { afterAll, beforeAll, expect, it } from 'vitest';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

// Every Vietnamese letter with a mark in both cases, plan numbers and titles as they are typed.
const TEXTS = [
  'àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ đ',
  'ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ÈÉẺẼẸ ÊỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ ÙÚỦŨỤ ƯỪỨỬỮỰ ỲÝỶỸỴ Đ',
  '104/KH-UBND Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023',
  '  Rà soát,   đơn giản hóa\tthủ tục hành chính\n(TTHC) – 100% “đúng hạn”  ',
  'Cải cách hành chính'.normalize('NFD'),
  'Ủy ban nhân dân huyện Lấp Vò; Văn phòng HĐND và UBND',
];

it('folds every Vietnamese letter exactly as foldVietnamese does', async () => {
  for (const text of TEXTS) {
    const { rows } = await t.pool.query<{ folded: string }>(
      'SELECT fold_vietnamese($1) AS folded',
      [text],
    );
    expect(rows[0]!.folded, text).toBe(foldVietnamese(text));
  }
});
