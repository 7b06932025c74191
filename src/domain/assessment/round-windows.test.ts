import { describe, expect, it } from 'vitest';
import type { RoundWindows } from './round-state';
import { daysLeft, isWindowOpen, validateRoundWindows, windowPhase } from './round-windows';

const windows = (overrides: Partial<RoundWindows> = {}): RoundWindows => ({
  selfAssessment: { opensOn: '2026-12-01', closesOn: '2026-12-20' },
  appraisal: { opensOn: '2026-12-21', closesOn: '2027-01-20' },
  explanation: { opensOn: '2027-01-05', closesOn: '2027-01-10' },
  ...overrides,
});

describe('validateRoundWindows', () => {
  it('accepts self-assessment, then appraisal with the explanation inside it', () => {
    expect(validateRoundWindows(windows())).toEqual([]);
  });

  it('accepts windows not set yet (a draft round)', () => {
    const unset = { opensOn: null, closesOn: null };
    expect(
      validateRoundWindows({ selfAssessment: unset, appraisal: unset, explanation: unset }),
    ).toEqual([]);
  });

  it('refuses a window closing before it opens', () => {
    expect(
      validateRoundWindows(
        windows({ selfAssessment: { opensOn: '2026-12-20', closesOn: '2026-12-01' } }),
      ),
    ).toEqual([
      {
        field: 'selfAssessment.closesOn',
        message: 'Tự đánh giá: ngày kết thúc phải từ ngày bắt đầu trở về sau.',
      },
    ]);
  });

  it('refuses a window with only one end', () => {
    const [problem] = validateRoundWindows(
      windows({ appraisal: { opensOn: '2026-12-21', closesOn: null } }),
    );
    expect(problem).toEqual({
      field: 'appraisal',
      message: 'Thẩm định: cần có cả ngày bắt đầu và ngày kết thúc.',
    });
  });

  it('refuses a day that does not exist', () => {
    expect(
      validateRoundWindows(
        windows({ selfAssessment: { opensOn: '2026-02-30', closesOn: '2026-12-20' } }),
      )[0]?.field,
    ).toBe('selfAssessment.opensOn');
  });

  it('refuses an appraisal opening before the self-assessment closes', () => {
    expect(
      validateRoundWindows(
        windows({ appraisal: { opensOn: '2026-12-19', closesOn: '2027-01-20' } }),
      ).map((p) => p.field),
    ).toEqual(['appraisal.opensOn']);
  });

  it('lets the appraisal open on the self-assessment closing day (both inclusive)', () => {
    expect(
      validateRoundWindows(
        windows({ appraisal: { opensOn: '2026-12-20', closesOn: '2027-01-20' } }),
      ),
    ).toEqual([]);
  });

  it('refuses an explanation window reaching past the appraisal window', () => {
    expect(
      validateRoundWindows(
        windows({ explanation: { opensOn: '2027-01-15', closesOn: '2027-01-25' } }),
      ).map((p) => p.field),
    ).toEqual(['explanation']);
  });
});

describe('window on a day', () => {
  const window = { opensOn: '2026-12-01', closesOn: '2026-12-10' };

  it('is open on both ends and not the day after', () => {
    expect(isWindowOpen(window, '2026-12-01')).toBe(true);
    expect(isWindowOpen(window, '2026-12-10')).toBe(true);
    expect(isWindowOpen(window, '2026-12-11')).toBe(false);
    expect(windowPhase(window, '2026-11-30')).toBe('upcoming');
    expect(windowPhase(window, '2026-12-11')).toBe('closed');
    expect(windowPhase({ opensOn: null, closesOn: null }, '2026-12-11')).toBe('unset');
  });

  it('counts the days left to the closing day ("còn 3 ngày" on 07/12), across a month', () => {
    expect(daysLeft(window, '2026-12-07')).toBe(3);
    expect(daysLeft(window, '2026-12-10')).toBe(0);
    expect(daysLeft(window, '2026-11-30')).toBe(10);
    expect(daysLeft(window, '2026-12-12')).toBe(-2);
    expect(daysLeft({ opensOn: null, closesOn: null }, '2026-12-12')).toBeNull();
  });
});
