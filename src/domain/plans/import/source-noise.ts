// Nhiễu của văn bản nguồn: what a PDF or a portal copy adds to a plan that is not the plan —
// số trang, tiêu đề lặp đầu trang, chú thích cuối trang (with their marks in the text) and the
// chữ ký số certificate dump after the last page. Each rule marks lines to drop; a rule that is
// unsure keeps the line, because a dropped line of a task is worse than a stray page number.
import { isBareColumnMark, isRuleLine } from './document-landmarks';

/** Dòng đang làm sạch: a source line with its normalised text and what the noise rules decided. */
export interface WorkLine {
  index: number;
  raw: string;
  text: string;
  /** Trang: from the reader's hint, else counted from form feeds. */
  page: number;
  isBlank: boolean;
  /** Đường kẻ (underscores) or a long run of spaces a PDF leaves for the rule above footnotes. */
  isRule: boolean;
  isNoise: boolean;
}

/** Số trang in the forms plans print: "- 3 -", "Trang 3", "Trang 3/10", "3/10". */
const DECORATED_PAGE_NUMBER = /^(-\s*\d{1,3}\s*-|Trang\s+\d{1,3}(\s*\/\s*\d{1,3})?)$/iu;
/** "3", or "3/10" (outside tables, where "6/6" may be a cell). */
const BARE_NUMBER = /^\d{1,3}(\s*\/\s*\d{1,3})?$/;

/** Chứng thư số: the lines a signing tool prints for a digital signature. */
const CERTIFICATE_LINE = [
  /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?/,
  /đã ký lên văn bản này/iu,
  /^(Người ký|Ký bởi|Thời gian ký|Signed by|Signature valid|Ngày ký)\s*:/iu,
  /CHỨNG THỰC SỐ|chứng thư số|ca@bcy\.gov\.vn/iu,
];

/** Dòng làm việc: a source line before the noise rules. */
export function workLine(index: number, raw: string, text: string, page: number): WorkLine {
  const isSpaceRun = raw.length >= 20 && raw.trim() === '';
  return {
    index,
    raw,
    text,
    page,
    isBlank: text === '' && !isSpaceRun,
    isRule: isSpaceRun || (text !== '' && isRuleLine(text)),
    isNoise: false,
  };
}

/** Đánh dấu nhiễu: page numbers, running headers, footnotes and certificate dumps; `tableFrom` is the first line of the appendix, where bare numbers are row numbers (STT), not pages. */
export function markNoise(lines: WorkLine[], tableFrom: number): void {
  markCertificateDump(lines);
  // A lone "|" is the cell border a portal copy leaves between flattened cells.
  lines.filter((line) => isBareColumnMark(line.text)).forEach((line) => (line.isNoise = true));
  markPageNumbers(lines, tableFrom);
  markRunningHeaders(lines);
  markFootnotes(lines);
}

const isEmpty = (line: WorkLine | undefined) => !line || line.isBlank || line.text === '';

function markCertificateDump(lines: WorkLine[]): void {
  const hits = lines.filter((line) => CERTIFICATE_LINE.some((pattern) => pattern.test(line.text)));
  hits.forEach((line) => (line.isNoise = true));
  // The signer's province and unit sit between the timestamps without a mark of their own.
  for (let i = 1; i < hits.length; i += 1) {
    const between = lines.slice(hits[i - 1]!.index + 1, hits[i]!.index);
    if (between.filter((line) => !isEmpty(line)).length <= 4) {
      between.forEach((line) => (line.isNoise = true));
    }
  }
}

function markPageNumbers(lines: WorkLine[], tableFrom: number): void {
  lines.forEach((line, at) => {
    if (DECORATED_PAGE_NUMBER.test(line.text)) {
      line.isNoise = true;
      return;
    }
    if (!BARE_NUMBER.test(line.text) || line.index >= tableFrom) return;
    // A bare number is a page number when a page break surrounds it: blank lines on both sides.
    // A number followed at once by text is a table's STT cell (a flattened body table).
    if (isEmpty(lines[at - 1]) && isEmpty(lines[at + 1])) line.isNoise = true;
  });
}

