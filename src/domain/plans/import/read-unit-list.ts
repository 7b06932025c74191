// Danh sách đơn vị: a lead or coordinating cell holding several names ("Phòng Văn hóa – Thông
// tin, Văn phòng HĐND - UBND Huyện, Trung tâm Tin học Huyện") cut into the names it lists.
import { withoutParentheses } from './unit-abbreviations';
import type { UnitMatch } from './match-unit';

// A list is cut at ",", ";", "và", "+" and bullets, then neighbouring pieces are joined again where
// the joined name reads better ("Phòng Văn hóa và Thông tin", "UBND xã, thị trấn"): each name is
// worth its quality times its words, so a partial match of half a name never beats the whole.
// A dash stays inside a name ("Văn hóa - Xã hội"); only a bullet dash (leading, or after a full
// stop) is cut.
const DELIMITER = /\s*[,;+\n]\s*|\s+và\s+|^\s*-\s*|\.\s+-\s+/gu;
const MAX_PIECES_PER_NAME = 4;
const HARD_DELIMITER = /[;\n]|^\s*-|\.\s+-/;

/** Đọc danh sách đơn vị: the names of a lead or coordinating cell, each read by `one`. */
export function readUnitList(
  printed: string,
  one: (text: string, words: readonly string[]) => UnitMatch,
  wordsOf: (text: string) => string[],
): UnitMatch[] {
  const text = withoutParentheses(printed).replace(/[.\s]+$/, '');
  const pieces: { text: string; delimiter: string }[] = [];
  let last = 0;
  for (const hit of text.matchAll(DELIMITER)) {
    pieces.push({ text: text.slice(last, hit.index), delimiter: hit[0] });
    last = hit.index + hit[0].length;
  }
  pieces.push({ text: text.slice(last), delimiter: '' });
  const kept = pieces.filter((piece) => piece.text.trim() !== '');
  if (kept.length === 0) return [];
  const join = (from: number, to: number) =>
    kept
      .slice(from, to)
      .map((piece, at) => piece.text + (at < to - from - 1 ? piece.delimiter : ''))
      .join('')
      .trim();
  // The words of a joined name: its pieces' words, with the "và" that joined two of them.
  const joinWords = (from: number, to: number) =>
    kept
      .slice(from, to)
      .flatMap((piece, at) => [
        ...wordsOf(piece.text),
        ...(at < to - from - 1 && /\svà\s/u.test(piece.delimiter) ? ['va'] : []),
      ]);
  const best: { score: number; items: UnitMatch[] }[] = [{ score: 0, items: [] }];
  for (let to = 1; to <= kept.length; to += 1) {
    let choice: { score: number; items: UnitMatch[] } | null = null;
    for (let from = to - 1; from >= Math.max(0, to - MAX_PIECES_PER_NAME); from -= 1) {
      // A semicolon, a line break or a bullet always ends a name; only "," and "và" may be inside one.
      if (from < to - 1 && HARD_DELIMITER.test(kept[from]!.delimiter)) break;
      const match = one(join(from, to), joinWords(from, to));
      const score = best[from]!.score + itemScore(match);
      if (!choice || score > choice.score) choice = { score, items: [...best[from]!.items, match] };
    }
    best.push(choice!);
  }
  return best[kept.length]!.items;
}

function itemScore(match: UnitMatch): number {
  return itemQuality(match) * wordCount(match.text);
}

/** Số từ in: words as printed, a bracketed note excluded. */
export function wordCount(text: string): number {
  let count = 0;
  let depth = 0;
  let inWord = false;
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    const wordChar = depth === 0 && /[\p{L}\p{N}]/u.test(char);
    if (wordChar && !inWord) count += 1;
    inWord = wordChar;
  }
  return count;
}

function itemQuality(match: UnitMatch): number {
  switch (match.reading) {
    case 'unit':
    case 'group':
      return match.confidence;
    case 'generic':
      return 0.5;
    case 'ambiguous':
      return 0.3;
    default:
      return match.unitLike ? 0.15 : -0.3;
  }
}
