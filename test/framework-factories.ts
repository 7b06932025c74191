// Test factories: frameworks and unit results written straight through the repositories.
import { randomBytes } from 'node:crypto';
import type { FrameworkNode } from '@domain/frameworks/framework';
import type { IndexKind } from '@domain/frameworks/index-kind';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { NodeResult } from '@domain/results/node-result';
import type { Database } from '../src/server/db/client';
import { insertFramework, type FrameworkRow } from '../src/server/frameworks/framework.repository';
import { insertUnitResult, replaceResultNodes } from '../src/server/results/result.repository';
import { toNodeValues } from '../src/server/results/result.service';

/** Two appraised areas worth 60 and 40 points (total 100). */
export const TWO_AREA_NODES: FrameworkNode[] = [
  {
    code: '1',
    parentCode: null,
    name: 'Lĩnh vực 1',
    maxPoints: 60,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '2',
    parentCode: null,
    name: 'Lĩnh vực 2',
    maxPoints: 40,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
];

/** A framework of a tenant (defaults: PAR Index 2023 for departments, two areas). */
export async function buildFrameworkRow(
  db: Database,
  input: {
    tenantId: string;
    ownerOrganisationId: string;
    code?: string;
    indexKind?: IndexKind;
    name?: string;
    year?: number;
    unitTypes?: OrganisationType[];
    nodes?: FrameworkNode[];
    copiedFromId?: string | null;
    codeMapping?: Record<string, string> | null;
  },
): Promise<FrameworkRow> {
  const year = input.year ?? 2023;
  return insertFramework(db, {
    tenantId: input.tenantId,
    ownerOrganisationId: input.ownerOrganisationId,
    code: input.code ?? `PAR-${randomBytes(3).toString('hex')}-${year}`,
    indexKind: input.indexKind ?? 'par_index',
    name: input.name ?? `Chỉ số cải cách hành chính năm ${year}`,
    year,
    unitTypes: input.unitTypes ?? ['department'],
    decision: null,
    illustrative: false,
    note: null,
    description: null,
    scale: { unit: 'points', maxTotal: 100 },
    gradeBands: null,
    templateKey: null,
    copiedFromId: input.copiedFromId ?? null,
    codeMapping: input.codeMapping ?? null,
    nodes: input.nodes ?? TWO_AREA_NODES,
  });
}

/** A unit's result on a framework with the given leaf results. */
export async function buildUnitResult(
  db: Database,
  input: { framework: FrameworkRow; organisationId: string; entries: NodeResult[] },
) {
  const result = await insertUnitResult(db, {
    tenantId: input.framework.tenantId,
    frameworkId: input.framework.id,
    organisationId: input.organisationId,
    year: input.framework.year,
    source: null,
    givenTotals: null,
  });
  await replaceResultNodes(db, result.tenantId, result.id, input.entries.map(toNodeValues));
  return result;
}
