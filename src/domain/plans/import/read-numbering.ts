// Đọc số thứ tự mục: the label a paragraph opens with ("II.", "A.", "1.", "1.2.1.", "a)", "(1)",
// "-", "+", "•") and the rest of its text, told apart from text that only starts like a label
// ("100% hồ sơ", "1,5 điểm", "15.01.2024", "I" opening a sentence, "-4,92" in a flattened table).
import { toRoman, VIETNAMESE_ITEM_LETTERS, type NumberingStyle } from '../plan-outline';

/**
 * Nhãn đánh số: what was printed, its NumberingStyle, the key that says which level it is (the
 * same style with another delimiter, "1." vs "1)", or another depth, "1.1." vs "1.1.1.", is
 * another level), its place among siblings, and the text after it.
 */
export interface NumberLabel {
  printed: string;
  style: NumberingStyle;
  key: string;
  /** Thứ tự (1-based) among siblings; null for bullets. */
  ordinal: number | null;
  /** The numbers of a nested label ("2.7.1." → [2, 7, 1]); null otherwise. */
  path: number[] | null;
  /** The letter of a letter label, lower case ("đ"), to check the order allowing Latin f/j/w. */
  letter: string | null;
  rest: string;
  /** The other reading of a one-letter label that is also a Roman numeral ("V." = 5 or the letter V). */
  alternative: Pick<NumberLabel, 'style' | 'key' | 'ordinal' | 'letter'> | null;
}

