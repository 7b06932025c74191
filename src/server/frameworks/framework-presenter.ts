// Presents framework rows: as the domain's Framework (for rules) and through the contract's
// shapes (rows never reach the client).
import type { FrameworkDto, FrameworkSummary } from '@contract/frameworks';
import type {
  CodeMapping,
  Framework,
  FrameworkNode,
  FrameworkScale,
  IssuingDecision,
} from '@domain/frameworks/framework';
import type { IndexKind } from '@domain/frameworks/index-kind';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { PROVINCIAL_GRADE_BANDS, type GradeBand } from '@domain/results/grades';
import type { FrameworkListRow, FrameworkRow } from './framework.repository';

/** The domain's framework held in a row. */
export function frameworkOf(row: FrameworkRow): Framework {
  return {
    code: row.code,
    indexKind: row.indexKind as IndexKind,
    name: row.name,
    year: row.year,
    unitTypes: row.unitTypes as OrganisationType[],
    decision: row.decision as IssuingDecision | null,
    version: row.version,
    illustrative: row.illustrative,
    ...(row.note ? { note: row.note } : {}),
    ...(row.description ? { description: row.description } : {}),
    scale: row.scale as FrameworkScale,
    nodes: row.nodes as FrameworkNode[],
  };
}

/** The bands a framework grades by: its own, else the default provincial ones. */
export function gradeBandsOf(row: Pick<FrameworkRow, 'gradeBands'>): readonly GradeBand[] {
  return (row.gradeBands as GradeBand[] | null) ?? PROVINCIAL_GRADE_BANDS;
}

/** Presents a list row through the contract's summary shape. */
export function toFrameworkSummary(row: FrameworkListRow): FrameworkSummary {
  return {
    id: row.id,
    code: row.code,
    indexKind: row.indexKind as IndexKind,
    name: row.name,
    year: row.year,
    unitTypes: row.unitTypes as OrganisationType[],
    decision: row.decision as IssuingDecision | null,
    illustrative: row.illustrative,
    note: row.note,
    description: row.description,
    scale: row.scale as FrameworkScale,
    gradeBands: [...gradeBandsOf(row)],
    hasCustomGradeBands: row.gradeBands !== null,
    ownerOrganisationId: row.ownerOrganisationId,
    templateKey: row.templateKey,
    copiedFromId: row.copiedFromId,
    nodeCount: row.nodeCount,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Presents a whole framework. */
export function toFrameworkDto(row: FrameworkRow): FrameworkDto {
  const nodes = row.nodes as FrameworkNode[];
  return {
    ...toFrameworkSummary({ ...row, nodeCount: nodes.length }),
    codeMapping: row.codeMapping as CodeMapping | null,
    nodes,
  };
}
