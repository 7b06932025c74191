// Đoạn: the unit the structure rules read — one or more source lines joined back into the
// paragraph they were before hard wraps, page breaks and running headers cut them.
import type { LineOverride } from './imported-plan';
import type { SourceLine, SourceSpan } from './source-document';

/** Đoạn văn đã làm sạch: its text, the source lines it spans, the hints of its first line, and a person's override for it. */
export interface Paragraph {
  text: string;
  span: SourceSpan;
  hints: Omit<SourceLine, 'text' | 'table'>;
  /** Set when the paragraph is a whole table of the document (index into SourceDocument.tables). */
  table?: number;
  override?: LineOverride;
}

/** Phần của văn bản: header (up to the title), body, closing (Nơi nhận, chữ ký) and appendix (Phụ lục onwards). */
export interface DocumentParts {
  header: Paragraph[];
  body: Paragraph[];
  closing: Paragraph[];
  appendix: Paragraph[];
}

/** Đoạn văn bản kèm nguồn: a text the importer read and the lines it came from. */
export interface TextReading {
  text: string;
  confidence: number;
  source: SourceSpan[];
}

/** The spans of some paragraphs, merged where they touch, for a Provenance. */
export function spansOf(paragraphs: readonly Paragraph[]): SourceSpan[] {
  const spans: SourceSpan[] = [];
  for (const { span } of paragraphs) {
    const last = spans.at(-1);
    if (last && span.from <= last.to + 1) last.to = Math.max(last.to, span.to);
    else spans.push({ ...span });
  }
  return spans;
}
