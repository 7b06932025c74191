import { describe, expect, it } from 'vitest';
import { typographicQuotes } from './typographic-quotes';

describe('typographicQuotes (ngoặc kép “…”)', () => {
  it.each([
    ['tiêu chí 1.1 "Ban hành kế hoạch CCHC"', 'tiêu chí 1.1 “Ban hành kế hoạch CCHC”'],
    ['"Chỉ số CCHC năm 2023", đơn vị', '“Chỉ số CCHC năm 2023”, đơn vị'],
    ['("Sở Nội vụ") và "UBND"', '(“Sở Nội vụ”) và “UBND”'],
    ['của"Sở Nội vụ".', 'của“Sở Nội vụ”.'],
    ['a "b" c "d"', 'a “b” c “d”'],
    ['“đã đúng”', '“đã đúng”'],
    ["Không đổi: O'Brien", "Không đổi: O'Brien"],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(typographicQuotes(text)).toBe(expected);
  });
});
