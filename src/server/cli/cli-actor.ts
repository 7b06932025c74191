// Người thực hiện của dòng lệnh: the CLI acts as an admin of a tenant's root unit with no user
// (the audit records none); its request id `cli:<subcommand>` names it in the audit log.
import type { Database } from '../db/client';
import { insertAuditEvent } from '../audit/audit.repository';
import { findRootOrganisation } from '../organisations/organisation.repository';
import { findTenantByCode } from './cli.repository';
import type { ServiceContext } from '../http/service-context';
import type { Clock } from '../clock';
import { CliError, EXIT } from './cli-io';

/** The placeholder user id of the CLI actor (no account has it). */
export const CLI_ACTOR_USER_ID = '00000000-0000-0000-0000-000000000000';

/** The service context of a CLI write on tenant `tenantCode`, inside transaction `tx`. */
export async function cliContext(
  tx: Database,
  input: { tenantCode: string; command: string; clock: Clock },
): Promise<ServiceContext> {
  const tenant = await findTenantByCode(tx, input.tenantCode);
  if (!tenant) throw new CliError(EXIT.usage, `Không có tỉnh mã «${input.tenantCode}».`);
  const root = await findRootOrganisation(tx, tenant.id);
  if (!root) throw new CliError(EXIT.failure, `Tỉnh ${tenant.name} chưa có đơn vị gốc.`);
  return {
    db: tx,
    actor: {
      userId: CLI_ACTOR_USER_ID,
      tenantId: tenant.id,
      grants: [{ role: 'admin', organisationId: root.id }],
    },
    resource: { tenantId: tenant.id, organisationId: root.id, path: [root.id] },
    audit: (entry) =>
      insertAuditEvent(tx, {
        ...entry,
        tenantId: tenant.id,
        actorUserId: null,
        outcome: 'allowed',
        requestId: `cli:${input.command}`,
      }),
    today: input.clock.today(),
    now: input.clock.now(),
  };
}
