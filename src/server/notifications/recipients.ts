// Người nhận thông báo: who hears about a deadline, from the tenant's role grants and tree.
import type { DeadlineKind, NoticeAudience } from '@domain/reminders/reminders';
import type { Database } from '../db/client';
import { listActiveGrantHolders, listOrganisationParents } from './reminder.repository';

/** A user to notify. */
export interface Recipient {
  userId: string;
  email: string | null;
}

/** The tenant's grants and tree, loaded once per run, answering "who is the audience?". */
export interface RecipientDirectory {
  recipientsOf(
    audience: NoticeAudience,
    deadline: { kind: DeadlineKind; unitId: string; issuingUnitId: string },
  ): Recipient[];
  /**
   * Bản tin cho lãnh đạo: the overdue deadlines (not done, due before `today`) of the units the
   * user leads and of their direct sub-units — the deadlines they would be escalated — or null
   * when the user leads nothing or nothing is overdue.
   */
  digestFor<D extends { unitId: string; due: string; done: boolean }>(
    userId: string,
    deadlines: readonly D[],
    today: string,
  ): { email: string | null; items: D[] } | null;
}

const MAX_DEPTH = 64;

/**
 * Loads the directory of one tenant (active users only):
 * - 'unit': editors and focals of the responsible unit; for a round's self-assessment or
 *   explanation window its leaders too (they submit); for the appraisal window the appraisers
 *   reaching the unit (granted on it or above it) instead;
 * - 'unit_leader': leaders of the responsible unit or of its parent (nobody for the appraisal
 *   window: the appraisal is not the unit's to do);
 * - 'focal': focals of the plan's issuing unit (a round's owner) or of any unit above it.
 * Each list is deduplicated, in the order users were created.
 */
export async function loadRecipientDirectory(
  db: Database,
  tenantId: string,
): Promise<RecipientDirectory> {
  const grants = await listActiveGrantHolders(db, tenantId);
  const parents = await listOrganisationParents(db, tenantId);
  const holders = (roles: readonly string[], units: readonly string[]): Recipient[] => {
    const unitSet = new Set(units);
    const found = new Map<string, Recipient>();
    for (const grant of grants) {
      if (
        roles.includes(grant.role) &&
        unitSet.has(grant.organisationId) &&
        !found.has(grant.userId)
      )
        found.set(grant.userId, { userId: grant.userId, email: grant.email });
    }
    return [...found.values()];
  };
  const upFrom = (unitId: string): string[] => {
    const chain: string[] = [];
    let current: string | null | undefined = unitId;
    while (current && chain.length < MAX_DEPTH && !chain.includes(current)) {
      chain.push(current);
      current = parents.get(current);
    }
    return chain;
  };
  return {
    recipientsOf(audience, deadline) {
      switch (audience) {
        case 'unit':
          if (deadline.kind === 'assessment_appraisal')
            return holders(['appraiser'], upFrom(deadline.unitId));
          if (deadline.kind === 'assessment_self' || deadline.kind === 'assessment_explanation')
            return holders(['editor', 'leader', 'focal'], [deadline.unitId]);
          return holders(['editor', 'focal'], [deadline.unitId]);
        case 'unit_leader':
          if (deadline.kind === 'assessment_appraisal') return [];
          return holders(['leader'], upFrom(deadline.unitId).slice(0, 2));
        case 'focal':
          return holders(['focal'], upFrom(deadline.issuingUnitId));
      }
    },
    digestFor(userId, deadlines, today) {
      const led = grants.filter((grant) => grant.userId === userId && grant.role === 'leader');
      if (led.length === 0) return null;
      const ledUnits = new Set(led.map((grant) => grant.organisationId));
      const items = deadlines.filter(
        (deadline) =>
          !deadline.done &&
          deadline.due < today &&
          upFrom(deadline.unitId)
            .slice(0, 2)
            .some((unit) => ledUnits.has(unit)),
      );
      return items.length === 0 ? null : { email: led[0]!.email, items };
    },
  };
}