const UPPER = /^[\p{Lu}"“'‘(]/u;
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Giá trị số La Mã ("XIV" → 14), or null when the letters are not a numeral up to 89. */
export function romanValue(text: string): number | null {
  if (!/^[IVXLC]+$/.test(text)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let index = 0; index < text.length; index += 1) {
    const value = values[text[index]!]!;
    const next = values[text[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // "IIII", "VX", "IC": letters that add up but are not how a numeral is written.
  return total > 0 && total < 90 && toRoman(total) === text ? total : null;
}

/** Thứ tự chữ cái theo tiếng Việt (a=1, đ=5, y=23); Latin-only letters (f, j, w, z) get their Latin place. */
export function letterOrdinal(letter: string): number {
  const lower = letter.toLocaleLowerCase('vi');
  const index = (VIETNAMESE_ITEM_LETTERS as readonly string[]).indexOf(lower);
  return index >= 0 ? index + 1 : LATIN_LETTERS.indexOf(lower) + 1;
}

/**
 * Chữ kế tiếp: true when `next` follows `previous` in Vietnamese order (d → đ → e, i → k) or in
 * Latin order (d → e, e → f, i → j), so plans typed either way read without a warning.
 */
export function isNextLetter(previous: string, next: string): boolean {
  const p = previous.toLocaleLowerCase('vi');
  const n = next.toLocaleLowerCase('vi');
  const vietnamese = VIETNAMESE_ITEM_LETTERS as readonly string[];
  const vi = vietnamese.indexOf(p);
  if (vi >= 0 && vietnamese[vi + 1] === n) return true;
  const latin = LATIN_LETTERS.indexOf(p === 'đ' ? 'd' : p);
  return latin >= 0 && (LATIN_LETTERS[latin + 1] === n || (p === 'd' && n === 'đ'));
}

const BULLETS: readonly [RegExp, NumberingStyle, string, string][] = [
  [/^[-–—−‐]\s*/, 'dash', 'dash', '-'],
  [/^\+\s*/, 'plus', 'plus', '+'],
  [/^[•●▪◦■□➢►✓]\s*/, 'dash', 'dot', '•'],
  [/^\*\s*/, 'dash', 'star', '*'],
];

function bullet(text: string): NumberLabel | null {
  for (const [pattern, style, key, printed] of BULLETS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).trim();
    // "-4,92", "+84…", "- 0,61", "--": a number or nothing after the sign is not a bullet.
    if (!/^\p{L}|^["“(]/u.test(rest)) return null;
    return {
      printed,
      style,
      key,
      ordinal: null,
      path: null,
      letter: null,
      rest,
      alternative: null,
    };
  }
  return null;
}

function label(
  fields: Omit<NumberLabel, 'alternative' | 'path' | 'letter'> &
    Partial<Pick<NumberLabel, 'alternative' | 'path' | 'letter'>>,
): NumberLabel {
  return { alternative: null, path: null, letter: null, ...fields };
}

/**
 * Đọc nhãn: the label a paragraph opens with and the text after it, or null for a plain
 * paragraph. A numbered label must be followed by text that starts like a heading or item (a
 * capital letter or a quote; a lower-case letter only after ")"), so "1,5 điểm", "2023. Năm",
 * "15.01.2024", "100% hồ sơ" and a sentence opening with "I" are not labels.
 */
export function readLabel(raw: string): NumberLabel | null {
  const text = raw.trim();
  if (text === '') return null;
  const parenthesised = /^\((\d{1,2}|[a-zđ])\)\s*(\S.*)$/su.exec(text);
  if (parenthesised) {
    const [, mark, rest] = parenthesised as unknown as [string, string, string];
    return /\d/.test(mark)
      ? label({
          printed: `(${mark})`,
          style: 'decimal',
          key: 'decimal()',
          ordinal: Number(mark),
          rest,
        })
      : label({
          printed: `(${mark})`,
          style: 'lower_letter',
          key: 'lower()',
          ordinal: letterOrdinal(mark),
          letter: mark,
          rest,
        });
  }
  const nested = /^(\d{1,2}(?:\.\d{1,2}){1,4})(\.|\))?(?:\s+|(?=\p{Lu}))(\S.*)$/su.exec(text);
  if (nested) {
    const [, numbers, delimiter = '', rest] = nested as unknown as [string, string, string, string];
    // "1.2 Kết quả" (no final dot) needs a capital after it: "1.5 điểm" is a number.
    const ok = delimiter ? !/^\d/.test(rest) && /^\p{L}|^["“(]/u.test(rest) : UPPER.test(rest);
    if (!ok) return null;
    const path = numbers.split('.').map(Number);
    if (path.some((part) => part === 0 && path.length > 1 && part !== path[0])) return null;
    return label({
      printed: `${numbers}${delimiter}`,
      style: 'decimal_nested',
      key: `nested${path.length}${delimiter === ')' ? ')' : ''}`,
      ordinal: path.at(-1)!,
      path,
      rest,
    });
  }
  const decimal = /^(\d{1,2})\s?([.)/])\s*(\S.*)$/su.exec(text);
  if (decimal) {
    const [, number, delimiter, rest] = decimal as unknown as [string, string, string, string];
    // "26/CT-TTg", "19/NQ-CP": a document number, not "1/ Công tác…" (which has a space).
    if (delimiter === '/' && !/^\d{1,2}\/\s/.test(text)) return null;
    const ok = delimiter === ')' ? /^\p{L}|^["“(]/u.test(rest) : UPPER.test(rest);
    if (!ok || Number(number) === 0) return null;
    return label({
      printed: `${number}${delimiter}`,
      style: 'decimal',
      key: delimiter === '.' ? 'decimal' : `decimal${delimiter}`,
      ordinal: Number(number),
      rest,
    });
  }
  const upper = /^([IVXLC]{1,7}|[A-ZĐ])\s?([.)/-])\s*(\S.*)$/su.exec(text);
  if (upper) {
    const [, mark, delimiter, rest] = upper as unknown as [string, string, string, string];
    // "I- MỤC ĐÍCH" and "A- KHỐI…" need a capital after the hyphen; "A-B" is a word.
    if (!UPPER.test(rest)) return null;
    if (delimiter === '-' && !/^\S{1,7}\s?-\s/.test(text)) return null;
    const roman = romanValue(mark);
    const suffix = delimiter === '.' ? '' : delimiter;
    const asRoman = roman
      ? { style: 'roman' as const, key: `roman${suffix}`, ordinal: roman, letter: null }
      : null;
    const asLetter =
      mark.length === 1
        ? {
            style: 'upper_letter' as const,
            key: `upper${suffix}`,
            ordinal: letterOrdinal(mark),
            letter: mark.toLocaleLowerCase('vi'),
          }
        : null;
    // A lone I, V or X is first read as Roman; C and L as letters (roman C/L never number a plan).
    const first = asRoman && (mark.length > 1 || 'IVX'.includes(mark)) ? asRoman : asLetter;
    const second = first === asRoman ? asLetter : asRoman;
    if (!first) return null;
    return label({ printed: `${mark}${delimiter}`, ...first, rest, alternative: second });
  }
  const lower = /^([a-zđ])\s?([).\/])\s*(\S.*)$/su.exec(text);
  if (lower) {
    const [, mark, delimiter, rest] = lower as unknown as [string, string, string, string];
    // "a." needs a capital after it ("a.m.", "v.v." are not labels); "a)" and "a/" need a letter.
    const ok = delimiter === '.' ? UPPER.test(rest) : /^\p{L}|^["“(]/u.test(rest);
    if (!ok) return null;
    return label({
      printed: `${mark}${delimiter}`,
      style: 'lower_letter',
      key: delimiter === ')' ? 'lower' : `lower${delimiter}`,
      ordinal: letterOrdinal(mark),
      letter: mark,
      rest,
    });
  }
  return bullet(text);
}

/** Nhãn là gạch đầu dòng: "-", "+", "•", "*" (no number to keep in order). */
export function isBullet(label: NumberLabel): boolean {
  return label.ordinal === null;
}
