import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TWO_FACTOR_ROLES,
  RECOVERY_CODE_ALPHABET,
  formatRecoveryCode,
  isTotpCodeShape,
  isTotpStepFresh,
  isTwoFactorRequired,
  normaliseRecoveryCode,
  secondStepAfterPassword,
} from './two-factor';

describe('who must use two-factor sign-in', () => {
  it('requires it of a user holding any required role, wherever else they hold roles', () => {
    expect(isTwoFactorRequired(['editor', 'focal'], DEFAULT_TWO_FACTOR_ROLES)).toBe(true);
    expect(isTwoFactorRequired(['admin'], DEFAULT_TWO_FACTOR_ROLES)).toBe(true);
  });

  it('does not require it of editors, leaders and viewers, nor of anyone when no role is listed', () => {
    expect(isTwoFactorRequired(['editor', 'leader', 'viewer'], DEFAULT_TWO_FACTOR_ROLES)).toBe(
      false,
    );
    expect(isTwoFactorRequired(['admin'], [])).toBe(false);
  });
});

describe('the step after a correct password', () => {
  it('asks an enrolled user for a code, required or not', () => {
    expect(secondStepAfterPassword({ isEnrolled: true, isRequired: false })).toBe('verify');
    expect(secondStepAfterPassword({ isEnrolled: true, isRequired: true })).toBe('verify');
  });

  it('sends a required role without two-factor to enrolment, and lets anyone else in', () => {
    expect(secondStepAfterPassword({ isEnrolled: false, isRequired: true })).toBe('enrol');
    expect(secondStepAfterPassword({ isEnrolled: false, isRequired: false })).toBeNull();
  });
});

describe('replay of a TOTP code', () => {
  it('accepts the first code ever and any later step', () => {
    expect(isTotpStepFresh(100, null)).toBe(true);
    expect(isTotpStepFresh(101, 100)).toBe(true);
  });

  it('refuses the step already used and any earlier one (the drift window would let it back)', () => {
    expect(isTotpStepFresh(100, 100)).toBe(false);
    expect(isTotpStepFresh(99, 100)).toBe(false);
  });
});

describe('recovery codes', () => {
  it('are two groups of five Crockford symbols, each byte picking by its low 5 bits', () => {
    const bytes = [0, 1, 2, 3, 31, 32, 33, 255, 10, 17];
    expect(formatRecoveryCode(bytes)).toBe('0123z-01zah');
    expect(RECOVERY_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(32);
  });

  it('refuses too few random bytes rather than making a short code', () => {
    expect(() => formatRecoveryCode([1, 2, 3])).toThrow();
  });

  it('read back whatever the case, spacing and dashes, with o as 0 and i/l as 1', () => {
    expect(normaliseRecoveryCode(' 0123Z 01ZAJ ')).toBe('0123z-01zaj');
    expect(normaliseRecoveryCode('O1l3z-o1zaj')).toBe('0113z-01zaj');
  });

  it('are not looked up when they cannot be one: wrong length or a symbol outside the alphabet', () => {
    expect(normaliseRecoveryCode('0123z-01za')).toBeNull();
    expect(normaliseRecoveryCode('0123u-01zaj')).toBeNull();
    expect(normaliseRecoveryCode('')).toBeNull();
  });
});

describe('the shape of a TOTP code', () => {
  it('is six digits, spaces allowed as apps group them', () => {
    expect(isTotpCodeShape('123 456')).toBe(true);
    expect(isTotpCodeShape('12345')).toBe(false);
    expect(isTotpCodeShape('12345a')).toBe(false);
  });
});
