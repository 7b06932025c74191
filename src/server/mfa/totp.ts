// TOTP codes through otpauth (RFC 6238: SHA-1, 6 digits, 30 s), at an instant the caller passes
// (the request's clock), never the wall clock; and the enrolment QR code through qrcode.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import {
  TOTP_ACCEPTED_DRIFT_STEPS,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
} from '@domain/accounts/two-factor';

/** The issuer shown in authenticator apps. */
const ISSUER = 'parplan';

const totpOf = (secretBase32: string, label = '') =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });

/** A new random secret (160 bits, RFC 4226's recommendation) in base32, as apps take it typed. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The step (Unix seconds ÷ 30) whose code `code` is at `now`, within ±TOTP_ACCEPTED_DRIFT_STEPS,
 * or null when it matches none.
 */
export function matchTotpStep(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  const delta = totpOf(secretBase32).validate({
    token,
    timestamp: now.getTime(),
    window: TOTP_ACCEPTED_DRIFT_STEPS,
  });
  if (delta === null) return null;
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now.getTime() }) + delta;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totpOf(secretBase32, accountName).toString();
}

/** The QR code of `uri` as an SVG document (scales sharply; shown by the web as an image). */
export function qrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
