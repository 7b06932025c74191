// Chia phần văn bản: header (quốc hiệu, cơ quan, số, ngày, "KẾ HOẠCH" and its trích yếu), body,
// closing (the signature block and "Nơi nhận", in either order) and appendix ("PHỤ LỤC" on, one
// or several). A document copied without its header (sample 002 starts at "KẾ HOẠCH") or
// without a title line still splits: the header is then what precedes the body's first line.
import {
  MOTTO,
  NATIONAL_NAME,
  SIGNATURE_MARK,
  TITLE_WINDOW,
  findTypeLine,
  isAppendixHeading,
  isCapitalsLine,
  isRecipientsHeading,
  isSignerTitle,
} from './document-landmarks';
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { DocumentParts, Paragraph } from './paragraph';

/** Lời mở đầu: words that begin the opening paragraph, never a title line. */
const OPENING =
  /^(Thực hiện|Căn cứ|Nhằm|Để|Theo|Triển khai|Trên cơ sở|Qua|Năm \d{4},|Ngày \d{1,2}[/ ]|([IVX]+|[A-Đ]|\d+)\.\s)/u;

/** Phần của văn bản: header (through the title), body, closing (Nơi nhận, chữ ký), appendix (Phụ lục). */
export function splitParts(paragraphs: readonly Paragraph[]): DocumentParts {
  const bodyStart = findBodyStart(paragraphs);
  const appendixStart = findIndex(paragraphs, bodyStart, (p) => isAppendixHeading(p.text));
  const closingStart = findClosingStart(paragraphs, bodyStart, appendixStart);
  return {
    header: paragraphs.slice(0, bodyStart),
    body: paragraphs.slice(bodyStart, closingStart),
    closing: paragraphs.slice(closingStart, appendixStart),
    appendix: paragraphs.slice(appendixStart),
  };
}

function findIndex(
  paragraphs: readonly Paragraph[],
  from: number,
  test: (paragraph: Paragraph) => boolean,
): number {
  const at = paragraphs.findIndex((paragraph, index) => index >= from && test(paragraph));
  return at < 0 ? paragraphs.length : at;
}

/**
 * Đầu phần thân: after the trích yếu — the paragraphs under the title line up to the first that
 * opens the body ("Căn cứ", "Thực hiện", "I."…), that is long, or that loses the title's bold;
 * three at most. Without a title line: after the header's landmarks (quốc hiệu, số, ngày).
 */
function findBodyStart(paragraphs: readonly Paragraph[]): number {
  const typeLine = findTypeLine(
    paragraphs.map((p) => p.text),
    TITLE_WINDOW,
  );
  const title = typeLine?.index ?? -1;
  if (title < 0) {
    let end = 0;
    paragraphs.slice(0, 12).forEach((paragraph, index) => {
      if (isHeaderLandmark(paragraph)) end = index + 1;
    });
    return end;
  }
  const first = paragraphs[title]!;
  let end = title + 1;
  // A title printed on the type line ("KẾ HOẠCH Triển khai…") may still wrap onto the next one.
  while (end < paragraphs.length && end - title <= 3) {
    const paragraph = paragraphs[end]!;
    const isFirstTitleLine = end === title + 1 && typeLine?.rest === '';
    if (!isFirstTitleLine && OPENING.test(paragraph.text)) break;
    if (paragraph.table !== undefined) break;
    // A trích yếu in capitals may run long (a plan on five indices); a long line in sentence case is the opening.
    if (paragraph.text.length > (isCapitalsLine(paragraph.text) ? 500 : 250)) break;
    if (first.hints.bold && paragraph.hints.bold === false) break;
    if (end > title + 1 && /[.:]$/.test(paragraphs[end - 1]!.text)) break;
    end += 1;
  }
  return end;
}

function isHeaderLandmark(paragraph: Paragraph): boolean {
  const folded = foldVietnamese(paragraph.text);
  return (
    NATIONAL_NAME.test(folded) ||
    MOTTO.test(folded) ||
    /(^|\|\s*)so\s*:/.test(folded) ||
    /ngay\s*\d*\s*thang\s*\d*\s*nam\s*\d{4}/.test(folded)
  );
}

/**
 * Đầu phần kết: "Nơi nhận", or the signature block when it is printed before Nơi nhận (the two
 * columns flattened) — up to six short lines in capitals or a name above "Nơi nhận", starting at
 * "TM./KT./Q." or a title. Without Nơi nhận: a signature block after the body's last "./.".
 */
function findClosingStart(
  paragraphs: readonly Paragraph[],
  bodyStart: number,
  appendixStart: number,
): number {
  const recipients = paragraphs.findIndex(
    (paragraph, index) =>
      index >= bodyStart &&
      index < appendixStart &&
      (isRecipientsHeading(paragraph.text) ||
        (paragraph.table !== undefined && /(^|\|\s*)Nơi nhận/mu.test(paragraph.text))),
  );
  if (recipients >= 0) {
    let start = recipients;
    for (let index = recipients - 1; index >= Math.max(bodyStart, recipients - 6); index -= 1) {
      const text = paragraphs[index]!.text;
      if (isSignatureStart(text)) start = index;
      else if (!isSignatureLine(text)) break;
    }
    return start;
  }
  const end = paragraphs.findLastIndex(
    (paragraph, index) => index < appendixStart && /\.\/\.\s*$/.test(paragraph.text),
  );
  const signature = paragraphs.findIndex(
    (paragraph, index) =>
      index > Math.max(end, bodyStart - 1) &&
      index < appendixStart &&
      isSignatureStart(paragraph.text),
  );
  return signature >= 0 ? signature : appendixStart;
}

function isSignatureStart(text: string): boolean {
  return SIGNATURE_MARK.test(text) || isSignerTitle(text);
}

/** A line of a signature block: capitals, or a person's name (two to five capitalised words). */
function isSignatureLine(text: string): boolean {
  return (
    (isCapitalsLine(text) && text.length <= 60) ||
    /^(\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*$/u.test(text.trim())
  );
}
