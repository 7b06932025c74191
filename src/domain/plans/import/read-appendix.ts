// Đọc phụ lục nhiệm vụ: the task tables of a plan — real .docx tables (real-table.ts) and tables a
// PDF-to-text tool printed flat (flattened-table.ts, each row cut into cells by segment-row.ts) —
// turned into ImportedTasks keyed "a1", "a2"… in document order, each under the group row (lĩnh
// vực) above it.
import { appendixTask, cellText, type TaskRowCells } from './appendix-task';
import type { ImportFramework, ImportWarning, ImportedTask } from './imported-plan';
import type { UnitMatcher } from './match-unit';
import type { Paragraph } from './paragraph';
import { readFlattenedTables, tableLines, type FlatLine } from './flattened-table';
import { readRealTable } from './real-table';
import type { RowLabel } from './row-label';
import { segmentRow } from './segment-row';
import type { SourceDocument } from './source-document';

/** What the appendix reader is given. */
export interface AppendixContext {
  units: UnitMatcher;
  frameworks: readonly ImportFramework[];
  year: number | null;
}

/** Nhiệm vụ từ bảng: the tasks (origin 'table', area = the group row) and warnings. */
export interface AppendixReading {
  tasks: ImportedTask[];
  warnings: ImportWarning[];
}

type Row = TaskRowCells & { group: boolean; label: RowLabel | null };

const SPLIT_GUESS_WARNING = (count: number) =>
  `Có ${count} dòng của bảng phụ lục được tách thành các cột theo phỏng đoán (bảng bị dàn phẳng khi chuyển sang văn bản); hãy kiểm tra các nhiệm vụ được đánh dấu.`;

// Confidence of a flattened row: high when every cell passed its column's test.
const FLAT_CONFIDENCE = 0.9;
const DOUBT_COST = 0.15;

/** Đọc bảng phụ lục: STT, Nội dung/Nhiệm vụ, Chủ trì, Phối hợp, Sản phẩm, Thời gian in any order. */
export function readAppendix(
  appendix: readonly Paragraph[],
  doc: SourceDocument,
  ctx: AppendixContext,
): AppendixReading {
  const tools = { units: ctx.units, year: ctx.year, frameworks: ctx.frameworks };
  const tables: Row[][] = [];
  for (const paragraph of appendix) {
    if (paragraph.table === undefined) continue;
    const table = doc.tables[paragraph.table];
    const reading = table ? readRealTable(table) : null;
    if (reading) tables.push(reading.rows);
  }
  tables.push(...readFlatRows(appendix, doc, tools));
  tables.sort((a, b) => (a[0]?.source[0]?.from ?? 0) - (b[0]?.source[0]?.from ?? 0));

  const tasks: ImportedTask[] = [];
  for (const rows of tables) {
    const groups: { depth: number; text: string }[] = [];
    for (const row of rows) {
      const depth = row.label?.depth ?? 0;
      if (row.group) {
        while (groups.length > 0 && groups.at(-1)!.depth >= depth) groups.pop();
        groups.push({
          depth,
          text: cellText(row.cells.content ?? Object.values(row.cells).join(' ')),
        });
        continue;
      }
      while (groups.length > 0 && row.label && groups.at(-1)!.depth >= depth) groups.pop();
      const task = { ...row, key: `a${tasks.length + 1}`, area: groups.at(-1)?.text ?? '' };
      tasks.push(appendixTask(task, tools));
    }
  }
  const guessed = tasks.filter((task) => task.provenance.flags.includes('content_split_guess'));
  const warnings: ImportWarning[] =
    guessed.length > 0
      ? [
          {
            code: 'appendix_split_guess',
            message: SPLIT_GUESS_WARNING(guessed.length),
            source: guessed.flatMap((task) => task.provenance.source),
          },
        ]
      : [];
  return { tasks, warnings };
}

/** The source lines of the appendix's text paragraphs (a flattened table keeps its line breaks there). */
function appendixLines(appendix: readonly Paragraph[], doc: SourceDocument): FlatLine[] {
  const seen = new Set<number>();
  const lines: FlatLine[] = [];
  for (const paragraph of appendix) {
    if (paragraph.table !== undefined) continue;
    for (let line = paragraph.span.from; line <= paragraph.span.to; line += 1) {
      const source = doc.lines[line];
      if (seen.has(line) || !source || source.table) continue;
      seen.add(line);
      lines.push({ text: source.text, line });
    }
  }
  return lines.sort((a, b) => a.line - b.line);
}

function readFlatRows(
  appendix: readonly Paragraph[],
  doc: SourceDocument,
  tools: { units: UnitMatcher; year: number | null },
): Row[][] {
  return readFlattenedTables(tableLines(appendixLines(appendix, doc))).map((table) => {
    const kinds = table.kinds.filter((kind) => kind !== 'number');
    return table.rows.map((row): Row => {
      const source = [{ from: Math.min(...row.lines), to: Math.max(...row.lines) }];
      if (row.group)
        return {
          key: '',
          area: '',
          cells: { content: row.words.map((word) => word.word).join(' ') },
          source,
          confidence: 1,
          splitGuess: false,
          group: true,
          label: row.label,
        };
      const cut = segmentRow(row.words, kinds, tools);
      const cells: Row['cells'] = {};
      kinds.forEach((kind, at) => {
        if (cut.cells[at])
          cells[kind] = cells[kind] ? `${cells[kind]} ${cut.cells[at]}` : cut.cells[at];
      });
      return {
        key: '',
        area: '',
        cells,
        source,
        confidence: Math.max(0.3, FLAT_CONFIDENCE - DOUBT_COST * cut.doubtfulCells),
        splitGuess: cut.doubtfulCells > 0,
        group: false,
        label: row.label,
      };
    });
  });
}
