import { describe, expect, it } from 'vitest';
import { chartKindsOf } from './chart-kinds';

describe('chartKindsOf', () => {
  it('names each kind of the series once, in a fixed order', () => {
    const option = {
      series: [{ type: 'line' }, { type: 'bar' }, { type: 'bar', stack: 'total' }],
    };
    expect(chartKindsOf(option)).toEqual(['bar', 'line']);
  });

  it('reads a single series object as well as a list', () => {
    expect(chartKindsOf({ series: { type: 'radar', data: [] } })).toEqual(['radar']);
  });

  it('needs no kind for an option without series (the core alone)', () => {
    expect(chartKindsOf({})).toEqual([]);
    expect(chartKindsOf({ series: [] })).toEqual([]);
  });

  it('leaves out a series type the app has no module for', () => {
    expect(chartKindsOf({ series: [{ type: 'pie' }, { type: 'heatmap' }, null] })).toEqual([
      'heatmap',
    ]);
  });
});
