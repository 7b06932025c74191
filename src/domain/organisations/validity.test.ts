import { describe, expect, it } from 'vitest';
import { existedInYear } from './validity';

describe('existedInYear', () => {
  it.each([
    [{ validFrom: '2008-04-01', validTo: '2025-06-30' }, 2024, true],
    [{ validFrom: '2008-04-01', validTo: '2025-06-30' }, 2025, true],
    [{ validFrom: '2008-04-01', validTo: '2025-06-30' }, 2026, false],
    [{ validFrom: '2025-07-01', validTo: null }, 2024, false],
    [{ validFrom: '2025-07-01', validTo: null }, 2025, true],
    [{ validFrom: '2020-01-01', validTo: '2023-12-31' }, 2024, false],
    [{ validFrom: '2024-12-31', validTo: '2024-12-31' }, 2024, true],
  ])('%o in %i → %s', (unit, year, expected) => {
    expect(existedInYear(unit, year)).toBe(expected);
  });
});
