/** Phiên đăng nhập: the signed-in user's sessions, ending one, and "Đăng xuất các phiên khác". */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { idParamsSchema, idSchema, isoInstantSchema, okSchema } from './common';

/** One signed-in session as recorded when it opened. */
export const sessionSummarySchema = z.object({
  id: idSchema,
  createdAt: isoInstantSchema,
  lastSeenAt: isoInstantSchema,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** Thiết bị này: the session making the request. */
  isCurrent: z.boolean(),
});
/** One session of the list. */
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** GET /api/auth/sessions — the user's signed-in sessions, most recently active first. */
export const listMySessions = defineEndpoint({
  method: 'GET',
  path: '/api/auth/sessions',
  summary: 'Phiên đăng nhập của tôi',
  response: z.object({ items: z.array(sessionSummarySchema) }),
});

/** DELETE /api/auth/sessions/:id — ends one of the user's sessions (404 when not theirs). */
export const endMySession = defineEndpoint({
  method: 'DELETE',
  path: '/api/auth/sessions/:id',
  summary: 'Kết thúc một phiên đăng nhập',
  params: idParamsSchema,
  response: okSchema,
});

/** POST /api/auth/sessions/sign-out-others — ends every session of the user but this one. */
export const signOutOtherSessions = defineEndpoint({
  method: 'POST',
  path: '/api/auth/sessions/sign-out-others',
  summary: 'Đăng xuất các phiên khác',
  response: z.object({ ended: z.number().int().min(0) }),
});
