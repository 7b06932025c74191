import { describe, expect, it } from 'vitest';
import { dueDatesText } from './due-dates-text';

describe('dueDatesText', () => {
  it('lists up to four due dates in Vietnamese form', () => {
    expect(dueDatesText(['2024-06-30', '2024-09-30'])).toBe('30/06/2024; 30/09/2024');
  });

  it('counts the rest of a long recurring schedule instead of listing it', () => {
    const months = Array.from(
      { length: 12 },
      (_, i) => `2025-${String(i + 1).padStart(2, '0')}-15`,
    );
    expect(dueDatesText(months)).toBe('15/01/2025; 15/02/2025; 15/03/2025; 15/04/2025; … (+8)');
  });
});
