// Đọc văn bản căn cứ: the documents an opening sentence names — "Căn cứ Quyết định số
// 876/QĐ-BNV ngày 07/5/2024 của Bộ Nội vụ về …;", "Thực hiện Kế hoạch số 16/KH-UBND, ngày 03
// tháng 01 năm 2024 của Ủy ban nhân dân huyện Châu Thành về việc …" — each as type and number,
// date, issuer and summary. A number lacking its type ("Thực hiện số 93/QĐ-UBND") takes the
// type its symbol names (QĐ → Quyết định).
import type { LegalReference } from '../plan';

/** Loại văn bản as plans name them before "số". */
const DOCUMENT_TYPE =
  '(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư|Kế hoạch|Công văn|Văn bản|Báo cáo|Hướng dẫn|Chương trình|Thông báo|Đề án|Kết luận|Tờ trình|Công điện|Quy định)';
/** Số, ký hiệu: "16/KH-UBND", "19-NQ/TW", "107/2020/NĐ-CP", "1562, 1564/KH-UBND". */
const DOCUMENT_NUMBER =
  '(\\d+(?:,\\s*\\d+)*(?:[-/][\\p{L}\\d.]+)*\\/[\\p{Lu}Đ\\d][\\p{L}\\d.\\-/]*)';
const MENTION = new RegExp(
  `(${DOCUMENT_TYPE}\\s+)?(?<![\\p{L}]|Chỉ\\s)số\\s*:?\\s*${DOCUMENT_NUMBER}`,
  'gu',
);

/** Ký hiệu loại → tên loại, for a number printed without its type. */
const TYPE_OF_SYMBOL: Record<string, string> = {
  QĐ: 'Quyết định',
  KH: 'Kế hoạch',
  BC: 'Báo cáo',
  CT: 'Chỉ thị',
  NQ: 'Nghị quyết',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  CTr: 'Chương trình',
  KL: 'Kết luận',
  TTr: 'Tờ trình',
  ĐA: 'Đề án',
  CĐ: 'Công điện',
};

const DATE_NUMERIC = /^,?\s*ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u;
const DATE_SPELLED = /^,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

/** Văn bản căn cứ: every document `text` names, with its date, issuer and summary as printed. */
export function readLegalReferences(text: string): LegalReference[] {
  const mentions = [...text.matchAll(MENTION)];
  return mentions.map((mention, index) => {
    const start = mention.index;
    const nextStart = mentions[index + 1]?.index ?? text.length;
    // A reference ends at the next document, at ";" or at the end of its sentence.
    let tail = text.slice(start + mention[0].length, nextStart);
    const stop = /;|\.\s+(?=\p{Lu})|\.$/u.exec(tail);
    if (stop) tail = tail.slice(0, stop.index);
    tail = tail.replace(/,\s+[^,]*?\s(xây dựng|ban hành)\s+(kế hoạch|Kế hoạch)[\s\S]*$/u, '');

    const numberText = mention[2]!.replace(/[.\-/]+$/, '');
    const type = mention[1]?.trim() ?? typeOfSymbol(numberText);
    let date: string | null = null;
    const dated = DATE_NUMERIC.exec(tail) ?? DATE_SPELLED.exec(tail);
    if (dated) {
      date = isoDate(Number(dated[3]), Number(dated[2]), Number(dated[1]));
      tail = tail.slice(dated[0].length);
    }
    const { issuer, summary } = splitIssuer(tail);
    return {
      number: type ? `${type} số ${numberText}` : `Số ${numberText}`,
      date,
      issuer,
      summary,
    };
  });
}

function typeOfSymbol(number: string): string {
  const symbol = /\/([\p{L}]+)[-/]/u.exec(number)?.[1] ?? /\/([\p{L}]+)$/u.exec(number)?.[1];
  if (!symbol) return '';
  // "385/UBND-NC": an official letter carries the issuer's abbreviation, not a type.
  return TYPE_OF_SYMBOL[symbol] ?? (/^(UBND|SNV|VP|BNV)/u.test(symbol) ? 'Công văn' : '');
}

/**
 * Cơ quan ban hành and trích yếu: "của Sở Nội vụ về việc …" → issuer "Sở Nội vụ", summary "về
 * việc …". Without "về", the issuer ends at a comma, or when it runs into a capitalised phrase after three words ("Sở Nội
 * vụ Kết quả điều tra …") stops there and the rest is the summary.
 */
function splitIssuer(tail: string): { issuer: string; summary: string } {
  const text = tail.replace(/^[,\s]+/, '').trim();
  const of = /^của\s+/u.exec(text);
  if (!of) return { issuer: '', summary: clean(text) };
  const rest = text.slice(of[0].length);
  const about = /[,\s]+(về|V\/v|quy định|ban hành|hướng dẫn)\s/u.exec(rest);
  if (about) {
    return { issuer: clean(rest.slice(0, about.index)), summary: clean(rest.slice(about.index)) };
  }
  const comma = /,\s+/.exec(rest);
  if (comma && rest.slice(0, comma.index).split(/\s+/).length <= 10) {
    return { issuer: clean(rest.slice(0, comma.index)), summary: clean(rest.slice(comma.index)) };
  }
  const words = rest.split(/\s+/);
  // Only a run-on issuer is cut: "Ban Chấp hành Trung ương" is a name, not a summary.
  for (let at = 3; words.length > 8 && at < words.length; at += 1) {
    if (/^\p{Lu}\p{Ll}/u.test(words[at]!) && /^\p{Ll}/u.test(words[at - 1]!)) {
      return {
        issuer: clean(words.slice(0, at).join(' ')),
        summary: clean(words.slice(at).join(' ')),
      };
    }
  }
  return { issuer: clean(rest), summary: '' };
}

function clean(text: string): string {
  return text.replace(/^[,\s]+|[,;.\s]+$/g, '').trim();
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
