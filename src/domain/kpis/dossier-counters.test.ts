import { describe, expect, it } from 'vitest';
import {
  DOSSIER_COUNTERS,
  counterBit,
  counterMask,
  countersOf,
  finishedOnTime,
  totalsFromArray,
} from './dossier-counters';
import { buildDossier } from './kpi-dossier.fixture';

// The plain dossier: promised 06/03/2026 17:00 Vietnam time (10:00Z).
const onCounters = (overrides: Parameters<typeof buildDossier>[0]) =>
  countersOf(buildDossier(overrides));

describe('dossier counters', () => {
  it('keeps the stored bit order (the database sums bits by position)', () => {
    expect(DOSSIER_COUNTERS).toEqual([
      'received',
      'finished',
      'finishedOnTime',
      'finishedEarly',
      'finishedLate',
      'online',
      'fullOnline',
      'withFee',
      'paidOnline',
      'digitisedFile',
      'digitisedResult',
      'electronicResult',
      'rated',
      'dissatisfied',
      'complaint',
      'repeatedSupplement',
      'complaintOrDissatisfied',
      'satisfied',
      'postal',
    ]);
    expect(DOSSIER_COUNTERS.length).toBeLessThanOrEqual(31);
    expect(counterBit('postal')).toBe(1 << 18);
  });

  it('marks a dossier finished one day before its promised day as received, finished, on time and early', () => {
    expect(counterMask(buildDossier())).toBe(0b1111);
  });

  it('counts finishing exactly at the promised time as on time but not early', () => {
    const counters = onCounters({ finishedAt: '2026-03-06T10:00:00.000Z' });
    expect(counters.finishedOnTime).toBe(true);
    expect(counters.finishedEarly).toBe(false);
    expect(counters.finishedLate).toBe(false);
  });

  it('counts one minute after the promised time as late', () => {
    const counters = onCounters({ finishedAt: '2026-03-06T10:01:00.000Z' });
    expect(counters.finishedOnTime).toBe(false);
    expect(counters.finishedLate).toBe(true);
  });

  it('excludes paused days from the time limit: two days paused push 06/03 17:00 to 08/03 17:00', () => {
    const finishedAt = '2026-03-08T10:00:00.000Z';
    expect(onCounters({ finishedAt, pausedDays: 2, supplementRequests: 1 }).finishedOnTime).toBe(
      true,
    );
    expect(onCounters({ finishedAt, pausedDays: 1, supplementRequests: 1 }).finishedLate).toBe(
      true,
    );
  });

  it('reads "early" against the pause-extended day: finished 07/03 with 2 days paused is early', () => {
    const counters = onCounters({
      finishedAt: '2026-03-07T03:00:00.000Z',
      pausedDays: 2,
      supplementRequests: 1,
    });
    expect(counters.finishedEarly).toBe(true);
  });

  it('finished on the promised day but earlier in the day is on time, not early (days in Vietnam time)', () => {
    // 06/03 00:30 in Vietnam is 05/03 17:30Z: the same Vietnam day as the promise.
    const counters = onCounters({ finishedAt: '2026-03-05T17:30:00.000Z' });
    expect(counters.finishedOnTime).toBe(true);
    expect(counters.finishedEarly).toBe(false);
  });

  it('allows one supplement request and counts a second one as late, however early the result', () => {
    expect(onCounters({ supplementRequests: 1 }).finishedOnTime).toBe(true);
    const twice = onCounters({ supplementRequests: 2, pausedDays: 3 });
    expect(twice.finishedOnTime).toBe(false);
    expect(twice.finishedEarly).toBe(false);
    expect(twice.finishedLate).toBe(true);
    expect(twice.repeatedSupplement).toBe(true);
    expect(finishedOnTime(buildDossier({ supplementRequests: 2 }))).toBe(false);
  });

  it('counts a repeated supplement request even on a dossier still in progress, but not as late', () => {
    const counters = onCounters({ status: 'processing', finishedAt: null, supplementRequests: 3 });
    expect(counters.repeatedSupplement).toBe(true);
    expect(counters.finished).toBe(false);
    expect(counters.finishedLate).toBe(false);
  });

  it('treats a dossier without a promised time (giải quyết ngay) as on time but never early', () => {
    const counters = onCounters({ promisedAt: null });
    expect(counters.finishedOnTime).toBe(true);
    expect(counters.finishedEarly).toBe(false);
  });

  it('counts only status "finished" as finished: a returned dossier with a date is not', () => {
    const counters = onCounters({ status: 'returned' });
    expect(counters.finished).toBe(false);
    expect(counters.finishedOnTime).toBe(false);
    expect(counters.finishedLate).toBe(false);
    expect(counters.received).toBe(true);
  });

  it('counts results (digitised, electronic) only on finished dossiers', () => {
    const open = onCounters({
      status: 'processing',
      finishedAt: null,
      digitisedResult: true,
      electronicResult: true,
      digitisedFile: true,
    });
    expect(open.digitisedResult).toBe(false);
    expect(open.electronicResult).toBe(false);
    expect(open.digitisedFile).toBe(true);
  });

  it('counts an online payment only when the procedure charges a fee', () => {
    expect(onCounters({ paidOnline: true, hasFee: false }).paidOnline).toBe(false);
    expect(onCounters({ paidOnline: true, hasFee: true }).paidOnline).toBe(true);
    expect(onCounters({ paidOnline: false, hasFee: true }).withFee).toBe(true);
  });

  it('splits channels: online (full or partial), postal, counter', () => {
    const full = onCounters({ channel: 'online', onlineLevel: 'full' });
    expect([full.online, full.fullOnline, full.postal]).toEqual([true, true, false]);
    const partial = onCounters({ channel: 'online', onlineLevel: 'partial' });
    expect([partial.online, partial.fullOnline]).toEqual([true, false]);
    const postal = onCounters({ channel: 'postal' });
    expect([postal.online, postal.postal]).toEqual([false, true]);
  });

  it('reads ratings: 1–2 dissatisfied, 3 neither, 4–5 satisfied', () => {
    const by = (satisfaction: number | null) => {
      const c = onCounters({ satisfaction });
      return [c.rated, c.dissatisfied, c.satisfied];
    };
    expect(by(null)).toEqual([false, false, false]);
    expect(by(1)).toEqual([true, true, false]);
    expect(by(2)).toEqual([true, true, false]);
    expect(by(3)).toEqual([true, false, false]);
    expect(by(4)).toEqual([true, false, true]);
    expect(by(5)).toEqual([true, false, true]);
  });

  it('counts a complaint and a dislike rating on the same dossier once in complaintOrDissatisfied', () => {
    expect(onCounters({ complaint: true }).complaintOrDissatisfied).toBe(true);
    expect(onCounters({ satisfaction: 2 }).complaintOrDissatisfied).toBe(true);
    const both = onCounters({ complaint: true, satisfaction: 1 });
    expect([both.complaint, both.dissatisfied, both.complaintOrDissatisfied]).toEqual([
      true,
      true,
      true,
    ]);
    expect(onCounters({ satisfaction: 3 }).complaintOrDissatisfied).toBe(false);
  });

  it('reads totals back from the database array in bit order, missing trailing counters as 0', () => {
    const totals = totalsFromArray([10, 8, 7]);
    expect([totals.received, totals.finished, totals.finishedOnTime, totals.postal]).toEqual([
      10, 8, 7, 0,
    ]);
  });
});