/** Tiêu đề lặp đầu trang: the same line printed first or last on most pages ("Kế hoạch số 104/KH-UBND"). */
function markRunningHeaders(lines: WorkLine[]): void {
  const pages = new Map<number, WorkLine[]>();
  for (const line of lines) {
    if (isEmpty(line) || line.isNoise) continue;
    pages.set(line.page, [...(pages.get(line.page) ?? []), line]);
  }
  if (pages.size < 3) return;
  const edges = new Map<string, WorkLine[]>();
  for (const pageLines of pages.values()) {
    const candidates = new Set([pageLines[0]!, pageLines.at(-1)!]);
    for (const line of candidates) {
      if (line.text.length > 120) continue;
      const key = line.text.toLocaleLowerCase('vi');
      edges.set(key, [...(edges.get(key) ?? []), line]);
    }
  }
  const needed = Math.max(3, Math.ceil(pages.size / 2));
  for (const found of edges.values()) {
    if (new Set(found.map((line) => line.page)).size >= needed) {
      found.forEach((line) => (line.isNoise = true));
    }
  }
}

/**
 * Chú thích cuối trang: after a rule (underscores, or the run of spaces a PDF leaves), a line
 * "1 Cải cách thể chế…" whose number marks a word of the text just before ("giai đoạn
 * 2021-20301", "tỉnh2."). The footnote runs to the line ending its sentence, and on to footnote
 * n+1 when it follows. Without the mark in the text the lines stay: that is a numbered list.
 */
function markFootnotes(lines: WorkLine[]): void {
  lines.forEach((line, at) => {
    if (!line.isRule) return;
    let next = nextText(lines, at + 1);
    let expected: number | null = null;
    while (next !== null) {
      const start = /^(\d{1,2})\s+\S/.exec(lines[next]!.text);
      const number = start ? Number(start[1]) : NaN;
      if (!start || (expected !== null && number !== expected)) return;
      if (!removeFootnoteMark(lines, at, number)) return;
      const end = footnoteEnd(lines, next);
      if (end === null) return;
      lines.slice(next, end + 1).forEach((item) => (item.isNoise = true));
      line.isNoise = true;
      expected = number + 1;
      next = nextText(lines, end + 1);
    }
  });
}

function nextText(lines: WorkLine[], from: number): number | null {
  for (let i = from; i < lines.length; i += 1) {
    if (!isEmpty(lines[i]) && !lines[i]!.isNoise) return i;
  }
  return null;
}

/** The last line of a footnote: the first ending a sentence, within 15 lines of text. */
function footnoteEnd(lines: WorkLine[], from: number): number | null {
  let count = 0;
  for (let i = from; i < lines.length && count < 15; i += 1) {
    if (isEmpty(lines[i])) continue;
    count += 1;
    if (/[.!?]["')]?$/.test(lines[i]!.text)) return i;
  }
  return null;
}

/** Removes footnote mark `number` from the nearest text line above `before`; false when there is none. */
function removeFootnoteMark(lines: WorkLine[], before: number, number: number): boolean {
  const mark = new RegExp(`(\\p{L}|\\d{4}-\\d{4}|[)"'])${number}(?=[\\s.,;:)]|$)`, 'gu');
  for (let i = before - 1; i >= Math.max(0, before - 80); i -= 1) {
    const line = lines[i]!;
    if (line.isNoise || isEmpty(line)) continue;
    const matches = [...line.text.matchAll(mark)];
    const last = matches.at(-1);
    if (last?.index === undefined) continue;
    const cut = last.index + last[1]!.length;
    line.text = line.text.slice(0, cut) + line.text.slice(cut + String(number).length);
    return true;
  }
  return false;
}
