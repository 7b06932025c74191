/**
 * The counts every KPI is built from. Each dossier carries one bit per counter (computed here,
 * once, at import); the database only sums bits — per (unit, field, month) in the rollups and
 * over raw rows for drill-down — so what "on time" means is written in one place. The order is
 * the bit order stored in the database: append new counters, never reorder. The mask is stored
 * in a PostgreSQL `integer`, so at most 31 counters fit (bit 31 would make it negative).
 */
import type { Dossier } from './dossier';

const DAY_MS = 86_400_000;

/** Counter names, in stored bit order. */
export const DOSSIER_COUNTERS = [
  /** Every dossier received (tiếp nhận). */
  'received',
  /** Finished with a result (đã giải quyết). */
  'finished',
  /** Finished by the promised time, paused days excluded, at most one supplement request. */
  'finishedOnTime',
  /** Finished before the promised day (trước hạn). */
  'finishedEarly',
  /** Finished after the promised time, or after more than one supplement request (trễ hạn). */
  'finishedLate',
  /** Lodged online (trực tuyến). */
  'online',
  /** Lodged online at the full level (toàn trình). */
  'fullOnline',
  /** Charges a fee (có phí, lệ phí). */
  'withFee',
  /** Charges a fee and it was paid online. */
  'paidOnline',
  /** Lodged file digitised. */
  'digitisedFile',
  /** Result digitised (counted among finished dossiers). */
  'digitisedResult',
  /** Electronic result issued (counted among finished dossiers). */
  'electronicResult',
  /** Rated by the citizen. */
  'rated',
  /** Rated 1 or 2 (không hài lòng). */
  'dissatisfied',
  /** A complaint was lodged. */
  'complaint',
  /** More than one supplement request (yêu cầu bổ sung quá một lần). */
  'repeatedSupplement',
  /**
   * A complaint or a dislike rating (1–2), counted once when the dossier has both: the
   * "phản ánh, kiến nghị hoặc không hài lòng" share of the Decision 766 satisfaction formula.
   */
  'complaintOrDissatisfied',
  /** Rated 4 or 5 (hài lòng, rất hài lòng): the usual "tỷ lệ hài lòng" of plan targets. */
  'satisfied',
  /** Lodged through public postal service (bưu chính công ích). */
  'postal',
] as const;
export type DossierCounter = (typeof DOSSIER_COUNTERS)[number];

/** The bit of `counter` in a dossier's counter mask. */
export const counterBit = (counter: DossierCounter): number =>
  1 << DOSSIER_COUNTERS.indexOf(counter);

/**
 * Whether a finished dossier met its time limit: finished no later than the promised time
 * pushed back by the paused days, and asked for a supplement at most once (Decision 766 counts a
 * second request as late). A dossier without a promised time (giải quyết ngay) is on time.
 */
export function finishedOnTime(dossier: Dossier): boolean {
  if (dossier.finishedAt === null) return false;
  if (dossier.supplementRequests > 1) return false;
  if (dossier.promisedAt === null) return true;
  const deadline = Date.parse(dossier.promisedAt) + dossier.pausedDays * DAY_MS;
  return Date.parse(dossier.finishedAt) <= deadline;
}

/** Finished on time and on an earlier Vietnam civil day than the (pause-extended) promised day. */
function finishedEarly(dossier: Dossier): boolean {
  if (!finishedOnTime(dossier) || dossier.promisedAt === null || dossier.finishedAt === null)
    return false;
  const day = (instant: number) => Math.floor((instant + 7 * 3_600_000) / DAY_MS);
  const deadline = Date.parse(dossier.promisedAt) + dossier.pausedDays * DAY_MS;
  return day(Date.parse(dossier.finishedAt)) < day(deadline);
}

/** Which counters a dossier adds one to. */
export function countersOf(dossier: Dossier): Record<DossierCounter, boolean> {
  const finished = dossier.status === 'finished' && dossier.finishedAt !== null;
  const onTime = finished && finishedOnTime(dossier);
  const online = dossier.channel === 'online';
  const dissatisfied = dossier.satisfaction !== null && dossier.satisfaction <= 2;
  return {
    received: true,
    finished,
    finishedOnTime: onTime,
    finishedEarly: finished && finishedEarly(dossier),
    finishedLate: finished && !onTime,
    online,
    fullOnline: online && dossier.onlineLevel === 'full',
    withFee: dossier.hasFee,
    paidOnline: dossier.hasFee && dossier.paidOnline,
    digitisedFile: dossier.digitisedFile,
    digitisedResult: finished && dossier.digitisedResult,
    electronicResult: finished && dossier.electronicResult,
    rated: dossier.satisfaction !== null,
    dissatisfied,
    complaint: dossier.complaint,
    repeatedSupplement: dossier.supplementRequests > 1,
    complaintOrDissatisfied: dossier.complaint || dissatisfied,
    satisfied: dossier.satisfaction !== null && dossier.satisfaction >= 4,
    postal: dossier.channel === 'postal',
  };
}

/** The counters as the bit mask stored with the dossier. */
export function counterMask(dossier: Dossier): number {
  const counters = countersOf(dossier);
  return DOSSIER_COUNTERS.reduce(
    (mask, name, bit) => (counters[name] ? mask | (1 << bit) : mask),
    0,
  );
}

/** Summed counters of a set of dossiers (a rollup row, a unit, a province). */
export type CounterTotals = Record<DossierCounter, number>;

/** Totals of zero. */
export const emptyTotals = (): CounterTotals =>
  Object.fromEntries(DOSSIER_COUNTERS.map((name) => [name, 0])) as CounterTotals;

/** Totals read from an array in bit order (as the database returns a rollup's sums). */
export const totalsFromArray = (counts: readonly number[]): CounterTotals =>
  Object.fromEntries(
    DOSSIER_COUNTERS.map((name, bit) => [name, counts[bit] ?? 0]),
  ) as CounterTotals;
