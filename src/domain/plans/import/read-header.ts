// Đọc phần đầu văn bản: the two-column header of Nghị định 30/2020 — left the parent and issuing
// bodies and "Số: 104/KH-UBND", right the quốc hiệu, tiêu ngữ and "Lấp Vò, ngày 22 tháng 3 năm
// 2024" — however it arrives: as printed lines where both columns share a line ("ỦY BAN NHÂN DÂN
// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), as "|" columns, or as a .docx table. The right column's
// fixed wording is cut out of each line; what stays in capitals is the left column.
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { PlanContent } from '../plan';
import { MOTTO, NATIONAL_NAME, findTypeLine, isCapitalsLine } from './document-landmarks';
import type { Provenance } from './imported-plan';
import { spansOf, type Paragraph, type TextReading } from './paragraph';
import { groupBodyLines } from './header-bodies';

/** Phần đầu đọc được: the header fields of PlanContent, the year the plan is for, and provenance per field. */
export interface HeaderReading {
  fields: Pick<
    PlanContent,
    'parentBody' | 'issuingBody' | 'number' | 'symbol' | 'place' | 'issuedOn' | 'title'
  >;
  /** Năm kế hoạch: from the title ("năm 2024"), else the date; null when neither says. */
  year: number | null;
  provenance: Record<string, Provenance>;
}

/** "Số: 104/KH-UBND", "Số:      /KH-UBND" (a draft), "Số 23/KH-UBND". */
const NUMBER = /Số\s*:?\s*(\d+[a-z]?)?\s*\/\s*([\p{Lu}Đ][\p{Lu}Đ\d.-]*[\p{Lu}Đ\d])/u;
/** "Lấp Vò, ngày 22 tháng 3 năm 2024"; day and month may be blank in a draft. */
const PLACE_DATE =
  /(?:^|\s)([\p{Lu}][\p{L}.'-]*(?:\s+[\p{L}.'-]+){0,4}?)\s*,\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u;

interface HeaderPiece {
  text: string;
  paragraph: Paragraph;
}

