/**
 * Test factories for frameworks: `leaf('3.3.1', 3)` and `group('3.3', 7)` build nodes whose
 * parent code is the code minus its last segment; `buildFramework({ nodes })` wraps them.
 */
import type { Framework, FrameworkNode } from './framework';

/** Mã cấp trên implied by a dotted code: "3.3.1" → "3.3", "3" → null. */
export function impliedParentCode(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut === -1 ? null : code.slice(0, cut);
}

/** Tiêu chí lá for tests: appraised, ratio rule unless overridden. */
export function leaf(
  code: string,
  maxPoints: number,
  overrides: Partial<FrameworkNode> = {},
): FrameworkNode {
  return {
    code,
    parentCode: impliedParentCode(code),
    name: `Tiêu chí ${code}`,
    maxPoints,
    method: 'appraised',
    rule: { type: 'ratio' },
    ...overrides,
  };
}

/** Lĩnh vực or tiêu chí with children, for tests: no rule. */
export function group(
  code: string,
  maxPoints: number,
  overrides: Partial<FrameworkNode> = {},
): FrameworkNode {
  return {
    code,
    parentCode: impliedParentCode(code),
    name: `Lĩnh vực ${code}`,
    maxPoints,
    ...overrides,
  };
}

/** Bộ chỉ số for tests: PAR Index of a department in 2023, not illustrative, no fixed total unless given. */
export function buildFramework(overrides: Partial<Framework> = {}): Framework {
  return {
    code: 'PAR-SO-2023',
    indexKind: 'par_index',
    name: 'Chỉ số cải cách hành chính sở, ban, ngành năm 2023',
    year: 2023,
    unitTypes: ['department'],
    decision: null,
    version: 1,
    illustrative: false,
    scale: { unit: 'points', maxTotal: null },
    nodes: [],
    ...overrides,
  };
}
