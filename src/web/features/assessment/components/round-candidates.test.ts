import { describe, expect, it } from 'vitest';
import type { Organisation } from '@contract/organisations';
import { roundCandidates } from './round-candidates';

const unit = (
  id: string,
  parentId: string | null,
  overrides: Partial<Organisation> = {},
): Organisation => ({
  id,
  code: id,
  name: id,
  type: 'department',
  parentId,
  validFrom: '2008-04-01',
  validTo: null,
  version: 1,
  ...overrides,
});

describe('roundCandidates', () => {
  const units = [
    unit('DT', null, { type: 'province' }),
    unit('SNV', 'DT'),
    unit('SNV.CCHC', 'SNV', { type: 'sub_unit' }),
    unit('VP', 'DT'),
    unit('LV', 'DT', { type: 'district', validTo: '2025-06-30' }),
    unit('OLD', 'DT', { validTo: '2019-12-31' }),
    unit('OTHER', null, { type: 'province' }),
    unit('OTHER.S', 'OTHER'),
  ];
  const framework = { unitTypes: ['department' as const], year: 2026 };

  it('offers the departments under the owner that exist in the year', () => {
    expect(roundCandidates(units, 'DT', framework).map((u) => u.id)).toEqual(['SNV', 'VP']);
  });

  it('offers nothing until both the owner and the framework are chosen', () => {
    expect(roundCandidates(units, undefined, framework)).toEqual([]);
    expect(roundCandidates(units, 'DT', undefined)).toEqual([]);
  });

  it('stays inside the owner’s branch', () => {
    expect(roundCandidates(units, 'SNV', framework).map((u) => u.id)).toEqual(['SNV']);
  });
});
