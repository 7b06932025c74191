// Làm sạch văn bản nguồn (owner: the noise/header piece). PLACEHOLDER reading: one paragraph per
// non-blank line, one per table; the real rules (page numbers, running headers, quotes, dashes,
// hard wraps) replace it.
import type { LineOverride } from './imported-plan';
import type { Paragraph } from './paragraph';
import type { SourceDocument } from './source-document';

/** Đoạn văn đã làm sạch: the document's lines joined back into paragraphs, noise dropped, overrides attached. */
export function cleanSource(doc: SourceDocument, overrides: readonly LineOverride[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const seenTables = new Set<number>();
  doc.lines.forEach((line, index) => {
    const override = overrides.find((item) => item.line === index);
    if (override?.role === 'ignore') return;
    const { text, table, ...hints } = line;
    if (table) {
      if (seenTables.has(table.index)) return;
      seenTables.add(table.index);
      const rows = doc.tables[table.index]!.rows;
      paragraphs.push({
        text: '',
        span: { from: rows[0]!.line, to: rows.at(-1)!.line },
        hints,
        table: table.index,
      });
      return;
    }
    if (text.trim() === '') return;
    paragraphs.push({
      text: text.trim(),
      span: { from: index, to: index },
      hints,
      ...(override ? { override } : {}),
    });
  });
  return paragraphs;
}
