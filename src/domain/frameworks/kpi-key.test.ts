import { describe, expect, it } from 'vitest';
import type { Framework, FrameworkNode } from './framework';
import { kpiKeyProblem } from './kpi-key';
import { validateFramework } from './validate-framework';

const leaf: FrameworkNode = {
  code: '1.1',
  parentCode: '1',
  name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  maxPoints: 2,
  method: 'appraised',
  rule: { type: 'ratio_threshold', threshold: 95 },
};

const framework = (node: FrameworkNode): Framework => ({
  code: 'T-2026',
  indexKind: 'custom',
  name: 'Thử',
  year: 2026,
  unitTypes: ['department'],
  decision: null,
  version: 1,
  illustrative: false,
  scale: { unit: 'points', maxTotal: 2 },
  nodes: [{ code: '1', parentCode: null, name: 'Lĩnh vực', maxPoints: 2 }, node],
});

describe('kpiKey (mã KPI của tiêu chí)', () => {
  it('accepts a shipped KPI on a ratio leaf', () => {
    expect(validateFramework(framework({ ...leaf, kpiKey: 'on_time' }))).toEqual([]);
    expect(kpiKeyProblem({ kpiKey: 'online_share', rule: { type: 'ratio' } }, true)).toBeNull();
  });

  it('refuses an unknown key, naming the criterion and the valid keys', () => {
    const issues = validateFramework(framework({ ...leaf, kpiKey: 'dung_han' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('1.1');
    expect(issues[0]?.message).toMatch(
      /^Tiêu chí «1\.1»: mã KPI «dung_han» không có trong danh sách KPI; dùng một trong: on_time \(Tỷ lệ hồ sơ giải quyết đúng hạn\),/,
    );
  });

  it('refuses a key on a criterion that is not scored by a ratio, or on a parent', () => {
    expect(kpiKeyProblem({ kpiKey: 'on_time', rule: { type: 'binary' } }, true)).toBe(
      'mã KPI «on_time» chỉ dùng cho tiêu chí chấm theo tỷ lệ (có hoặc không có ngưỡng).',
    );
    expect(kpiKeyProblem({ kpiKey: 'on_time' }, false)).toContain(
      'không đặt ở tiêu chí có tiêu chí con',
    );
  });
});
