/**
 * Kỳ tính KPI: a period is a range of whole months (tháng), named 'YYYY-MM', both ends included.
 * A dossier belongs to the month it was received in Vietnam time (UTC+7), which is also the
 * `month` (first day, 'YYYY-MM-01') of its rollup rows.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Whether `text` is a month written 'YYYY-MM'. */
export const isMonth = (text: string): boolean => MONTH.test(text);

/** The month 'YYYY-MM' as a count of months since year 0 (for ordering and spans). */
export function monthIndex(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** The month 'YYYY-MM' of a month index. */
export function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included, in order (empty when `to` is before `from`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let index = monthIndex(from); index <= monthIndex(to); index++)
    months.push(monthOfIndex(index));
  return months;
}

/** The first day 'YYYY-MM-01' of a month: the rollup's `month` column. */
export const firstDayOf = (month: string): string => `${month}-01`;

/** The month (tháng nhận) an ISO instant falls in, read in Vietnam time. */
export function vietnamMonthOf(instant: string): string {
  const shifted = new Date(Date.parse(instant) + VIETNAM_OFFSET_MS);
  return shifted.toISOString().slice(0, 7);
}

/**
 * The instants bounding a month in Vietnam time, [start, end): 00:00 +07 on its first day and on
 * the next month's first day, as ISO instants (UTC).
 */
export function vietnamMonthBounds(month: string): { start: string; end: string } {
  const start = (index: number) => {
    const [year, mm] = monthOfIndex(index).split('-').map(Number) as [number, number];
    return new Date(Date.UTC(year, mm - 1, 1) - VIETNAM_OFFSET_MS).toISOString();
  };
  const index = monthIndex(month);
  return { start: start(index), end: start(index + 1) };
}
