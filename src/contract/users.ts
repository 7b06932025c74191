/** Người dùng: accounts of a tenant and the roles they hold in organisations. */
import { z } from 'zod';
import { ROLES } from '@domain/permissions/role';
import { defineEndpoint } from './endpoint';
import { idParamsSchema, idSchema, isoInstantSchema } from './common';
import { roleGrantSchema } from './auth';
import { abilitiesSchema } from './abilities';

/** A user account as administrators see it. */
export const userSchema = z.object({
  id: idSchema,
  login: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  homeOrganisationId: idSchema,
  homeOrganisationName: z.string(),
  isActive: z.boolean(),
  lastLoginAt: isoInstantSchema.nullable(),
  /** Xác thực hai bước đang bật: the user has confirmed a TOTP authenticator (sign-in asks a code). */
  twoFactorEnabled: z.boolean(),
  roles: z.array(roleGrantSchema),
  version: z.number().int(),
});
/** A user account. */
export type User = z.infer<typeof userSchema>;

/**
 * What the actor may do with an account: sửa, cấp vai trò (in its home unit), mở khóa đăng nhập,
 * đặt lại xác thực hai bước (only while the account has it on).
 */
export const USER_ABILITIES = [
  'canEdit',
  'canGrantRole',
  'canUnlock',
  'canResetTwoFactor',
] as const;

/** What the actor may do with one of its role grants: thu hồi vai trò. */
export const ROLE_GRANT_ABILITIES = ['canRevoke'] as const;

/** What the actor may do with the user list: thêm người dùng (in some unit it manages). */
export const USER_LIST_ABILITIES = ['canCreate'] as const;

/** An account in the list, with the actor's abilities on it and on each of its grants. */
export const userListItemSchema = userSchema.extend({
  roles: z.array(roleGrantSchema.extend({ abilities: abilitiesSchema(ROLE_GRANT_ABILITIES) })),
  abilities: abilitiesSchema(USER_ABILITIES),
});
/** An account in the list. */
export type UserListItem = z.infer<typeof userListItemSchema>;

const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._@-]{3,100}$/, 'Tên đăng nhập gồm 3–100 ký tự: chữ không dấu, số, . _ @ -.');
const emailSchema = z.email('Địa chỉ thư điện tử không hợp lệ.').max(200).nullable();

/** GET /api/users — users whose home unit the actor may read; optional unit filter. */
export const listUsers = defineEndpoint({
  method: 'GET',
  path: '/api/users',
  summary: 'Danh sách người dùng',
  query: z.object({
    organisationId: idSchema.optional(),
    q: z.string().trim().max(100).optional(),
  }),
  response: z.object({
    items: z.array(userListItemSchema),
    abilities: abilitiesSchema(USER_LIST_ABILITIES),
  }),
});

/** POST /api/users — a new account in a unit, with an initial password checked by the policy. */
export const createUser = defineEndpoint({
  method: 'POST',
  path: '/api/users',
  summary: 'Thêm người dùng',
  body: z.object({
    login: loginSchema,
    fullName: z.string().trim().min(1, 'Nhập họ và tên.').max(200),
    email: emailSchema.default(null),
    homeOrganisationId: idSchema,
    password: z.string().max(200),
  }),
  response: userSchema,
  status: 201,
});

/** PATCH /api/users/:id — requires `If-Match: <version>`. */
export const updateUser = defineEndpoint({
  method: 'PATCH',
  path: '/api/users/:id',
  summary: 'Sửa người dùng',
  params: idParamsSchema,
  body: z
    .object({
      fullName: z.string().trim().min(1, 'Nhập họ và tên.').max(200),
      email: emailSchema,
      isActive: z.boolean(),
      password: z.string().max(200),
    })
    .partial(),
  response: userSchema,
});

/** POST /api/users/:id/unlock-login — mở khóa đăng nhập: forget the login's failed attempts from every source. */
export const unlockUserLogin = defineEndpoint({
  method: 'POST',
  path: '/api/users/:id/unlock-login',
  summary: 'Mở khóa đăng nhập',
  params: idParamsSchema,
  response: userSchema,
});

/** POST /api/users/:id/roles — grant a role in an organisation. */
export const grantRole = defineEndpoint({
  method: 'POST',
  path: '/api/users/:id/roles',
  summary: 'Cấp vai trò',
  params: idParamsSchema,
  body: z.object({
    role: z.enum(ROLES, { error: 'Vai trò không hợp lệ.' }),
    organisationId: idSchema,
  }),
  response: userSchema,
  status: 201,
});

/** DELETE /api/users/:id/roles/:grantId — revoke a role. */
export const revokeRole = defineEndpoint({
  method: 'DELETE',
  path: '/api/users/:id/roles/:grantId',
  summary: 'Thu hồi vai trò',
  params: z.object({ id: idSchema, grantId: idSchema }),
  response: userSchema,
});
