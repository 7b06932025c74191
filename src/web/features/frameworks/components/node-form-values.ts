/** The node editor's form values and their conversion to and from a framework node. */
import type { FrameworkNodeDto } from '@contract/frameworks';

type ScoringRule = NonNullable<FrameworkNodeDto['rule']>;
type ScoringMethod = NonNullable<FrameworkNodeDto['method']>;
type UnitType = NonNullable<
  NonNullable<FrameworkNodeDto['applicability']>['exemptUnitTypes']
>[number];

/** What the node form holds; the rule's parameters sit beside its type. */
export interface NodeFormValues {
  code: string;
  /** Null for an area. */
  parentCode: string | null;
  name: string;
  maxPoints: number | null;
  method?: ScoringMethod;
  /** Absent for a parent node. */
  ruleType?: ScoringRule['type'];
  threshold?: number | null;
  pointsPerEvent?: number | null;
  maxBonus?: number | null;
  tiers?: { label?: string; points?: number | null }[];
  evidence?: string;
  /** Mã KPI; only a ratio rule keeps it. */
  kpiKey?: string | null;
  defaultLeadUnit?: string;
  exemptUnitTypes?: UnitType[];
  isBonus?: boolean;
  childrenMaxMayDiffer?: boolean;
}

/** The form prefilled from a node (or blank under a parent, with a suggested code). */
export function toNodeFormValues(node: FrameworkNodeDto): NodeFormValues {
  const rule = node.rule;
  return {
    code: node.code,
    parentCode: node.parentCode,
    name: node.name,
    maxPoints: node.maxPoints,
    method: node.method,
    ruleType: rule?.type,
    threshold: rule?.type === 'ratio_threshold' ? rule.threshold : null,
    pointsPerEvent: rule?.type === 'deduction' ? rule.pointsPerEvent : null,
    maxBonus: rule?.type === 'bonus' ? rule.maxBonus : null,
    tiers: rule?.type === 'tiered' ? rule.tiers.map((tier) => ({ ...tier })) : [],
    evidence: node.evidence ?? '',
    kpiKey: node.kpiKey ?? null,
    defaultLeadUnit: node.defaultLeadUnit ?? '',
    exemptUnitTypes: node.applicability?.exemptUnitTypes ?? [],
    isBonus: node.isBonus ?? false,
    childrenMaxMayDiffer: node.childrenMaxMayDiffer ?? false,
  };
}

/**
 * The node the form describes. Fields the form does not show (level, the applicability note)
 * are kept from `original`; empty texts and false flags are left out rather than sent empty.
 * A missing number becomes NaN so that live validation names the problem.
 */
export function toNodeFromForm(
  values: NodeFormValues,
  original?: FrameworkNodeDto,
): FrameworkNodeDto {
  const node: FrameworkNodeDto = {
    code: values.code.trim(),
    parentCode: values.parentCode,
    name: values.name.trim(),
    maxPoints: values.maxPoints ?? Number.NaN,
  };
  if (original?.level) node.level = original.level;
  if (values.method) node.method = values.method;
  const rule = toRule(values);
  if (rule) node.rule = rule;
  // A KPI is a percentage: only a ratio rule reads it, so changing the rule drops the key.
  if (values.kpiKey && (rule?.type === 'ratio' || rule?.type === 'ratio_threshold')) {
    node.kpiKey = values.kpiKey;
  }
  const evidence = values.evidence?.trim();
  if (evidence) node.evidence = evidence;
  const lead = values.defaultLeadUnit?.trim();
  if (lead) node.defaultLeadUnit = lead;
  const exempt = values.exemptUnitTypes ?? [];
  const note = original?.applicability?.note;
  if (exempt.length > 0 || note) {
    node.applicability = {
      ...(exempt.length > 0 ? { exemptUnitTypes: exempt } : {}),
      ...(note ? { note } : {}),
    };
  }
  if (values.isBonus) node.isBonus = true;
  if (values.childrenMaxMayDiffer) node.childrenMaxMayDiffer = true;
  return node;
}

function toRule(values: NodeFormValues): ScoringRule | undefined {
  const number = (value: number | null | undefined) => value ?? Number.NaN;
  switch (values.ruleType) {
    case undefined:
      return undefined;
    case 'binary':
    case 'ratio':
    case 'survey':
      return { type: values.ruleType };
    case 'ratio_threshold':
      return { type: 'ratio_threshold', threshold: number(values.threshold) };
    case 'deduction':
      return { type: 'deduction', pointsPerEvent: number(values.pointsPerEvent) };
    case 'bonus':
      return { type: 'bonus', maxBonus: number(values.maxBonus) };
    case 'tiered':
      return {
        type: 'tiered',
        tiers: (values.tiers ?? []).map((tier) => ({
          label: tier.label?.trim() ?? '',
          points: number(tier.points),
        })),
      };
  }
}
