import { formatViDate } from '@contract/vi-format';

const SHOWN = 4;

/**
 * Hạn hoàn thành as one short line: a weekly task has 52 due dates a year, so past the first four
 * the rest are only counted ("31/01/2025; 28/02/2025; 31/03/2025; 30/04/2025; … (+8)").
 */
export function dueDatesText(dates: readonly string[]): string {
  const shown = dates.slice(0, SHOWN).map(formatViDate).join('; ');
  return dates.length > SHOWN ? `${shown}; … (+${dates.length - SHOWN})` : shown;
}
