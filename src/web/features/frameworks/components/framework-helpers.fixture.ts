/** Factories for the frameworks screens' tests: small, readable node lists and frameworks. */
import type { FrameworkDto, FrameworkNodeDto } from '@contract/frameworks';

/** A leaf appraised as có / không unless told otherwise. */
export function buildNode(
  code: string,
  parentCode: string | null,
  maxPoints: number,
  changes: Partial<FrameworkNodeDto> = {},
): FrameworkNodeDto {
  return {
    code,
    parentCode,
    name: `Tiêu chí ${code}`,
    maxPoints,
    method: 'appraised',
    rule: { type: 'binary' },
    ...changes,
  };
}

/** Two areas (6 + 4 points): area 1 with leaves 1.1 (2) and 1.2 (4), area 2 a single leaf. */
export function buildSmallTree(): FrameworkNodeDto[] {
  return [
    buildNode('2', null, 4),
    buildArea('1', 6),
    buildNode('1.2', '1', 4),
    buildNode('1.1', '1', 2),
  ];
}

/** A node meant to have children: no scoring rule of its own. */
export function buildArea(code: string, maxPoints: number): FrameworkNodeDto {
  return { code, parentCode: null, name: `Lĩnh vực ${code}`, maxPoints };
}

/** A framework of 10 points around the given nodes. */
export function buildFramework(nodes: FrameworkNodeDto[] = buildSmallTree()): FrameworkDto {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    code: 'PAR-XA-2025',
    indexKind: 'par_index',
    name: 'Chỉ số CCHC cấp xã',
    year: 2025,
    unitTypes: ['commune'],
    decision: { number: '1234/QĐ-UBND', date: '2025-03-15', issuer: 'UBND tỉnh' },
    illustrative: false,
    note: null,
    description: null,
    scale: { unit: 'points', maxTotal: 10 },
    gradeBands: [{ code: 'tot', label: 'Tốt', minPercent: 90 }],
    hasCustomGradeBands: false,
    ownerOrganisationId: '00000000-0000-4000-8000-000000000002',
    templateKey: null,
    copiedFromId: null,
    nodeCount: nodes.length,
    version: 3,
    updatedAt: '2025-03-16T08:00:00.000Z',
    codeMapping: null,
    nodes,
  };
}
