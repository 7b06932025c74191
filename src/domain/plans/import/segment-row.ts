// Cắt dòng bảng phẳng thành ô: a PDF-to-text row is its cells' words in column order, each cell on
// one or more lines, sometimes several cells on one line ("Kế hoạch Quí II/2024 CC.Tư pháp UBND
// xã"). Dynamic programming over word boundaries picks the cut with the best total: each piece
// scored by how well it reads as its column (cell-fit.ts), cuts at line breaks free, cuts inside a
// line or before a lower-case word, a bracket or after "của"/"," costly.
import { endPenalty, fitCell, startPenalty } from './cell-fit';
import type { UnitMatcher } from './match-unit';
import type { ColumnKind } from './table-columns';

/** Từ của dòng: a word of a flattened row, whether it starts a printed line, and that line's number. */
export interface RowWord {
  word: string;
  lineStart: boolean;
  line: number;
}

/** Dòng đã cắt: each column's text, the total score, and how many cells a column test refused or a mid-line cut made doubtful. */
export interface SegmentedRow {
  cells: string[];
  /** Lines each cell came from (empty for an empty cell). */
  cellLines: number[][];
  score: number;
  doubtfulCells: number;
}

// The longest a cell of each kind is allowed to be, in words (the content and solution are free).
const MAX_WORDS: Partial<Record<ColumnKind, number>> = {
  timeframe: 12,
  output: 30,
  lead: 40,
  coordinating: 50,
  note: 16,
  number: 2,
};

/** Cắt dòng: the best split of `words` into one cell per column of `kinds`, in order. */
export function segmentRow(
  words: readonly RowWord[],
  kinds: readonly ColumnKind[],
  tools: { units: UnitMatcher; year: number | null },
): SegmentedRow {
  const count = words.length;
  const canCut = (at: number) =>
    at === 0 || at === count || words[at]!.lineStart || /^[\p{Lu}\d\-–+]/u.test(words[at]!.word);
  const cache = new Map<string, { score: number; accepted: boolean }>();
  const textOf = (from: number, to: number) =>
    words
      .slice(from, to)
      .map((word) => word.word)
      .join(' ');
  // A sentence cell seldom ends with a whole printed line that is exactly a unit's name: that line
  // is the next (lead) cell.
  const endsWithUnitLine = (from: number, to: number): boolean => {
    let start = to - 1;
    while (start > from && !words[start]!.lineStart) start -= 1;
    if (start <= from || !words[start]!.lineStart) return false;
    const match = tools.units.one(textOf(start, to));
    return match.organisationId !== null && match.confidence >= 0.8;
  };
  const piece = (kind: ColumnKind, from: number, to: number) => {
    const key = `${kind}:${from}:${to}`;
    let fit = cache.get(key);
    if (!fit) {
      // Sentence cells are scored by their length alone: no need to build their text.
      const sentence = kind === 'content' || kind === 'solution';
      const text = sentence ? '' : textOf(from, to);
      const base = fitCell(kind, text, to - from, tools);
      let score = base.score;
      if ((kind === 'content' || kind === 'solution') && endsWithUnitLine(from, to)) score -= 1.5;
      if (to > from && from > 0) score -= startPenalty(words[from]!.word, words[from]!.lineStart);
      if (to > from && to < count) score -= endPenalty(words[to - 1]!.word);
      fit = { score, accepted: base.accepted };
      cache.set(key, fit);
    }
    return fit;
  };
  // best[c][p]: the best score of columns 0..c-1 holding words 0..p-1, and where column c-1 began.
  const best: { score: number; from: number }[][] = [
    Array.from({ length: count + 1 }, (_, at) => ({ score: at === 0 ? 0 : -Infinity, from: -1 })),
  ];
  kinds.forEach((kind, column) => {
    const previous = best[column]!;
    const row = Array.from({ length: count + 1 }, () => ({ score: -Infinity, from: -1 }));
    const limit = MAX_WORDS[kind] ?? count;
    for (let from = 0; from <= count; from += 1) {
      if (previous[from]!.score === -Infinity || !canCut(from)) continue;
      for (let to = from; to <= Math.min(count, from + limit); to += 1) {
        if (!canCut(to)) continue;
        const score = previous[from]!.score + piece(kind, from, to).score;
        if (score > row[to]!.score) row[to] = { score, from };
      }
    }
    best.push(row);
  });
  // The cut: where each column begins, then each cell's text and whether its cut is doubtful.
  const starts: number[] = [];
  let end = count;
  for (let column = kinds.length; column > 0; column -= 1) {
    end = best[column]![end]!.from;
    starts.unshift(end);
  }
  const cells: string[] = [];
  const cellLines: number[][] = [];
  let doubtfulCells = 0;
  kinds.forEach((kind, column) => {
    const from = starts[column]!;
    const to = starts[column + 1] ?? count;
    const slice = words.slice(from, to);
    cells.push(slice.map((word) => word.word).join(' '));
    cellLines.push([...new Set(slice.map((word) => word.line))]);
    const fit = piece(kind, from, to);
    const midLine = to > from && from > 0 && !words[from]!.lineStart;
    // Text tools print a row's cells one after the other; a cell starting inside the last line of
    // a cell that wrapped over several lines ("… báo cáo UBND / huyện") may as well be its end.
    const previousStart = [...starts.slice(0, column)].reverse().find((at) => at < from) ?? 0;
    const afterWrappedCell = midLine && words[previousStart]!.line !== words[from]!.line;
    if (!fit.accepted || (midLine && (fit.score < 1 || afterWrappedCell))) doubtfulCells += 1;
  });
  return { cells, cellLines, score: best[kinds.length]![count]!.score, doubtfulCells };
}
