import { describe, it, expect } from 'vitest';
import { copyFrameworkToYear } from './copy-framework';
import { buildFramework, group, leaf } from './framework.fixture';
import { validateFramework } from './validate-framework';

const framework2023 = buildFramework({
  version: 3,
  nodes: [group('7', 3), group('7.3', 3), leaf('7.3.1', 1.5), leaf('7.3.2', 1.5)],
});

describe('copyFrameworkToYear', () => {
  it('makes version 1 of the next year, renaming the year in code and name', () => {
    const { framework } = copyFrameworkToYear(framework2023, 2024);
    expect(framework).toMatchObject({
      code: 'PAR-SO-2024',
      name: 'Chỉ số cải cách hành chính sở, ban, ngành năm 2024',
      year: 2024,
      version: 1,
    });
    expect(validateFramework(framework)).toEqual([]);
  });

  it('returns the identity mapping when no mapping is given', () => {
    const { codeMapping } = copyFrameworkToYear(framework2023, 2024);
    expect(codeMapping).toEqual({ '7': '7', '7.3': '7.3', '7.3.1': '7.3.1', '7.3.2': '7.3.2' });
  });

  it('renumbers criteria and their parents through the mapping (7.3 became 7.4 in 2024)', () => {
    const mapping = { '7.3': '7.4', '7.3.1': '7.4.1', '7.3.2': '7.4.2' };
    const { framework, codeMapping } = copyFrameworkToYear(framework2023, 2024, mapping);
    expect(framework.nodes.map((node) => [node.code, node.parentCode])).toEqual([
      ['7', null],
      ['7.4', '7'],
      ['7.4.1', '7.4'],
      ['7.4.2', '7.4'],
    ]);
    expect(codeMapping).toEqual({ '7': '7', ...mapping });
  });

  it('leaves the original untouched', () => {
    const { framework } = copyFrameworkToYear(framework2023, 2024, { '7.3.1': '7.3.9' });
    framework.nodes[0]!.name = 'Đã sửa';
    expect(framework2023.nodes[0]!.name).toBe('Lĩnh vực 7');
    expect(framework2023.nodes[2]!.code).toBe('7.3.1');
  });

  it('appends the year to a code that does not contain the old one', () => {
    const { framework } = copyFrameworkToYear({ ...framework2023, code: 'PAR-SO' }, 2024);
    expect(framework.code).toBe('PAR-SO-2024');
  });
});
