/**
 * Đơn vị có thể tham gia: the units below the owner (the owner included) in the user's unit
 * list, with the framework's rule for who takes part by default (the contract's
 * defaultParticipants, the server's own rule), for the "Mở đợt đánh giá" form.
 */
import { defaultParticipants } from '@contract/assessment-rounds';
import type { FrameworkSummary } from '@contract/frameworks';
import type { Organisation } from '@contract/organisations';

/** The default participants under `ownerId`, in the list's order (by name). */
export function roundCandidates(
  organisations: readonly Organisation[],
  ownerId: string | undefined,
  framework: Pick<FrameworkSummary, 'unitTypes' | 'year'> | undefined,
): Organisation[] {
  if (!ownerId || !framework) return [];
  const childrenOf = new Map<string, Organisation[]>();
  for (const unit of organisations) {
    if (!unit.parentId) continue;
    childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
  }
  const below = new Set<string>([ownerId]);
  const queue = [ownerId];
  while (queue.length > 0) {
    for (const child of childrenOf.get(queue.shift()!) ?? []) {
      if (below.has(child.id)) continue;
      below.add(child.id);
      queue.push(child.id);
    }
  }
  return defaultParticipants(
    framework,
    organisations.filter((unit) => below.has(unit.id)),
  );
}
