import type { CodeMapping, Framework } from './framework';

/** Bộ chỉ số sao chép: the copy for the new year and the old → new code mapping it used. */
export interface CopiedFramework {
  framework: Framework;
  codeMapping: CodeMapping;
}

/**
 * Sao chép bộ chỉ số sang năm mới: a copy for `year` at version 1 whose node codes go through
 * `codeMapping` (old → new; a code not listed keeps its value). The returned mapping lists every
 * node of the old framework, so two years' results can be compared node by node. The old year in
 * the framework's code and name becomes the new one ("PAR-SO-2023" → "PAR-SO-2024"); a code
 * without the year gets "-<year>" appended. The issuing decision is kept, since one decision often
 * governs several years; edit it when the province issues a new one. A mapping that sends two
 * codes to one yields duplicate codes, which validateFramework reports.
 */
export function copyFrameworkToYear(
  framework: Framework,
  year: number,
  codeMapping: CodeMapping = {},
): CopiedFramework {
  const usedMapping: CodeMapping = {};
  for (const node of framework.nodes) usedMapping[node.code] = mapCode(codeMapping, node.code);
  const nodes = framework.nodes.map((node) => ({
    ...structuredClone(node),
    code: mapCode(codeMapping, node.code),
    parentCode: node.parentCode === null ? null : mapCode(codeMapping, node.parentCode),
  }));
  const copy: Framework = {
    ...structuredClone(framework),
    code: replaceYear(framework.code, framework.year, year) ?? `${framework.code}-${year}`,
    name: replaceYear(framework.name, framework.year, year) ?? framework.name,
    year,
    version: 1,
    nodes,
  };
  return { framework: copy, codeMapping: usedMapping };
}

/** Mã mới của tiêu chí: the old code's mapping, or the code itself when it is not mapped. */
export function mapCode(codeMapping: CodeMapping, code: string): string {
  return Object.hasOwn(codeMapping, code) ? (codeMapping[code] ?? code) : code;
}

/** Text with the standalone old year replaced, or null when it does not contain it. */
function replaceYear(text: string, oldYear: number, newYear: number): string | null {
  const pattern = new RegExp(`(?<!\\d)${oldYear}(?!\\d)`, 'g');
  return pattern.test(text) ? text.replace(pattern, String(newYear)) : null;
}
