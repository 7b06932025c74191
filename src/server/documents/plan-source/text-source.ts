// .txt and .md into the SourceDocument. Plain text is the domain's plainTextDocument, one line per
// line; Markdown (text copied from a portal, or written by hand) also gives its headings ("## …"),
// whole-line bold ("**…**") and pipe tables ("| a | b |") as hints, the marks themselves removed.
import {
  plainTextDocument,
  type SourceDocument,
  type SourceLine,
  type SourceTable,
} from '@domain/plans/import/source-document';
import { PLAN_SOURCE_LIMITS, refusals } from './plan-source-limits';

/** The lines of `text` (any line ending), refusing more than the cap before splitting them. */
function splitLines(text: string): string[] {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
    if (++count > PLAN_SOURCE_LIMITS.maxLines) throw refusals.tooManyLines();
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** A .txt: the domain's plain form, after the line cap. */
export function readTextSource(text: string): SourceDocument {
  splitLines(text);
  return plainTextDocument(text);
}

/** "| a | b \| c |" → ["a", "b | c"]; null when the line is not a table row. */
function tableCells(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || trimmed.length < 2) return null;
  const inner = trimmed.slice(
    1,
    trimmed.endsWith('|') && !trimmed.endsWith('\\|') ? -1 : undefined,
  );
  return inner.split(/(?<!\\)\|/).map((cell) => stripInline(cell.replace(/\\\|/g, '|').trim()));
}

/** The row under a table's header: "|---|:--:|". */
const isDelimiterRow = (line: string) =>
  /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);

/** Bold and italic marks inside a line are dropped; the words stay. */
function stripInline(text: string): string {
  return text.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2');
}

/** A Markdown text: headings, bold lines and pipe tables as hints (format "txt", as SOURCE_FORMATS has it). */
export function readMarkdownSource(text: string): SourceDocument {
  const raw = splitLines(text);
  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  for (let at = 0; at < raw.length; at++) {
    const line = raw[at]!;
    const header = tableCells(line);
    if (header && at + 1 < raw.length && isDelimiterRow(raw[at + 1]!)) {
      const rows = [header];
      let next = at + 2; // the delimiter row is not a line of the document
      for (let cells = tableCells(raw[next] ?? ''); cells; cells = tableCells(raw[next] ?? '')) {
        rows.push(cells);
        next++;
      }
      const index = tables.length;
      tables.push({
        rows: rows.map((cells, row) => {
          lines.push({ text: cells.join(' | '), table: { index, row } });
          return {
            line: lines.length - 1,
            cells: cells.map((cell) => ({ text: cell, span: 1, mergedFromAbove: false })),
          };
        }),
      });
      at = next - 1;
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      lines.push({ text: stripInline(heading[2]!), headingLevel: heading[1]!.length });
      continue;
    }
    const bold = /^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$/.exec(line);
    if (bold && !bold[2]!.includes(bold[1]!)) {
      lines.push({ text: bold[2]!, bold: true });
      continue;
    }
    lines.push({ text: stripInline(line) });
  }
  return { format: 'txt', lines, tables };
}