/** Đọc phần đầu: quốc hiệu, cơ quan ban hành và chủ quản, số và ký hiệu, địa danh và ngày, tên loại, trích yếu. */
export function readHeader(header: readonly Paragraph[]): HeaderReading {
  const provenance: Record<string, Provenance> = {};
  const mark = (key: string, confidence: number, from: readonly Paragraph[]) => {
    provenance[key] = { confidence, source: spansOf(uniqueSorted(from)), flags: [] };
  };
  const typeLine = findTypeLine(
    header.map((paragraph) => paragraph.text),
    header.length,
  );
  const typeAt = typeLine?.index ?? -1;
  const top = typeAt >= 0 ? header.slice(0, typeAt) : header;
  const pieces = top.flatMap(splitColumns);

  let hasNationalName = false;
  let number: string | null = null;
  let symbol = '';
  let numberFrom: Paragraph | null = null;
  let place = '';
  let issuedOn: string | null = null;
  let dateYear: number | null = null;
  let dateFrom: Paragraph | null = null;
  const bodyLines: HeaderPiece[] = [];
  for (const [at, piece] of pieces.entries()) {
    const national = cutFolded(piece.text, NATIONAL_NAME);
    if (national.found) hasNationalName = true;
    let text = cutFolded(national.text, MOTTO).text;
    const numbered = NUMBER.exec(text);
    if (numbered && !numberFrom) {
      number = numbered[1] ?? null;
      symbol = numbered[2]!;
      numberFrom = piece.paragraph;
      text = text.replace(numbered[0], ' ');
    }
    let dated = PLACE_DATE.exec(text);
    // A header cell wrapped over two lines: "Thái Bình," / "ngày 03 tháng 6 năm 2024", "Hà Nội, ngày 30" / "tháng 5 năm 2024".
    const next = pieces[at + 1];
    if (!dated && !dateFrom && next && /^(ngày|tháng)\s/u.test(next.text)) {
      const joined = `${text} ${next.text}`;
      dated = PLACE_DATE.exec(joined);
      if (dated) {
        text = joined;
        next.text = '';
      }
    }
    if (dated && !dateFrom) {
      place = dated[1]!.trim();
      dateYear = Number(dated[4]);
      issuedOn =
        dated[2] && dated[3] ? isoDate(dateYear, Number(dated[3]), Number(dated[2])) : null;
      dateFrom = piece.paragraph;
      text = text.replace(dated[0], ' ');
    }
    text = text.replace(/[|_]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (text && isCapitalsLine(text)) bodyLines.push({ text, paragraph: piece.paragraph });
  }

  const bodies = groupBodyLines(bodyLines.map((line) => line.text));
  const issuingBody = bodies.at(-1) ?? '';
  const parentBody = bodies.length > 1 ? bodies.at(-2)! : '';
  const bodyParagraphs = bodyLines.map((line) => line.paragraph);
  if (issuingBody) mark('issuingBody', hasNationalName ? 0.9 : 0.7, bodyParagraphs);
  else if (header.length) mark('issuingBody', 0.2, []);
  if (bodyLines.length) mark('parentBody', bodies.length > 1 ? 0.8 : 0.75, bodyParagraphs);
  if (numberFrom) {
    mark('number', 0.95, [numberFrom]);
    mark('symbol', 0.95, [numberFrom]);
  } else if (header.length) mark('number', 0.3, []);
  if (dateFrom) {
    mark('issuedOn', issuedOn ? 0.95 : 0.85, [dateFrom]);
    mark('place', 0.9, [dateFrom]);
  }

  const titleParagraphs = typeAt >= 0 ? header.slice(typeAt) : [];
  const typeRest = typeLine?.rest ?? '';
  const title = [typeRest, ...titleParagraphs.slice(1).map((paragraph) => paragraph.text)]
    .filter((text) => text !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (title) mark('title', titleParagraphs.length <= 3 ? 0.9 : 0.6, titleParagraphs);

  const year = planYear(title, dateYear);
  return {
    fields: {
      parentBody,
      issuingBody,
      number,
      symbol: symbol || 'KH-UBND',
      place,
      issuedOn,
      title,
    },
    year: year.value,
    provenance: {
      ...provenance,
      ...(year.value !== null && year.source
        ? {
            year: {
              confidence: year.confidence,
              source: spansOf(
                year.source === 'title' ? titleParagraphs : dateFrom ? [dateFrom] : [],
              ),
              flags: [],
            },
          }
        : {}),
    },
  };
}

/** One paragraph's lines, each "|" column of a line a piece of its own. */
function splitColumns(paragraph: Paragraph): HeaderPiece[] {
  return paragraph.text
    .split('\n')
    .flatMap((line) => line.split(/\s+\|\s+|\s*\|\s*/))
    .map((text) => ({ text: text.trim(), paragraph }))
    .filter((piece) => piece.text !== '');
}

/** Cuts what `pattern` matches in the folded form of `text`; folding letter by letter keeps every index in place. */
function cutFolded(text: string, pattern: RegExp): { text: string; found: boolean } {
  const folded = [...text]
    .map((letter) => {
      const base = foldVietnamese(letter);
      return base.length === 1 ? base : letter;
    })
    .join('');
  const match = pattern.exec(folded);
  if (!match) return { text, found: false };
  return {
    text: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`,
    found: true,
  };
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Năm kế hoạch: the year the title names ("… năm 2024"), else the date's. A remediation plan
 * ("Khắc phục tồn tại, hạn chế … năm 2023") names the year whose results it remedies, so its
 * plan year is the date's, or the year after the one named.
 */
function planYear(
  title: string,
  dateYear: number | null,
): { value: number | null; confidence: number; source: 'title' | 'date' | null } {
  const years = [...title.matchAll(/năm\s+(\d{4})/gu)].map((match) => Number(match[1]));
  const named = years.at(-1) ?? null;
  if (named !== null && /khắc phục|tồn tại, hạn chế/iu.test(title)) {
    return dateYear !== null
      ? { value: dateYear, confidence: 0.8, source: 'date' }
      : { value: named + 1, confidence: 0.6, source: 'title' };
  }
  if (named !== null) return { value: named, confidence: 0.9, source: 'title' };
  if (dateYear !== null) return { value: dateYear, confidence: 0.7, source: 'date' };
  return { value: null, confidence: 0, source: null };
}

function uniqueSorted(paragraphs: readonly Paragraph[]): Paragraph[] {
  return [...new Set(paragraphs)].sort((a, b) => a.span.from - b.span.from);
}

/**
 * Trích yếu của văn bản ban hành kèm theo: a decision issuing a plan prints the plan after its
 * own signature — tên loại, trích yếu in capitals, then "(Ban hành kèm theo Quyết định số …)".
 * When the copy dropped the tên loại (or the header read no title), the capitals lines just above
 * that note are the plan's title. Null when there is no such note.
 */
export function readAttachedTitle(paragraphs: readonly Paragraph[]): TextReading | null {
  const note = paragraphs.findIndex((paragraph) =>
    /^\(\s*(Ban hành )?kèm theo (Quyết định|Nghị quyết|Công văn)/iu.test(paragraph.text.trim()),
  );
  if (note < 1) return null;
  const lines: Paragraph[] = [];
  for (let at = note - 1; at >= 0 && lines.length < 4; at -= 1) {
    const text = paragraphs[at]!.text.trim();
    if (text.includes('|') || !isCapitalsLine(text) || documentTypeLineOf(text)) break;
    lines.unshift(paragraphs[at]!);
  }
  if (lines.length === 0) return null;
  const text = lines
    .map((paragraph) => paragraph.text.trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/[.;]+$/, '');
  return { text, confidence: 0.7, source: spansOf(lines) };
}

function documentTypeLineOf(text: string): boolean {
  return /^(KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)$/u.test(text) || SIGNATURE_START.test(text);
}

const SIGNATURE_START = /^(TM|KT|Q|TL|TUQ)\s*\.|^(QUYẾT ĐỊNH|NƠI NHẬN)\b/u;
