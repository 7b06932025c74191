/** Xác thực hai bước: enrolment with an authenticator app, the sign-in code, recovery codes, reset. */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { idParamsSchema, isoInstantSchema, okSchema } from './common';
import { meSchema } from './auth';

/** A code as typed: six digits from the app (spaces allowed) or a recovery code `xxxxx-xxxxx`. */
export const twoFactorCodeSchema = z.object({
  code: z.string().trim().min(1, 'Nhập mã xác thực.').max(40),
});

/** The signed-in user's two-factor state, for "Bảo mật tài khoản". */
export const twoFactorStatusSchema = z.object({
  isEnabled: z.boolean(),
  /** One of the user's roles requires it (MFA_REQUIRED_ROLES): it cannot be turned off. */
  isRequired: z.boolean(),
  confirmedAt: isoInstantSchema.nullable(),
  /** Unused recovery codes left. */
  recoveryCodesLeft: z.number().int().min(0),
});

/** A new authenticator secret to scan (QR) or type (base32 text); confirmed by a first code. */
export const twoFactorEnrolmentSchema = z.object({
  /** Khóa bí mật in base32, for typing into an app that cannot scan. */
  secret: z.string(),
  /** The otpauth:// address the QR code holds. */
  otpauthUri: z.string(),
  /** The QR code as an SVG document. */
  qrSvg: z.string(),
});

/** Mã khôi phục: shown once, each usable once in place of a code. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** GET /api/auth/two-factor — the signed-in user's two-factor state. */
export const getTwoFactorStatus = defineEndpoint({
  method: 'GET',
  path: '/api/auth/two-factor',
  summary: 'Trạng thái xác thực hai bước',
  response: twoFactorStatusSchema,
});

/** POST /api/auth/two-factor/enrolment — a new secret (signed in, or a sign-in waiting to enrol). */
export const startTwoFactorEnrolment = defineEndpoint({
  method: 'POST',
  path: '/api/auth/two-factor/enrolment',
  summary: 'Bắt đầu thiết lập xác thực hai bước',
  response: twoFactorEnrolmentSchema,
});

/**
 * POST /api/auth/two-factor/enrolment/confirm — the first code turns two-factor on and issues the
 * recovery codes; a sign-in waiting to enrol becomes a signed-in session (`me`).
 */
export const confirmTwoFactorEnrolment = defineEndpoint({
  method: 'POST',
  path: '/api/auth/two-factor/enrolment/confirm',
  summary: 'Xác nhận thiết lập xác thực hai bước',
  body: twoFactorCodeSchema,
  response: recoveryCodesSchema.extend({ me: meSchema }),
});

/** POST /api/auth/two-factor/verify — the second step of signing in: a code or a recovery code. */
export const verifyTwoFactor = defineEndpoint({
  method: 'POST',
  path: '/api/auth/two-factor/verify',
  summary: 'Xác thực bước hai khi đăng nhập',
  body: twoFactorCodeSchema,
  response: meSchema,
});

/** POST /api/auth/two-factor/recovery-codes — new recovery codes (the old ones stop working). */
export const regenerateRecoveryCodes = defineEndpoint({
  method: 'POST',
  path: '/api/auth/two-factor/recovery-codes',
  summary: 'Tạo lại mã khôi phục',
  body: twoFactorCodeSchema,
  response: recoveryCodesSchema,
});

/** POST /api/auth/two-factor/disable — the user turns two-factor off with a code (not when required). */
export const disableTwoFactor = defineEndpoint({
  method: 'POST',
  path: '/api/auth/two-factor/disable',
  summary: 'Tắt xác thực hai bước',
  body: twoFactorCodeSchema,
  response: okSchema,
});

/** POST /api/users/:id/reset-two-factor — an administrator removes a user's two-factor (lost phone). */
export const resetUserTwoFactor = defineEndpoint({
  method: 'POST',
  path: '/api/users/:id/reset-two-factor',
  summary: 'Đặt lại xác thực hai bước của người dùng',
  params: idParamsSchema,
  response: okSchema,
});
