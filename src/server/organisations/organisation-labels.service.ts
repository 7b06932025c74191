// Tên đơn vị được nhắc đến: the names behind unit ids that data carries. Names of a province's
// units are not secret inside it (plans print their lead units' names for every reader), so any
// reader of the tree may resolve any id of their own tenant; other tenants' ids resolve to nothing.
import type { OrganisationLabel } from '@contract/organisations';
import type { ReadContext } from '../http/service-context';
import * as repo from './organisation-labels.repository';

/** Labels of the units with these ids in the actor's tenant; closed ones carry their closing day and successors. */
export async function listOrganisationLabels(
  ctx: ReadContext,
  input: { ids: readonly string[] },
): Promise<OrganisationLabel[]> {
  const rows = await repo.listOrganisationLabels(ctx.db, ctx.actor.tenantId, input.ids);
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    closedOn: row.validTo !== null && row.validTo < ctx.today ? row.validTo : null,
    successors: row.successors,
  }));
}
