// Làm sạch văn bản nguồn: a SourceDocument's lines back into the paragraphs they were before a
// PDF or a copy cut them. Noise goes (source-noise.ts), each line is normalised
// (normalise-line.ts), hard wraps are joined (join-hard-wraps.ts). Three regions keep one
// paragraph per line because their line breaks carry meaning: the header above the title line
// (two columns flattened into lines), the appendix from "PHỤ LỤC" on (a flattened table, one cell
// per line, read by the appendix reader), and every line of a .docx (Word paragraphs are real).
import {
  MOTTO,
  NATIONAL_NAME,
  TITLE_WINDOW,
  findTypeLine,
  isAppendixHeading,
  isBareColumnMark,
} from './document-landmarks';
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { LineOverride } from './imported-plan';
import { continuesParagraph, joinWrapped, measureWrapStyle } from './join-hard-wraps';
import { normaliseLine } from './normalise-line';
import type { Paragraph } from './paragraph';
import { markNoise, workLine, type WorkLine } from './source-noise';
import type { SourceDocument } from './source-document';

/** Đoạn văn đã làm sạch: the document's lines joined back into paragraphs, noise dropped, overrides attached. */
export function cleanSource(doc: SourceDocument, overrides: readonly LineOverride[]): Paragraph[] {
  const overrideOf = new Map(overrides.map((item) => [item.line, item]));
  const lines = toWorkLines(doc);
  const regions = findRegions(lines);
  markNoise(lines, regions.tableFrom);
  const style = measureWrapStyle(
    lines.filter(
      (line) => line.index >= regions.bodyFrom && line.index < regions.tableFrom && !line.isNoise,
    ),
  );
  const joins = doc.format !== 'docx';

  const paragraphs: Paragraph[] = [];
  let open: { paragraph: Paragraph; first: string; last: string } | null = null;
  const close = () => {
    if (open) paragraphs.push(open.paragraph);
    open = null;
  };
  const start = (line: WorkLine, override: LineOverride | undefined) => {
    close();
    const { text: _text, table: _table, ...hints } = doc.lines[line.index]!;
    open = {
      paragraph: {
        text: line.text,
        span: { from: line.index, to: line.index },
        hints,
        ...(override ? { override } : {}),
      },
      first: line.text,
      last: line.text,
    };
  };
  const seenTables = new Set<number>();

  for (const line of lines) {
    const override = overrideOf.get(line.index);
    if (override?.role === 'ignore') continue;
    const table = doc.lines[line.index]!.table;
    if (table) {
      close();
      if (!seenTables.has(table.index)) {
        seenTables.add(table.index);
        paragraphs.push(tableParagraph(doc, table.index, line.index));
      }
      continue;
    }
    if (line.isNoise) continue;
    if (line.isRule || (line.isBlank && !style.blanksAreNoise)) {
      close();
      continue;
    }
    if (line.isBlank || line.text === '') continue;
    const isSingleLineRegion =
      !joins || line.index < regions.bodyFrom || line.index >= regions.tableFrom;
    const current = open as { paragraph: Paragraph; first: string; last: string } | null;
    const joinsAbove =
      current !== null &&
      !isSingleLineRegion &&
      !override &&
      current.paragraph.span.to >= regions.bodyFrom &&
      (current.paragraph.override?.role !== 'heading' || /^\p{Ll}/u.test(line.text)) &&
      line.index !== regions.openingFrom &&
      continuesParagraph(current.first, current.last, line.text, style);
    if (current && joinsAbove) {
      current.paragraph.text = joinWrapped(current.paragraph.text, line.text);
      current.paragraph.span.to = line.index;
      current.last = line.text;
    } else {
      start(line, override);
      if (isSingleLineRegion) close();
    }
  }
  close();
  return paragraphs;
}

/** Lời mở đầu: words that start the opening paragraph, so they end a title printed without a rule under it. */
const OPENING_WORDS = /^(Thực hiện|Căn cứ|Nhằm|Để|Theo|Triển khai|Trên cơ sở|Qua|Năm \d{4},)/u;

function toWorkLines(doc: SourceDocument): WorkLine[] {
  let formFeeds = 0;
  return doc.lines.map((line, index) => {
    const page = line.page ?? formFeeds + 1;
    formFeeds += (line.text.match(/\f/g) ?? []).length;
    return workLine(index, line.text, normaliseLine(line.text), page);
  });
}

/**
 * Vùng của văn bản: `bodyFrom` is the title line ("KẾ HOẠCH"; lines above it are the header),
 * `openingFrom` the line opening the body after the trích yếu (-1 when not found), `tableFrom`
 * the appendix heading (or the end). Without a title line the header ends after the
 * last quốc hiệu / số / ngày line near the top, or is empty.
 */
function findRegions(lines: readonly WorkLine[]): {
  bodyFrom: number;
  openingFrom: number;
  tableFrom: number;
} {
  const texts = lines.filter((line) => line.text !== '' && !isBareColumnMark(line.text));
  const typeLine = findTypeLine(
    texts.map((line) => line.text),
    TITLE_WINDOW,
  );
  const title = typeLine ? texts[typeLine.index] : undefined;
  let bodyFrom = title?.index ?? 0;
  if (!title) {
    const landmarks = texts
      .slice(0, 15)
      .filter((line) => isHeaderLandmark(line.text))
      .map((line) => line.index);
    bodyFrom = landmarks.length ? Math.max(...landmarks) + 1 : 0;
  }
  const appendix = texts.find((line) => line.index > bodyFrom && isAppendixHeading(line.text));
  // Mở đầu: the trích yếu under "KẾ HOẠCH" is not always closed by a rule, so the first line
  // opening the body ("Thực hiện…", "Căn cứ…") within a few lines of it starts a paragraph.
  const opening = title
    ? texts
        .filter((line) => line.index > title.index)
        .slice(1, 8)
        .find((line) => OPENING_WORDS.test(line.text))
    : undefined;
  return {
    bodyFrom,
    openingFrom: opening?.index ?? -1,
    tableFrom: appendix?.index ?? lines.length,
  };
}

function isHeaderLandmark(text: string): boolean {
  const folded = foldVietnamese(text);
  return (
    NATIONAL_NAME.test(folded) ||
    MOTTO.test(folded) ||
    /^so\s*:/.test(folded) ||
    /ngay\s*\d*\s*thang\s*\d*\s*nam\s*\d{4}/.test(folded)
  );
}

/**
 * Bảng: one paragraph for the whole table. Its text lays the cells side by side as the page
 * shows them — line k of every cell joined by " | " — so a two-column header or signature table
 * reads like the "|" columns a text copy has.
 */
function tableParagraph(doc: SourceDocument, index: number, firstLine: number): Paragraph {
  const rows = doc.tables[index]!.rows;
  const { text: _text, table: _table, ...hints } = doc.lines[firstLine]!;
  const text = rows
    .flatMap((row) => {
      const cells = row.cells.map((cell) =>
        cell.mergedFromAbove ? [] : cell.text.split('\n').map(normaliseLine),
      );
      const height = Math.max(0, ...cells.map((cell) => cell.length));
      return Array.from({ length: height }, (_, k) =>
        cells.map((cell) => cell[k] ?? '').join(' | '),
      );
    })
    .join('\n');
  return {
    text,
    span: { from: rows[0]?.line ?? firstLine, to: rows.at(-1)?.line ?? firstLine },
    hints,
    table: index,
  };
}
