// Phiên đăng nhập: the signed-in user's own sessions — list, end one, sign out elsewhere. Every
// ending goes through session-cache's revokeSessions (the one place a session cache hooks).
import type { SessionSummary } from '@contract/sessions';
import { notFound } from '../http/app-error';
import type { ReadContext, ServiceContext } from '../http/service-context';
import * as sessions from './session.repository';
import { revokeSessions } from './session-cache';

/** The user's signed-in sessions, "this device" marked by the request's own token hash. */
export async function listMySessions(
  ctx: ReadContext,
  input: { currentTokenHash: string },
): Promise<SessionSummary[]> {
  const rows = await sessions.listSignedInSessionsOfUser(
    ctx.db,
    ctx.actor.tenantId,
    ctx.actor.userId,
  );
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
    isCurrent: row.tokenHash === input.currentTokenHash,
  }));
}

/** Ends one of the user's sessions (404 for another user's or an unknown id). */
export async function endMySession(ctx: ServiceContext, input: { sessionId: string }) {
  const ended = await revokeSessions(ctx.db, ctx.actor, { id: input.sessionId });
  if (ended.length === 0) throw notFound('Không tìm thấy phiên đăng nhập.');
  await ctx.audit({
    organisationId: null,
    action: 'auth.session.end',
    objectType: 'session',
    objectId: input.sessionId,
  });
}

/** Đăng xuất các phiên khác: ends every session of the user but the current one. */
export async function signOutOtherSessions(
  ctx: ServiceContext,
  input: { currentTokenHash: string },
): Promise<number> {
  const ended = await revokeSessions(ctx.db, ctx.actor, {
    exceptTokenHash: input.currentTokenHash,
  });
  await ctx.audit({
    organisationId: null,
    action: 'auth.session.sign_out_others',
    objectType: 'user',
    objectId: ctx.actor.userId,
    after: { ended: ended.length },
  });
  return ended.length;
}
