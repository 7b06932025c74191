// Bảng trong văn bản: the tables the round's documents lay out as text (the self-assessment
// report's score summary and explanations, its evidence list, the ranking appendix).

/** Cột của bảng trong văn bản: title, alignment, and width as a share (%) of the text width (0: what the others leave). */
export interface DocumentTableColumn {
  title: string;
  align: 'left' | 'center' | 'justify';
  widthPercent: number;
}

/** Dòng của bảng: `group` (a lĩnh vực, bold), `plain`, or `total` (Tổng cộng, bold). */
export interface DocumentTableRow {
  style: 'group' | 'plain' | 'total';
  cells: string[];
}

/** Dòng của phụ lục: an area heading (I, II… and its name) or one item's cells in column order. */
export type AppendixRow =
  { kind: 'area'; numeral: string; text: string } | { kind: 'item'; cells: string[] };

/** Bảng trong thân văn bản: bordered, header row repeated on every page. */
export interface DocumentTable {
  columns: DocumentTableColumn[];
  rows: DocumentTableRow[];
}
