/** Đăng nhập / đăng xuất and the signed-in user's identity, roles and CSRF token. */
import { z } from 'zod';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { ROLES } from '@domain/permissions/role';
import { ACTION_NAMES, type Action } from '@domain/permissions/action';
import { defineEndpoint } from './endpoint';
import { idSchema, okSchema } from './common';

/** Login form: tên đăng nhập and mật khẩu. */
export const loginBodySchema = z.object({
  login: z.string().trim().min(1, 'Nhập tên đăng nhập.').max(100),
  password: z.string().min(1, 'Nhập mật khẩu.').max(200),
});

/** A role the user holds in one organisation, with the organisation's name for display. */
export const roleGrantSchema = z.object({
  id: idSchema,
  role: z.enum(ROLES),
  organisationId: idSchema,
  organisationName: z.string(),
  organisationType: z.enum(ORGANISATION_TYPES),
});

/** The signed-in user as the web app sees it. */
export const meSchema = z.object({
  user: z.object({
    id: idSchema,
    login: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
  }),
  tenant: z.object({ id: idSchema, name: z.string() }),
  homeOrganisation: z.object({ id: idSchema, name: z.string(), type: z.enum(ORGANISATION_TYPES) }),
  roles: z.array(roleGrantSchema),
  /**
   * Quyền: the actions one of the user's roles holds somewhere (the server's policy, so the menu
   * shows only modules the user can open; each call is still authorised on its unit).
   */
  actions: z.array(z.enum(ACTION_NAMES as [Action, ...Action[]])),
  /** Token to send back in the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
});
/** The signed-in user. */
export type Me = z.infer<typeof meSchema>;

/**
 * Bước thứ hai: the password was right but the session opens nothing until the user gives a code
 * from their authenticator app or a recovery code ('verify'), or, for a role that requires it,
 * sets up two-factor sign-in ('enrol'). The CSRF token serves the two-factor calls.
 */
export const secondStepSchema = z.object({
  secondStep: z.enum(['verify', 'enrol']),
  user: z.object({ login: z.string(), fullName: z.string() }),
  csrfToken: z.string(),
});
/** A sign-in waiting for its second step. */
export type SecondStepChallenge = z.infer<typeof secondStepSchema>;

/** What the password step answers: the signed-in user, or the second step still due. */
export const loginResponseSchema = z.union([meSchema, secondStepSchema]);

/** POST /api/auth/login — opens a session (sets the httpOnly cookie), possibly waiting for a second step. */
export const login = defineEndpoint({
  method: 'POST',
  path: '/api/auth/login',
  summary: 'Đăng nhập',
  body: loginBodySchema,
  response: loginResponseSchema,
});

/** POST /api/auth/logout — closes the session. */
export const logout = defineEndpoint({
  method: 'POST',
  path: '/api/auth/logout',
  summary: 'Đăng xuất',
  response: okSchema,
});

/** GET /api/auth/me — who is signed in (401 when nobody). */
export const getMe = defineEndpoint({
  method: 'GET',
  path: '/api/auth/me',
  summary: 'Người dùng hiện tại',
  response: meSchema,
});

/** POST /api/auth/password — the user changes their own password. */
export const changeOwnPassword = defineEndpoint({
  method: 'POST',
  path: '/api/auth/password',
  summary: 'Đổi mật khẩu',
  body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().max(200) }),
  response: okSchema,
});
