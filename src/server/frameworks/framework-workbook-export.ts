// Writes a framework's nodes in the node workbook layout (see framework-workbook.ts), one row per
// node in tree order, maxima as numbers and rule parameters as Vietnamese text ("Trễ hạn: 0,5").
import {
  NODE_LEVEL_LABELS,
  SCORING_METHOD_LABELS,
  type FrameworkNode,
} from '@domain/frameworks/framework';
import { frameworkTree, listNodesInOrder } from '@domain/frameworks/framework-tree';
import { SCORING_RULE_LABELS, type ScoringRule } from '@domain/frameworks/scoring-rule';
import { formatViNumber } from '@domain/shared/vi-format';
import type { XlsxColumn } from '../documents/xlsx-writer';
import { NODE_COLUMN_HEADERS, UNIT_TYPE_SHORT } from './framework-workbook';

/** The nodes in tree order (parents first, natural code order), then any the tree cannot reach. */
export function nodesForExport(nodes: readonly FrameworkNode[]): FrameworkNode[] {
  const ordered = listNodesInOrder(frameworkTree(nodes));
  const listed = new Set(ordered);
  return [...ordered, ...nodes.filter((node) => !listed.has(node))];
}

function describeParameters(rule: ScoringRule | undefined): string {
  switch (rule?.type) {
    case 'tiered':
      return rule.tiers
        .map((tier) => `${tier.label}: ${formatViNumber(tier.points, 4)}`)
        .join('; ');
    case 'ratio_threshold':
      return formatViNumber(rule.threshold, 4);
    case 'deduction':
      return formatViNumber(rule.pointsPerEvent, 4);
    case 'bonus':
      return formatViNumber(rule.maxBonus, 4);
    default:
      return '';
  }
}

/** The columns of the exported node workbook (the import layout). */
export const NODE_EXPORT_COLUMNS: XlsxColumn<FrameworkNode>[] = [
  { header: NODE_COLUMN_HEADERS.code, kind: 'text', width: 10, value: (n) => n.code },
  { header: NODE_COLUMN_HEADERS.parentCode, kind: 'text', width: 10, value: (n) => n.parentCode },
  { header: NODE_COLUMN_HEADERS.name, kind: 'text', width: 60, value: (n) => n.name },
  { header: NODE_COLUMN_HEADERS.maxPoints, kind: 'number', width: 12, value: (n) => n.maxPoints },
  {
    header: NODE_COLUMN_HEADERS.level,
    kind: 'text',
    width: 14,
    value: (n) => (n.level ? NODE_LEVEL_LABELS[n.level] : null),
  },
  {
    header: NODE_COLUMN_HEADERS.method,
    kind: 'text',
    width: 18,
    value: (n) => (n.method ? SCORING_METHOD_LABELS[n.method] : null),
  },
  {
    header: NODE_COLUMN_HEADERS.ruleType,
    kind: 'text',
    width: 24,
    value: (n) => (n.rule ? SCORING_RULE_LABELS[n.rule.type] : null),
  },
  {
    header: NODE_COLUMN_HEADERS.ruleParameters,
    kind: 'text',
    width: 30,
    value: (n) => describeParameters(n.rule),
  },
  { header: NODE_COLUMN_HEADERS.evidence, kind: 'text', width: 40, value: (n) => n.evidence },
  { header: NODE_COLUMN_HEADERS.kpiKey, kind: 'text', width: 22, value: (n) => n.kpiKey },
  {
    header: NODE_COLUMN_HEADERS.defaultLeadUnit,
    kind: 'text',
    width: 28,
    value: (n) => n.defaultLeadUnit,
  },
  {
    header: NODE_COLUMN_HEADERS.exemptUnitTypes,
    kind: 'text',
    width: 16,
    value: (n) =>
      (n.applicability?.exemptUnitTypes ?? []).map((type) => UNIT_TYPE_SHORT[type]).join('; '),
  },
  {
    header: NODE_COLUMN_HEADERS.applicabilityNote,
    kind: 'text',
    width: 30,
    value: (n) => n.applicability?.note,
  },
  {
    header: NODE_COLUMN_HEADERS.exemptable,
    kind: 'text',
    width: 12,
    value: (n) => (n.applicability?.exemptable ? 'Có' : null),
  },
  {
    header: NODE_COLUMN_HEADERS.requiresEvidence,
    kind: 'text',
    width: 12,
    value: (n) => (n.requiresEvidence === undefined ? null : n.requiresEvidence ? 'Có' : 'Không'),
  },
  {
    header: NODE_COLUMN_HEADERS.zeroWithoutEvidence,
    kind: 'text',
    width: 14,
    value: (n) => (n.zeroWithoutEvidence ? 'Có' : null),
  },
  {
    header: NODE_COLUMN_HEADERS.isBonus,
    kind: 'text',
    width: 10,
    value: (n) => (n.isBonus ? 'Có' : null),
  },
  {
    header: NODE_COLUMN_HEADERS.childrenMaxMayDiffer,
    kind: 'text',
    width: 14,
    value: (n) => (n.childrenMaxMayDiffer ? 'Có' : null),
  },
];
