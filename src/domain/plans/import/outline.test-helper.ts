// Plumbing for the outline tests: paragraphs from lines typed in a test, one paragraph a line.
import type { Paragraph } from './paragraph';
import type { UnitMatcher } from './match-unit';
import { createUnitMatcher } from './match-unit';
import type { ImportUnit } from './imported-plan';

/** Đoạn từ dòng: each non-blank line a paragraph, its span the line's index. */
export function paragraphsOf(text: string): Paragraph[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => ({ text: line, span: { from: index, to: index }, hints: {} }));
}

/** Đơn vị thử: units named in a test, ids "u:<name>". */
export function unitsNamed(...names: string[]): ImportUnit[] {
  return names.map((name) => ({
    id: `u:${name}`,
    code: name,
    name,
    type: 'sub_unit',
    parentId: null,
    validFrom: '2000-01-01',
    validTo: null,
  }));
}

/** Bộ đối chiếu of units named in a test. */
export function matcherOf(...names: string[]): UnitMatcher {
  return createUnitMatcher(unitsNamed(...names), 'issuer', 2024);
}
