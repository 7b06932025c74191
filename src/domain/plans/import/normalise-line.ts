// Chuẩn hóa một dòng: what every plan text needs before its words are compared — composed
// Vietnamese (NFC), plain spaces instead of no-break and page-break spaces, straight quotes,
// hyphens instead of en/em dashes, "-" for bullet glyphs, one space between words, and the space
// a PDF or a hasty typist dropped after a full stop ("năm 2024.Kế hoạch").

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\f\v]/g;
const WIDE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
/** Bullet glyphs Word and PDF exports print for "-" lists (•, ◦, ▪, ●, , , …). */
const BULLETS =
  /^[\u2022\u2023\u2043\u25aa\u25ab\u25cf\u25e6\u25a0\u25a1\uf0b7\uf0a7\uf0d8\uf076\uf0fc]\s*/;

/**
 * Dòng đã chuẩn hóa: NFC, spaces, quotes, dashes, bullets and a missing space after punctuation
 * fixed, trimmed. A dash between two words keeps its spacing ("Văn hóa – Thông tin" →
 * "Văn hóa - Thông tin", "kinh tế–xã hội" → "kinh tế-xã hội").
 */
export function normaliseLine(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(WIDE_SPACES, ' ')
      .replace(DOUBLE_QUOTES, '"')
      .replace(SINGLE_QUOTES, "'")
      .replace(DASHES, '-')
      .trim()
      .replace(BULLETS, '- ')
      .replace(/ {2,}/g, ' ')
      // "năm 2024.Kế hoạch", "hành chính;Chỉ số": a word or number, punctuation, then a capital
      // starting a word. Acronyms ("TP.HCM", "PCT.UBND"), decimals ("9.39") and addresses
      // ("dongthap.gov.vn") do not match: the left side must be lower case or digits, the right a
      // capital followed by a lower-case letter.
      .replace(/([\p{Ll}\d]{2,}[.;:,!?])(\p{Lu}\p{Ll})/gu, '$1 $2')
  );
}
