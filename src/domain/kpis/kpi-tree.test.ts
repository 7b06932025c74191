import { describe, expect, it } from 'vitest';
import { emptyTotals, type CounterTotals } from './dossier-counters';
import { kpiFigures, subtreeTotals } from './kpi-tree';

const totals = (values: Partial<CounterTotals>): CounterTotals => ({ ...emptyTotals(), ...values });

describe('subtree totals', () => {
  // Province P ← district D ← communes C1, C2; commune C3 directly under P.
  const units = [
    { id: 'P', parentId: null },
    { id: 'D', parentId: 'P' },
    { id: 'C1', parentId: 'D' },
    { id: 'C2', parentId: 'D' },
    { id: 'C3', parentId: 'P' },
  ];
  const own = new Map([
    ['D', totals({ finished: 2, finishedOnTime: 2 })],
    ['C1', totals({ finished: 8, finishedOnTime: 6 })],
    ['C2', totals({ finished: 10, finishedOnTime: 10 })],
    ['C3', totals({ finished: 1, finishedOnTime: 0 })],
  ]);

  it('adds counts up the tree and computes the KPI from the sums, never averaging ratios', () => {
    const sums = subtreeTotals(units, own);
    expect(sums.get('D')).toMatchObject({ finished: 20, finishedOnTime: 18 });
    expect(sums.get('P')).toMatchObject({ finished: 21, finishedOnTime: 18 });
    expect(sums.get('C1')).toMatchObject({ finished: 8, finishedOnTime: 6 });
    // District: 18/20 = 90 %; the mean of its units' ratios (100, 75, 100) would be 91,67 %.
    expect(kpiFigures(sums.get('D')!)['on_time']).toEqual({ value: 90, count: 20 });
    // Province: 18/21.
    expect(kpiFigures(sums.get('P')!)['on_time']!.value).toBeCloseTo((18 / 21) * 100, 10);
  });

  it('gives no value where nothing is counted, and stops at a parent outside the list', () => {
    const sums = subtreeTotals(units.slice(1), own); // the province is not visible
    expect(sums.has('P')).toBe(false);
    expect(sums.get('D')!.finished).toBe(20);
    const empty = subtreeTotals([{ id: 'X', parentId: null }], new Map());
    expect(kpiFigures(empty.get('X')!)['on_time']).toEqual({ value: null, count: 0 });
  });
});
