import { describe, expect, it } from 'vitest';
import type { PlanContentDto } from '@contract/plans';
import { toContentFormValues, toContentPatch } from './plan-content-values';

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
    targets: [{ metric: 'Chỉ số CCHC', comparator: 'gte', value: 85, unit: '%' }],
    sections: [],
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
  it('gives back the same content it was filled with, without number and date', () => {
    const content = buildContent();
    const { number: _number, issuedOn: _issuedOn, ...expected } = content;
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
});
