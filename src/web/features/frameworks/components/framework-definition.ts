/** Between the API's framework and what the editor validates and saves; and the copy's code mapping. */
import type { FrameworkDefinition, FrameworkDto, FrameworkNodeDto } from '@contract/frameworks';
import type { validateFramework } from '@contract/framework-rules';

type FrameworkToValidate = Parameters<typeof validateFramework>[0];

/** The framework as validateFramework reads it, with the edited node list in place of the saved one. */
export function toFrameworkToValidate(
  framework: FrameworkDto,
  nodes: readonly FrameworkNodeDto[],
): FrameworkToValidate {
  return {
    code: framework.code,
    indexKind: framework.indexKind,
    name: framework.name,
    year: framework.year,
    unitTypes: framework.unitTypes,
    decision: framework.decision,
    version: framework.version,
    illustrative: framework.illustrative,
    note: framework.note ?? undefined,
    description: framework.description ?? undefined,
    scale: framework.scale,
    nodes: [...nodes],
  };
}

/** The body of a save: the header as read and the whole edited node list (default grade bands stay default). */
export function toFrameworkDefinition(
  framework: FrameworkDto,
  nodes: readonly FrameworkNodeDto[],
): FrameworkDefinition {
  return {
    code: framework.code,
    indexKind: framework.indexKind,
    name: framework.name,
    year: framework.year,
    unitTypes: framework.unitTypes,
    decision: framework.decision,
    illustrative: framework.illustrative,
    note: framework.note,
    description: framework.description,
    scale: framework.scale,
    gradeBands: framework.hasCustomGradeBands ? framework.gradeBands : null,
    nodes: [...nodes],
  };
}

/** One line of the copy dialog's mapping table. */
export interface CodeMappingRow {
  oldCode: string;
  newCode: string;
}

/** Ánh xạ mã prefilled with identity: every node keeps its code. */
export function buildIdentityMapping(nodes: readonly FrameworkNodeDto[]): CodeMappingRow[] {
  return nodes.map((node) => ({ oldCode: node.code, newCode: node.code }));
}

/** The mapping to send: only codes that change (the API keeps every code not listed). */
export function toCodeMapping(rows: readonly CodeMappingRow[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const row of rows) {
    const newCode = row.newCode.trim();
    if (newCode !== '' && newCode !== row.oldCode) mapping[row.oldCode] = newCode;
  }
  return mapping;
}

/** New codes given to more than one old code (empty new codes count as unchanged). */
export function listDuplicateNewCodes(rows: readonly CodeMappingRow[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const row of rows) {
    const newCode = row.newCode.trim() || row.oldCode;
    if (seen.has(newCode)) duplicates.add(newCode);
    seen.add(newCode);
  }
  return [...duplicates];
}
