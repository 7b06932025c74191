/** Chỉ tiêu theo chỉ số: a plan's target verdicts grouped under the indices it links, in the plan's order. */
import type { TargetEvaluationDto } from '@contract/plans';

/** One index's targets; `frameworkId` null for the targets judged by hand (no index). */
export interface TargetGroup {
  key: string;
  frameworkId: string | null;
  /** The index's name, or null for the manual group or an index the plan no longer links. */
  name: string | null;
  items: TargetEvaluationDto[];
}

/** Counts of each verdict, for the summary line. */
export interface TargetCounts {
  met: number;
  notMet: number;
  unknown: number;
}

/**
 * Groups verdicts by index in the order of `frameworks` (the plan's linked indices), then any
 * index not linked any more, then the targets without an index. Empty groups are left out.
 */
export function groupTargetEvaluations(
  items: readonly TargetEvaluationDto[],
  frameworks: readonly { id: string; name: string }[],
): TargetGroup[] {
  const groups: TargetGroup[] = frameworks.map((framework) => ({
    key: framework.id,
    frameworkId: framework.id,
    name: framework.name,
    items: items.filter((item) => item.frameworkId === framework.id),
  }));
  const linked = new Set(frameworks.map((framework) => framework.id));
  const unlinkedIds = [
    ...new Set(
      items
        .map((item) => item.frameworkId)
        .filter((id): id is string => id !== null && !linked.has(id)),
    ),
  ];
  for (const frameworkId of unlinkedIds) {
    groups.push({
      key: frameworkId,
      frameworkId,
      name: null,
      items: items.filter((item) => item.frameworkId === frameworkId),
    });
  }
  groups.push({
    key: 'manual',
    frameworkId: null,
    name: null,
    items: items.filter((item) => item.frameworkId === null),
  });
  return groups.filter((group) => group.items.length > 0);
}

/** How many targets are met, not met and not yet known. */
export function countTargetStatuses(items: readonly TargetEvaluationDto[]): TargetCounts {
  return {
    met: items.filter((item) => item.status === 'met').length,
    notMet: items.filter((item) => item.status === 'not_met').length,
    unknown: items.filter((item) => item.status === 'unknown').length,
  };
}
