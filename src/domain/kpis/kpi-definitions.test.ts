import { describe, expect, it } from 'vitest';
import { emptyTotals, type CounterTotals } from './dossier-counters';
import { KPI_DEFINITIONS, computeKpi, kpiByKey } from './kpi-definitions';
import { buildDossier, totalsOf } from './kpi-dossier.fixture';

// Eight dossiers received in March 2026; promised 06/03 17:00 Vietnam time (10:00Z) unless said.
const MARCH = [
  // 1. early (05/03), at the counter, every file and result digitised, rated 5.
  buildDossier({
    code: '1',
    digitisedFile: true,
    digitisedResult: true,
    electronicResult: true,
    satisfaction: 5,
  }),
  // 2. exactly at the promised time: on time, not early; fully online, fee paid online, rated 4.
  buildDossier({
    code: '2',
    finishedAt: '2026-03-06T10:00:00.000Z',
    channel: 'online',
    onlineLevel: 'full',
    hasFee: true,
    paidOnline: true,
    digitisedFile: true,
    digitisedResult: true,
    satisfaction: 4,
  }),
  // 3. one minute late; partly online, fee not paid online, rated 1 and a complaint.
  buildDossier({
    code: '3',
    finishedAt: '2026-03-06T10:01:00.000Z',
    channel: 'online',
    onlineLevel: 'partial',
    hasFee: true,
    digitisedFile: true,
    satisfaction: 1,
    complaint: true,
  }),
  // 4. early, but two supplement requests: late; a complaint, not rated.
  buildDossier({ code: '4', supplementRequests: 2, pausedDays: 4, hasFee: true, complaint: true }),
  // 5. two days paused: 08/03 17:00 is the deadline, met on that day; by post; rated 2.
  buildDossier({
    code: '5',
    finishedAt: '2026-03-08T10:00:00.000Z',
    pausedDays: 2,
    supplementRequests: 1,
    channel: 'postal',
    electronicResult: true,
    satisfaction: 2,
  }),
  // 6. still in progress; fully online, fee paid online, file digitised.
  buildDossier({
    code: '6',
    status: 'processing',
    finishedAt: null,
    channel: 'online',
    onlineLevel: 'full',
    hasFee: true,
    paidOnline: true,
    digitisedFile: true,
  }),
  // 7. returned to the applicant (has a date, is not "finished").
  buildDossier({ code: '7', status: 'returned' }),
  // 8. no time limit (giải quyết ngay); at the counter but paid online; rated 3.
  buildDossier({ code: '8', promisedAt: null, hasFee: true, paidOnline: true, satisfaction: 3 }),
];

describe('KPIs over hand-counted dossiers', () => {
  const totals = totalsOf(MARCH);

  it('counts the eight dossiers as worked out by hand', () => {
    expect(totals).toEqual({
      received: 8,
      finished: 6, // 1 2 3 4 5 8
      finishedOnTime: 4, // 1 2 5 8
      finishedEarly: 1, // 1
      finishedLate: 2, // 3 4
      online: 3, // 2 3 6
      fullOnline: 2, // 2 6
      withFee: 5, // 2 3 4 6 8
      paidOnline: 3, // 2 6 8
      digitisedFile: 4, // 1 2 3 6
      digitisedResult: 2, // 1 2
      electronicResult: 2, // 1 5
      rated: 5, // 1 2 3 5 8
      dissatisfied: 2, // 3 5
      complaint: 2, // 3 4
      repeatedSupplement: 1, // 4
      complaintOrDissatisfied: 3, // 3 (both, once) 4 5
      satisfied: 2, // 1 2
      postal: 1, // 5
    } satisfies CounterTotals);
  });

  // Every shipped KPI, by hand: numerator ÷ denominator × 100.
  const expected: Record<string, number> = {
    on_time: (4 / 6) * 100,
    ahead_of_time: (1 / 6) * 100,
    late_share: (2 / 6) * 100,
    online_share: 37.5, // 3 / 8
    full_online_share: 25, // 2 / 8
    paid_online_share: 60, // 3 / 5 dossiers with a fee
    digitised_file_share: 50, // 4 / 8
    digitised_result_share: (2 / 6) * 100,
    electronic_result_share: (2 / 6) * 100,
    satisfaction: 100 - ((2 / 6) * 100 + 37.5), // late 2/6, complaint or dislike 3/8 → 29,1667
    finished_share: 75, // 6 / 8
    rated_satisfied_share: 40, // 2 / 5 rated
    dissatisfied_share: 40, // 2 / 5 rated
    complaint_share: 25, // 2 / 8
    repeated_supplement_share: 12.5, // 1 / 8
    postal_share: 12.5, // 1 / 8
  };

  it('has a hand-computed value for every shipped KPI', () => {
    expect(Object.keys(expected).sort()).toEqual(KPI_DEFINITIONS.map((kpi) => kpi.key).sort());
  });

  it.each(Object.entries(expected))('computes %s', (key, value) => {
    expect(computeKpi(kpiByKey(key)!, totals)).toBeCloseTo(value, 10);
  });
});

describe('computeKpi', () => {
  const totals = (counts: Partial<CounterTotals>): CounterTotals => ({
    ...emptyTotals(),
    ...counts,
  });
  const satisfaction = kpiByKey('satisfaction')!;

  it('is null, not 0, when nothing is counted below the line', () => {
    expect(computeKpi(kpiByKey('on_time')!, totals({ received: 5 }))).toBeNull();
    expect(computeKpi(kpiByKey('paid_online_share')!, totals({ received: 5 }))).toBeNull();
    expect(computeKpi(satisfaction, totals({ received: 5 }))).toBeNull();
  });

  it('computes satisfaction as 100 % − (late share + complaint-or-dislike share)', () => {
    // 3 late of 100 finished (3 %) and 4 complaints or dislikes of 200 received (2 %).
    const value = computeKpi(
      satisfaction,
      totals({ received: 200, finished: 100, finishedLate: 3, complaintOrDissatisfied: 4 }),
    );
    expect(value).toBeCloseTo(95, 10);
  });

  it('never reads satisfaction below 0 %', () => {
    const value = computeKpi(
      satisfaction,
      totals({ received: 200, finished: 100, finishedLate: 70, complaintOrDissatisfied: 80 }),
    );
    expect(value).toBe(0);
  });

  it('sums counts before dividing, never averages the units\u2019 ratios', () => {
    // Unit A: 9 of 10 on time; unit B: 1 of 90. Together 10 of 100 = 10 % (the mean would be 45,6 %).
    const a = totals({ finished: 10, finishedOnTime: 9 });
    const b = totals({ finished: 90, finishedOnTime: 1 });
    const sum = totals({ finished: 100, finishedOnTime: 10 });
    expect(computeKpi(kpiByKey('on_time')!, sum)).toBe(10);
    expect(computeKpi(kpiByKey('on_time')!, a)).toBe(90);
    expect(computeKpi(kpiByKey('on_time')!, b)).toBeCloseTo(1.1111, 4);
  });

  it('keeps keys unique and the foundation keys', () => {
    const keys = KPI_DEFINITIONS.map((kpi) => kpi.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['on_time', 'online_share', 'paid_online_share']));
    expect(kpiByKey('nope')).toBeUndefined();
  });
});
