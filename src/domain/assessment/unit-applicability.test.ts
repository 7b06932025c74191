import { describe, expect, it } from 'vitest';
import { buildFramework, leaf } from '../frameworks/framework.fixture';
import { notApplicableCodes } from './unit-applicability';

describe('notApplicableCodes', () => {
  const framework = buildFramework({
    code: 'T',
    scale: { unit: 'points', maxTotal: null },
    nodes: [
      { code: '1', parentCode: null, name: 'Chỉ đạo', maxPoints: 2 },
      leaf('1.1', 1, { parentCode: '1' }),
      leaf('1.2', 1, { parentCode: '1' }),
      { code: '3', parentCode: null, name: 'TTHC', maxPoints: 2 },
      leaf('3.1', 2, { parentCode: '3', applicability: { exemptUnitTypes: ['commune'] } }),
    ],
  });

  it('drops an exempted area with everything under it', () => {
    expect([...notApplicableCodes(framework, 'department', ['3'])].sort()).toEqual(['3', '3.1']);
  });

  it('drops a single criterion and the nodes the framework exempts for the unit type', () => {
    expect([...notApplicableCodes(framework, 'commune', ['1.2'])].sort()).toEqual(['1.2', '3.1']);
  });

  it('leaves everything applicable without exemptions', () => {
    expect(notApplicableCodes(framework, 'department', []).size).toBe(0);
  });
});
