// Chuyển vai trò sang đơn vị kế thừa: a role held on a unit closed by a merger is moved, in one
// step, to a unit that succeeded it — allowed to whoever assigns roles on both units, audited.
import { can } from '@domain/permissions/can';
import type { ServiceContext } from '../http/service-context';
import { forbidden, notFound, validationError } from '../http/app-error';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import { forgetSessionsOfUser } from '../auth/session-cache';
import * as repo from './overview.repository';

/** The organisation a grant sits in, for authorising the move on it (null: not in the tenant). */
export async function findGrantOrganisation(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  grantId: string,
): Promise<string | null> {
  return (await repo.findGrant(ctx.db, ctx.actor.tenantId, grantId))?.organisationId ?? null;
}

/** Moves the grant to `successorId`, which must be a successor of the grant's (closed) unit. */
export async function moveGrantToSuccessor(
  ctx: ServiceContext,
  input: { grantId: string; successorId: string },
): Promise<{ grantId: string; organisationId: string }> {
  const { db, actor } = ctx;
  const tenantId = actor.tenantId;
  const grant = await repo.findGrant(db, tenantId, input.grantId);
  if (!grant) throw notFound('Không tìm thấy vai trò này (có thể đã được chuyển).');
  if (!(await repo.isSuccessor(db, tenantId, grant.organisationId, input.successorId))) {
    throw validationError('Đơn vị được chọn không phải đơn vị kế thừa của đơn vị đã đóng.', [
      { field: 'successorId', message: 'Không phải đơn vị kế thừa.' },
    ]);
  }
  const path = await findOrganisationPath(db, tenantId, input.successorId);
  if (!path) throw notFound('Không tìm thấy đơn vị kế thừa.');
  if (!can(actor, 'role.assign', { tenantId, organisationId: input.successorId, path })) {
    throw forbidden('Bạn không có quyền phân quyền tại đơn vị kế thừa.');
  }
  const movedId = await repo.moveGrant(db, tenantId, grant, input.successorId);
  if (!movedId) throw notFound('Không tìm thấy vai trò này (có thể đã được chuyển).');
  forgetSessionsOfUser(tenantId, grant.userId);
  await ctx.audit({
    organisationId: input.successorId,
    action: 'role.assign',
    objectType: 'role_grant',
    objectId: movedId,
    before: {
      grantId: grant.id,
      userId: grant.userId,
      role: grant.role,
      organisationId: grant.organisationId,
    },
    after: {
      grantId: movedId,
      userId: grant.userId,
      role: grant.role,
      organisationId: input.successorId,
    },
  });
  return { grantId: movedId, organisationId: input.successorId };
}
