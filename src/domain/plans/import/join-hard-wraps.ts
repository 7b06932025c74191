// Nối dòng bị ngắt: a PDF or a copied text breaks every ~80 characters, often with a blank line
// after every line, so neither a line break nor a blank line ends a paragraph by itself. A line
// continues the paragraph above when that one has not ended its sentence and this one does not
// start a new item (I., 1., 1.1., a), -, +, "Căn cứ", a heading in capitals…).
import {
  SIGNATURE_MARK,
  isAppendixHeading,
  isCapitalsLine,
  isRecipientsHeading,
} from './document-landmarks';

/** Kiểu ngắt dòng của văn bản, measured on its body lines. */
export interface WrapStyle {
  /** Blank lines separate every line (most lines are followed by one), so they mean nothing. */
  blanksAreNoise: boolean;
  /** Độ rộng dòng: the 90th percentile of line lengths; 0 when lines are not hard-wrapped. */
  width: number;
}

/** Kiểu ngắt dòng: whether blank lines separate paragraphs and how wide the wrapped lines are. */
export function measureWrapStyle(lines: readonly { text: string; isBlank: boolean }[]): WrapStyle {
  let texts = 0;
  let followedByBlank = 0;
  const lengths: number[] = [];
  lines.forEach((line, at) => {
    if (line.isBlank || line.text === '') return;
    texts += 1;
    lengths.push(line.text.length);
    if (lines[at + 1]?.isBlank) followedByBlank += 1;
  });
  lengths.sort((a, b) => a - b);
  const measured = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  // A few lines say little about the page: assume a printed A4 line (~80 characters) then.
  const width = lengths.length < 20 ? Math.max(measured, 80) : measured;
  return {
    blanksAreNoise: texts > 0 && followedByBlank / texts >= 0.5,
    // Portal text keeps each paragraph on one line: lines far longer than a printed page's.
    width: width > 140 ? 0 : width,
  };
}

/** Bắt đầu mục mới: a numbered or bulleted item, "Căn cứ", "Nơi nhận", a signature mark or an appendix heading. */
export function startsNewItem(text: string): boolean {
  return (
    /^[IVXLC]+\s*[.)]\s/.test(text) ||
    /^[A-ZĐ]\s*[.)]\s/u.test(text) ||
    /^\d{1,2}(\.\d{1,2})*\s*[.)](\s|$)/.test(text) ||
    /^\d{1,2}(\.\d{1,2})+\s+\p{Lu}/u.test(text) ||
    /^\d{1,2}\s+\p{Lu}/u.test(text) ||
    /^\d{1,2}$/.test(text) ||
    /^[a-zđ]\s*\)/u.test(text) ||
    /^[-+*•–]/.test(text) ||
    /^(Căn cứ|Điều \d)/u.test(text) ||
    isRecipientsHeading(text) ||
    SIGNATURE_MARK.test(text) ||
    isAppendixHeading(text)
  );
}

/** Tiêu đề chữ hoa: a line of at least two words in capitals ("II. NỘI DUNG THỰC HIỆN"), not a lone acronym ("CCHC."). */
export function isCapitalsHeading(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return isCapitalsLine(text) && letters >= 8 && text.trim().split(/\s+/).length >= 2;
}

/** Words that open a paragraph of a plan's opening ("Nhằm …", "Thực hiện …") after a "Căn cứ …;" line. */
const PARAGRAPH_OPENING = /^(Nhằm|Thực hiện|Để|Trên cơ sở|Theo|Triển khai)\s/u;
const ENDS_SENTENCE = /[.!?]["')\]]*$/;
/** ";" and ":" end a list item or introduce a list, but inside a paragraph they end a wrapped line too. */
const ENDS_CLAUSE = /[;:]["')\]]*$/;
const STARTS_LOWER = /^[\p{Ll}(%,]/u;

/**
 * Dòng nối tiếp: true when `line` continues the paragraph whose first line is `first` and last
 * line is `last`. A line of capitals continues only a heading in capitals; a short line (under
 * 60 % of the wrap width, 80 % after ";" or ":") ends its paragraph unless the next line starts
 * in lower case.
 */
export function continuesParagraph(
  first: string,
  last: string,
  line: string,
  style: WrapStyle,
): boolean {
  if (startsNewItem(line)) return false;
  // "… Nghị quyết số 19-" / "NQ/TW …": a document number wrapped at its hyphen or slash.
  if (/\d[-/]$/.test(last) && /^[\p{Lu}\d]/u.test(line)) return true;
  if (ENDS_SENTENCE.test(last)) return false;
  const endsClause = ENDS_CLAUSE.test(last);
  const headingAbove = isCapitalsHeading(first);
  if (isCapitalsHeading(line) !== headingAbove && !(headingAbove && /^\p{Ll}/u.test(line))) {
    return false;
  }
  if (STARTS_LOWER.test(line)) return true;
  if (style.width === 0) return false;
  if (endsClause && PARAGRAPH_OPENING.test(line)) return false;
  // After ";" or ":" only a line wrapped near the margin goes on; a short one ended its item.
  return last.length >= (endsClause ? 0.8 : 0.6) * style.width;
}

/** Nối hai dòng: a document number wrapped after its hyphen or slash ("19-" + "NQ/TW") joins without a space. */
export function joinWrapped(text: string, line: string): string {
  return /[\p{L}\d][-/]$/u.test(text) && /^[\p{L}\d]/u.test(line)
    ? `${text}${line}`
    : `${text} ${line}`;
}
