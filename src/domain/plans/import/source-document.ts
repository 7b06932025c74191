// Văn bản nguồn: the one form every reader (.docx, .pdf, .txt/.md) turns a plan file into, so the
// structure rules are written once. A line is what the review screen shows on the left, numbered
// from 0; a table row is one line too (its cells joined by " | "), so "the source lines of a task"
// always means a range of this list.

/** Định dạng tệp nguồn. */
export const SOURCE_FORMATS = ['docx', 'pdf', 'txt'] as const;

/** Định dạng tệp nguồn: one of SOURCE_FORMATS. */
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * Dòng nguồn: one line of the document with the hints its file gave. A .txt line has only its
 * text; .docx adds bold, alignment, heading level and list level/label (automatic numbering
 * rendered as the reader computed it); .pdf adds the page and the x position.
 */
export interface SourceLine {
  text: string;
  /** In đậm: every run of the line is bold. */
  bold?: boolean;
  /** Căn giữa. */
  centered?: boolean;
  /** Heading 1, 2… of the file's styles (1 = top). */
  headingLevel?: number;
  /** Cấp danh sách (w:ilvl, 0 = top) of an automatically numbered or bulleted paragraph. */
  listLevel?: number;
  /** Số tự động as rendered ("1.", "a)", "-"), prefixed to `text` by the reader already. */
  listLabel?: string;
  /** Trang (from 1) where a .pdf printed the line; a .docx page break sets it on the next line. */
  page?: number;
  /** Lề trái in points, when the file gives it. */
  indent?: number;
  /** Set when the line is a row of a table: which table (index into `tables`) and which row. */
  table?: { index: number; row: number };
}

/** Ô bảng: one cell's text (lines joined by "\n"), how many grid columns it spans, and whether it continues the cell above (vertical merge). */
export interface SourceCell {
  text: string;
  span: number;
  mergedFromAbove: boolean;
}

/** Dòng bảng: the line that shows it and its cells in column order. */
export interface SourceTableRow {
  line: number;
  cells: SourceCell[];
}

/** Bảng: a real table of a .docx (a .pdf or .txt table arrives as flattened lines instead). */
export interface SourceTable {
  rows: SourceTableRow[];
}

/** Văn bản nguồn: the lines, the tables, and what file they came from. */
export interface SourceDocument {
  format: SourceFormat;
  lines: SourceLine[];
  tables: SourceTable[];
}

/** Khoảng dòng nguồn: lines `from`…`to` (inclusive) of a SourceDocument. */
export interface SourceSpan {
  from: number;
  to: number;
}

/** Dòng văn bản thuần: a SourceDocument of a .txt/.md text, one line per line, no hints. */
export function plainTextDocument(text: string): SourceDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return { format: 'txt', lines: lines.map((line) => ({ text: line })), tables: [] };
}
