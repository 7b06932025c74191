import { describe, expect, it } from 'vitest';
import type { PlanContentDto } from '@contract/plans';
import { mergeFrameworkOptions } from './plan-frameworks-field';
import { frameworkLabel, sectionOptions } from './plan-pickers';

describe('the plan editors’ pickers', () => {
  it('name a framework with its year unless the name already says it', () => {
    expect(frameworkLabel({ name: 'Chỉ số CCHC cấp huyện', year: 2024 })).toBe(
      'Chỉ số CCHC cấp huyện (2024)',
    );
    expect(frameworkLabel({ name: 'Chỉ số PAPI năm 2024', year: 2024 })).toBe(
      'Chỉ số PAPI năm 2024',
    );
  });

  it('keep offering an index the plan links even when it is not of the listed years', () => {
    const options = mergeFrameworkOptions(
      [{ id: 'par-2024', name: 'Chỉ số CCHC', year: 2024 }],
      [{ id: 'papi-2022', name: 'Chỉ số PAPI', year: 2022 }],
    );
    expect(options.map((option) => option.value)).toEqual(['papi-2022', 'par-2024']);
  });

  it('list sections as printed, indented by depth', () => {
    const section = (
      id: string,
      parentId: string | null,
      numbering: 'upper_letter' | 'lower_letter',
    ) =>
      ({
        id,
        parentId,
        numbering,
        heading: id,
        body: '',
        frameworkId: null,
        nodeCode: null,
      }) satisfies PlanContentDto['sections'][number];
    const options = sectionOptions([
      section('Khối', null, 'upper_letter'),
      section('Mục', 'Khối', 'lower_letter'),
    ]);
    expect(options.map((option) => option.label)).toEqual(['A. Khối', '\u00a0\u00a0a) Mục']);
  });
});
