// Số thứ tự dòng bảng (STT): the label a task table row starts with — a Roman group ("I", "VI"),
// a letter group ("A."), a number ("1", "1.1", "2.7.1") or a letter item ("a)") — and whether a
// label is the one expected next, so a line that merely starts with a number ("2024", a page
// number "4" in the middle of row 7) does not open a row.
import { VIETNAMESE_ITEM_LETTERS } from '../plan-outline';

/** Kiểu số thứ tự. */
export type RowLabelStyle = 'roman' | 'upper' | 'number' | 'letter';

/** Số thứ tự dòng: as printed, its style, its numbers ("1.2" → [1, 2]; "b)" → [2]) and its depth (Roman 0, "1" 1, "1.1" 2, letters 9). */
export interface RowLabel {
  text: string;
  style: RowLabelStyle;
  path: number[];
  depth: number;
}

const LABEL = /^(?:([IVXL]{1,5})|([A-Z])|(\d{1,3}(?:\.\d{1,3}){0,3})|([a-zđ]))([.)]?)(?=\s|$)/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };
const LETTER_DEPTH = 9;

function romanValue(text: string): number {
  let total = 0;
  for (let at = 0; at < text.length; at += 1) {
    const value = ROMAN_VALUES[text[at]!]!;
    const next = ROMAN_VALUES[text[at + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Đọc số thứ tự đầu dòng: the label a trimmed line starts with and the text after it, or null. */
export function readRowLabel(line: string): { label: RowLabel; rest: string } | null {
  const text = line.trim();
  const hit = LABEL.exec(text);
  if (!hit) return null;
  const [printed, roman, upper, number, letter, mark] = hit;
  const rest = text.slice(printed.length).trim();
  if (roman)
    return { label: { text: printed, style: 'roman', path: [romanValue(roman)], depth: 0 }, rest };
  // "A." and "a)" need their mark; a bare capital is the first word of a sentence.
  if (upper && mark)
    return {
      label: { text: printed, style: 'upper', path: [upper.charCodeAt(0) - 64], depth: 0 },
      rest,
    };
  if (number) {
    const path = number.split('.').map(Number);
    return { label: { text: printed, style: 'number', path, depth: path.length }, rest };
  }
  if (letter && mark === ')') {
    const index = (VIETNAMESE_ITEM_LETTERS as readonly string[]).indexOf(letter);
    if (index >= 0)
      return {
        label: { text: printed, style: 'letter', path: [index + 1], depth: LETTER_DEPTH },
        rest,
      };
  }
  return null;
}

/** Dòng con: true when `child` sits under `parent` ("1" → "1.1", "2" → "a)", "I" → "1"). */
export function isChildLabel(parent: RowLabel, child: RowLabel): boolean {
  if (child.depth <= parent.depth) return false;
  if (parent.style === 'number' && child.style === 'number')
    return parent.path.every((value, at) => child.path[at] === value);
  return true;
}

/**
 * Thứ tự số thứ tự: remembers the last label of each depth and tells whether a label may come
 * next — the following number, a first "1"/"a)" under a group, the next letter (one may be
 * skipped), any Roman group. Plans skip and repeat numbers; a label two or more steps away is
 * refused, which is what keeps page numbers out.
 */
export class RowLabelSequence {
  private readonly last = new Map<number, RowLabel>();
  // The last label of each depth ever seen: numbers may run on across groups (group II going on 6, 7, 8).
  private readonly lastEver = new Map<number, RowLabel>();

  /** Accepts the label when it may come next (and remembers it); refuses it otherwise. `hasText`: text follows the label on its line. */
  accept(label: RowLabel, hasText: boolean): boolean {
    if (!this.mayFollow(label, hasText)) return false;
    this.last.set(label.depth, label);
    this.lastEver.set(label.depth, label);
    for (const depth of [...this.last.keys()]) if (depth > label.depth) this.last.delete(depth);
    return true;
  }

  private mayFollow(label: RowLabel, hasText: boolean): boolean {
    if (label.style === 'roman' || label.style === 'upper') return true;
    const previous = this.last.get(label.depth);
    const step = label.path.at(-1)!;
    if (label.style === 'number' && label.depth > 1) {
      const parent = [...this.last.values()].find(
        (item) => item.style === 'number' && item.depth === label.depth - 1,
      );
      const parentMatches = parent
        ? parent.path.every((value, at) => label.path[at] === value)
        : true;
      if (!parentMatches) return false;
    }
    const before = previous ?? (label.depth === 1 ? this.lastEver.get(1) : undefined);
    if (!before) return step <= 2;
    const last = before.path.at(-1)!;
    // One skipped number or letter ("3" then "5") when the label carries its text on the line.
    return (
      step === 1 ||
      step === last + 1 ||
      ((label.style === 'letter' || hasText) && step === last + 2)
    );
  }
}
