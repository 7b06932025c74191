import { describe, expect, it } from 'vitest';
import type { PlanContentDto } from '@contract/plans';
import {
  blankTarget,
  normaliseTarget,
  toContentFormValues,
  toContentPatch,
} from './plan-content-values';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function buildContent(overrides: Partial<PlanContentDto> = {}): PlanContentDto {
  return {
    parentBody: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
    issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
    number: null,
    symbol: 'KH-UBND',
    place: 'Lấp Vò',
    issuedOn: null,
    year: 2024,
    title: 'Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023',
    preamble: '',
    basis: [
      { number: 'Quyết định số 876/QĐ-BNV', date: '2024-05-07', issuer: 'Bộ Nội vụ', summary: '' },
      { number: 'Công văn số 12/UBND', date: null, issuer: '', summary: '' },
    ],
    purpose: '',
    requirements: '',
    frameworkIds: [id(1), id(2)],
    targets: [
      { ...blankTarget('t1'), metric: 'Chỉ số CCHC', frameworkId: id(1), value: 85 },
      {
        ...blankTarget('t2'),
        metric: 'Xếp hạng Chỉ số PAPI',
        kind: 'rank_top',
        frameworkId: id(2),
        sectionId: 's1',
        value: 3,
        unit: 'huyện',
      },
    ],
    sections: [
      {
        id: 's1',
        parentId: null,
        numbering: 'upper_letter',
        heading: 'Chỉ số PAPI',
        body: '',
        frameworkId: id(2),
        nodeCode: null,
      },
    ],
    appendixTable: false,
    implementation: '',
    reportingDuties: '',
    recipients: ['Sở Nội vụ', 'Lưu: VT'],
    signature: {
      mode: 'KT',
      authority: 'CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Văn A',
    },
    ...overrides,
  };
}

describe('plan content form values', () => {
  it('gives back the same content it was filled with, without number, date and sections', () => {
    const content = buildContent();
    const { number: _number, issuedOn: _issuedOn, sections: _sections, ...expected } = content;
    expect(toContentPatch(toContentFormValues(content))).toEqual(expected);
  });

  it('shows recipients one per line', () => {
    expect(toContentFormValues(buildContent()).recipientsText).toBe('Sở Nội vụ\nLưu: VT');
  });

  it('reads recipients typed as in the printed list ("- Sở Nội vụ;"), dropping blank lines', () => {
    const values = {
      ...toContentFormValues(buildContent()),
      recipientsText: '- Sở Nội vụ;\n\n  Lưu: VT.  \n',
    };
    expect(toContentPatch(values).recipients).toEqual(['Sở Nội vụ', 'Lưu: VT']);
  });

  it('sends a target only the fields its kind uses', () => {
    const lingering = {
      ...blankTarget('t3'),
      metric: ' Chỉ số SIPAS ',
      kind: 'grade' as const,
      grade: 'Tốt',
      value: 85,
      unit: '%',
      comparator: 'lt' as const,
      nodeCode: '2.1',
    };
    expect(normaliseTarget(lingering)).toEqual({
      ...blankTarget('t3'),
      metric: 'Chỉ số SIPAS',
      kind: 'grade',
      grade: 'Tốt',
      unit: '',
      nodeCode: null,
    });
  });

  it('reads "every sub-index" as 100% when the share is left empty', () => {
    const target = normaliseTarget({ id: 't4', kind: 'subindex_share', value: 80, unit: '%' });
    expect(target).toMatchObject({ sharePercent: 100, value: 80, comparator: 'gte' });
  });
});

describe('a target of kind KPI in the editor', () => {
  it('keeps its KPI, comparator and % value and drops a unit; other kinds drop the KPI', () => {
    const kpi = normaliseTarget({
      ...blankTarget('k1'),
      metric: 'Tỷ lệ hồ sơ giải quyết trễ hạn',
      kind: 'kpi',
      kpiKey: 'late_share',
      comparator: 'lte',
      value: 3,
    });
    expect(kpi).toMatchObject({ kind: 'kpi', kpiKey: 'late_share', comparator: 'lte', value: 3 });
    expect(kpi.unit).toBe('');
    expect(normaliseTarget({ ...kpi, kind: 'number' }).kpiKey).toBeNull();
  });
});
