// Bảng phẳng: a task table as a PDF-to-text tool prints it — the header's words wrapped over
// several lines ("STT Nội dung Kết quả / Thời gian thực / hiện / Cơ quan / chủ trì …"), then each
// row as its label ("1", "1.1", "a)", a Roman group "VI") followed by its cells' lines. Finds the
// header (repeated on every page: later copies are skipped), cuts the lines into rows by labels
// in sequence, and drops page noise (page numbers, a digital-signature stamp).
import { foldVietnamese } from '../../shared/fold-vietnamese';
import { isChildLabel, readRowLabel, RowLabelSequence, type RowLabel } from './row-label';
import type { RowWord } from './segment-row';
import { headerWords, isTaskTable, readHeaderWords, type ColumnKind } from './table-columns';

/** Dòng nguồn của bảng phẳng: a non-blank source line and its number. */
export interface FlatLine {
  text: string;
  line: number;
}

/** Dòng bảng phẳng: its label, its words (label removed), its source lines, and whether it is a group row (lĩnh vực). */
export interface FlatRow {
  label: RowLabel;
  words: RowWord[];
  lines: number[];
  group: boolean;
}

/** Bảng phẳng: the columns its header names (in order, STT first when printed) and its rows. */
export interface FlatTable {
  kinds: ColumnKind[];
  headerLines: number[];
  rows: FlatRow[];
}

const MAX_HEADER_LINES = 14;
// A group heading is short; a row this long with a child under it is still a task.
const GROUP_MAX_WORDS = 25;
// Lines that end the table: the signature, "Nơi nhận", the next appendix.
const TABLE_END = /^(?:(?:tm|kt|q)\. |noi nhan\b|phu luc\b)/;
// A digital-signature stamp (Ban Cơ yếu) printed by the text tool: time, issuer, "đã ký".
const STAMP =
  /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|đã ký lên văn bản|CHỨNG THỰC SỐ|@[\w.-]+\.(?:gov\.)?vn/u;

/** Dòng còn lại: the appendix's lines without blanks and without a signature stamp (a run of tab-indented lines holding a stamp mark). */
export function tableLines(lines: readonly FlatLine[]): FlatLine[] {
  const dropped = new Set<number>();
  for (let at = 0; at < lines.length; at += 1) {
    if (!lines[at]!.text.startsWith('\t')) continue;
    let end = at;
    while (end + 1 < lines.length && lines[end + 1]!.text.startsWith('\t')) end += 1;
    const run = lines.slice(at, end + 1);
    if (run.some((line) => STAMP.test(line.text))) run.forEach((line) => dropped.add(line.line));
    at = end;
  }
  return lines.filter(
    (line) => line.text.trim() !== '' && !dropped.has(line.line) && !STAMP.test(line.text),
  );
}

/** Tiêu đề bảng tại dòng: the header starting at `start` (its kinds and last line index), or null. */
function headerAt(
  lines: readonly FlatLine[],
  start: number,
): { kinds: ColumnKind[]; end: number } | null {
  let words: string[] = [];
  let found: { kinds: ColumnKind[]; end: number } | null = null;
  for (let end = start; end < Math.min(lines.length, start + MAX_HEADER_LINES); end += 1) {
    words = [...words, ...headerWords(lines[end]!.text)];
    const reading = readHeaderWords(words, true);
    if (!reading) break;
    if (reading.complete && reading.kinds.length >= 3) found = { kinds: reading.kinds, end };
  }
  return found && isTaskTable(found.kinds) ? found : null;
}

/** Đọc bảng phẳng: every task table printed flat in `lines` (already without blanks and stamps). */
export function readFlattenedTables(lines: readonly FlatLine[]): FlatTable[] {
  const tables: FlatTable[] = [];
  let table: FlatTable | null = null;
  let sequence = new RowLabelSequence();
  let row: FlatRow | null = null;
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at]!;
    const header = headerAt(lines, at);
    if (header) {
      const repeated = table && header.kinds.join() === table.kinds.join();
      if (!repeated) {
        table = { kinds: header.kinds, headerLines: [], rows: [] };
        tables.push(table);
        sequence = new RowLabelSequence();
        row = null;
      }
      for (let index = at; index <= header.end; index += 1)
        table!.headerLines.push(lines[index]!.line);
      at = header.end;
      continue;
    }
    if (!table) continue;
    if (TABLE_END.test(foldVietnamese(line.text))) {
      table = null;
      row = null;
      continue;
    }
    const labelled = readRowLabel(line.text);
    const opensRow =
      labelled !== null &&
      !/^\p{Ll}/u.test(labelled.rest) &&
      sequence.accept(labelled.label, labelled.rest !== '');
    if (opensRow) {
      row = { label: labelled.label, words: [], lines: [line.line], group: false };
      table.rows.push(row);
      row.words.push(...wordsOf(labelled.rest, line.line));
      continue;
    }
    // A number alone on its line that is not the next label: a page number.
    if (labelled && labelled.rest === '' && labelled.label.style === 'number') continue;
    if (!row) continue;
    row.lines.push(line.line);
    row.words.push(...wordsOf(line.text, line.line));
  }
  for (const each of tables) markGroups(each.rows);
  return tables.filter((each) => each.rows.length > 0);
}

function wordsOf(text: string, line: number): RowWord[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word, at) => ({ word, lineStart: at === 0, line }));
}

// A Roman or capital-letter row with a short text, or any short row whose next row sits under
// it ("1 Công tác chỉ đạo" then "1.1"; "2 Cải cách TTHC" then "a)"), names the area of the tasks
// that follow.
function markGroups(rows: FlatRow[]): void {
  rows.forEach((row, at) => {
    const next = rows[at + 1];
    const hasChild = next !== undefined && isChildLabel(row.label, next.label);
    const short = row.words.length <= GROUP_MAX_WORDS;
    const heading = row.label.style === 'roman' || row.label.style === 'upper';
    row.group = short && (hasChild || (heading && row.words.length <= 20));
  });
}
