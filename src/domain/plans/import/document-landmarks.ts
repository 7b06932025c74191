// Mốc văn bản: the lines that tell where a state document's parts start — quốc hiệu, tiêu ngữ,
// tên loại ("KẾ HOẠCH"), "Nơi nhận", the signature block and "PHỤ LỤC" — shared by the cleaner
// (which must not join them into paragraphs) and the part splitter.
import { foldVietnamese } from '../../shared/fold-vietnamese';

/** Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (also "HOÀ", any case, any spacing), as a pattern over folded text. */
export const NATIONAL_NAME = /cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam/;

/** Tiêu ngữ "Độc lập - Tự do - Hạnh phúc", as a pattern over folded text. */
export const MOTTO = /doc\s*lap\s*[-,]?\s*tu\s*do\s*[-,]?\s*hanh\s*phuc/;

/** Tên loại văn bản a plan document may carry as its title line. */
const DOCUMENT_TYPES = /^(KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)(?=\s|$)/u;

/** Tên loại: "KẾ HOẠCH" (or CHƯƠNG TRÌNH, ĐỀ ÁN, PHƯƠNG ÁN) in capitals at the start of a line; returns the rest of the line (a title printed on the same line) or null. */
export function documentTypeLine(text: string): { type: string; rest: string } | null {
  const match = DOCUMENT_TYPES.exec(text.trim());
  if (!match) return null;
  const rest = text.trim().slice(match[0].length).trim();
  // "KẾ HOẠCH CẢI CÁCH…" in capitals is a heading of the body, not the title line; a title on
  // the same line is in lower case ("KẾ HOẠCH Triển khai…").
  if (rest !== '' && isCapitalsLine(rest)) return null;
  return { type: match[1]!, rest };
}

/**
 * Tên loại và trích yếu trên một dòng, as a portal prints a plan's page title: "KẾ HOẠCH CẢI CÁCH
 * HÀNH CHÍNH NĂM 2025" or "Kế hoạch tuyên truyền … năm 2022". Only trusted near the top of a
 * document that has no title line of its own (in a body such a line is a heading); returns the
 * words after the tên loại, or null ("Kế hoạch số 176/KH-UBND…", a sentence, a lone word).
 */
export function titleOnTypeLine(text: string): { type: string; rest: string } | null {
  const trimmed = text.trim();
  const match = /^(KẾ HOẠCH|Kế hoạch|CHƯƠNG TRÌNH|Chương trình)\s+(\S.*)$/u.exec(trimmed);
  if (!match || trimmed.length > 300 || /[.:;,]$/.test(trimmed)) return null;
  const rest = match[2]!.trim();
  if (/^(số|SỐ|này|\d)/u.test(rest) || !/^[\p{L}]/u.test(rest)) return null;
  // "Kế hoạch tuyên truyền …": sentence case needs a lower-case word after the tên loại.
  if (match[1] === 'Kế hoạch' || match[1] === 'Chương trình') {
    if (!/^\p{Ll}/u.test(rest)) return null;
  } else if (!isCapitalsLine(rest)) return null;
  return { type: match[1]!.toLocaleUpperCase('vi'), rest };
}

/** Cửa sổ tìm tên loại: how many lines from the top may hold the title line (a portal's chrome and metadata come first). */
export const TITLE_WINDOW = 60;

/**
 * Dòng tên loại của văn bản: among the first `window` texts, the index of the tên loại line
 * ("KẾ HOẠCH" alone or with a lower-case title), else of a page-title line carrying both
 * (titleOnTypeLine), and the title words on it; null when neither is there.
 */
export function findTypeLine(
  texts: readonly string[],
  window: number,
): { index: number; rest: string } | null {
  const top = texts.slice(0, window);
  const strict = top.findIndex((text) => documentTypeLine(text) !== null);
  if (strict >= 0) return { index: strict, rest: documentTypeLine(top[strict]!)!.rest };
  let loose = top.findIndex((text) => titleOnTypeLine(text) !== null);
  if (loose < 0) return null;
  // A portal prints its page title twice (page title, then heading): the last copy is the title line.
  while (texts[loose + 1]?.trim() === texts[loose]!.trim()) loose += 1;
  return { index: loose, rest: titleOnTypeLine(texts[loose]!)!.rest };
}

/** Dòng chỉ có dấu cột: a lone "|" (or "| |") a portal prints between flattened table cells. */
export function isBareColumnMark(text: string): boolean {
  return /^[\s|]+$/.test(text) && text.includes('|');
}

/** Nơi nhận: the recipients' heading, possibly followed by the first recipient on the same line. */
export function isRecipientsHeading(text: string): boolean {
  return /^noi nhan\s*[:.]?/.test(foldVietnamese(text));
}

/**
 * Phụ lục: the heading that starts an appendix — "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục", "Phụ lục 2: …"
 * alone at the start of a line. "Phụ lục chi tiết đính kèm" or "(Phụ lục kèm theo)" inside the
 * body only point at it.
 */
export function isAppendixHeading(text: string): boolean {
  const trimmed = text.trim();
  if (/^PHỤ LỤC(?=\s|$|[:.\d])/u.test(trimmed)) {
    return !/^PHỤ LỤC\s+(CHI TIẾT\s+)?(ĐÍNH KÈM|KÈM THEO)/u.test(trimmed);
  }
  return /^Phụ lục(\s+(số\s+)?([IVXLC]+|\d+|[A-Z]))?\s*([:.-]\s*\S.*)?$/u.test(trimmed);
}

/** Dấu hiệu khối chữ ký: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. / TUQ." at the start of a line. */
export const SIGNATURE_MARK = /^(TM|KT|Q|TL|TUQ)\s*\.\s*\S/u;

/** Chức danh người ký printed alone in capitals ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"). */
const SIGNER_TITLES =
  /^(PHÓ\s+)?(CHỦ TỊCH|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|BÍ THƯ|THỦ TRƯỞNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|TỔNG GIÁM ĐỐC|CHÁNH THANH TRA|BỘ TRƯỞNG|THỨ TRƯỞNG|TRƯỞNG|CHÁNH)(\s+[\p{Lu}Đ ]+)?$/u;

/** Chức danh người ký: a short line in capitals naming the signer's title. */
export function isSignerTitle(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 60 && SIGNER_TITLES.test(trimmed);
}

/** Dòng chữ hoa: at least four letters, none of them lower case ("I. MỤC ĐÍCH, YÊU CẦU"). */
export function isCapitalsLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return (
    letters.length >= 4 && letters.every((letter) => letter === letter.toLocaleUpperCase('vi'))
  );
}

/** Đường kẻ: a line of underscores, dashes, dots or stars only (the rules under headers and above footnotes). */
export function isRuleLine(text: string): boolean {
  return /^[\s_\-=.*…]{3,}$/.test(text) && /[_\-=.*…]{3,}/.test(text.replace(/\s/g, ''));
}
