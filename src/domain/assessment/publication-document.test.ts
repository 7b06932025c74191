import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import { rollUpResult } from '../results/roll-up';
import {
  buildPublicationDocument,
  decisionLine,
  type PublicationDocumentInput,
  type PublicationUnitRow,
} from './publication-document';
import { splitScoreParts } from './score-parts';

const row = (overrides: Partial<PublicationUnitRow>): PublicationUnitRow => ({
  organisationName: 'Sở Tư pháp',
  appraisedPart: null,
  surveyPart: null,
  total: null,
  indexPercent: null,
  rank: null,
  grade: null,
  previousRank: null,
  ...overrides,
});

function publicationInput(
  overrides: Partial<PublicationDocumentInput> = {},
): PublicationDocumentInput {
  return {
    framework: { name: 'Bộ chỉ số CCHC sở 2026', indexKind: 'par_index', year: 2026 },
    decision: {
      number: '123/QĐ-UBND',
      date: '2027-01-15',
      issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
    },
    defaultIssuer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
    groups: [
      {
        unitType: 'department',
        rankedCount: 2,
        rows: [
          row({
            organisationName: 'Sở Nội vụ',
            appraisedPart: 65.5,
            surveyPart: 27,
            total: 92.5,
            indexPercent: 92.5,
            rank: 1,
            grade: 'Tốt',
            previousRank: 1,
          }),
          row({
            organisationName: 'Văn phòng UBND tỉnh',
            appraisedPart: 61.2,
            surveyPart: 26.89,
            total: 88.09,
            indexPercent: 88.09,
            rank: 2,
            grade: 'Khá',
            previousRank: 1,
          }),
          row({ organisationName: 'Sở Xây dựng' }),
        ],
      },
    ],
    ...overrides,
  };
}

describe('splitScoreParts', () => {
  it('splits sample 002 into the appraised 61,2 and the survey 26,89 of the 88,09 total', () => {
    const framework = buildFramework({
      nodes: [
        group('1', 70, { name: 'Phần thẩm định' }),
        leaf('1.1', 70),
        group('2', 30, { name: 'Điều tra xã hội học', method: 'survey' }),
        leaf('2.1', 20, { name: 'Khảo sát lãnh đạo', method: 'survey', rule: { type: 'survey' } }),
        leaf('2.2', 10, { name: 'Khảo sát người dân', method: 'survey', rule: { type: 'survey' } }),
      ],
    });
    const rolled = rollUpResult(framework, [
      { nodeCode: '1.1', appraisedScore: 61.2 },
      { nodeCode: '2.1', surveyScore: 17.5 },
      { nodeCode: '2.2', surveyScore: 9.39 },
    ]);
    expect(rolled.totals.score).toBeCloseTo(88.09, 4);
    expect(splitScoreParts(framework, rolled)).toEqual({ appraisedPart: 61.2, surveyPart: 26.89 });
  });

  it('leaves both parts null while the survey part is not entered, and the survey part 0 without survey nodes', () => {
    const withSurvey = buildFramework({
      nodes: [leaf('1', 70), leaf('2', 30, { method: 'survey', rule: { type: 'survey' } })],
    });
    expect(
      splitScoreParts(
        withSurvey,
        rollUpResult(withSurvey, [{ nodeCode: '1', appraisedScore: 60 }]),
      ),
    ).toEqual({ appraisedPart: null, surveyPart: null });
    const appraisedOnly = buildFramework({ nodes: [leaf('1', 100)] });
    expect(
      splitScoreParts(
        appraisedOnly,
        rollUpResult(appraisedOnly, [{ nodeCode: '1', appraisedScore: 75.5 }]),
      ),
    ).toEqual({ appraisedPart: 75.5, surveyPart: 0 });
  });
});

describe('buildPublicationDocument', () => {
  it('heads the appendix with the index, the year, the peers and the publishing decision', () => {
    const model = buildPublicationDocument(publicationInput());
    expect([model.heading, model.title, model.subtitle]).toEqual([
      'PHỤ LỤC',
      'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA CÁC SỞ, BAN, NGÀNH',
      '(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2027 của Ủy ban nhân dân tỉnh Đồng Tháp)',
    ]);
  });

  it('writes one row per unit with Vietnamese numbers, rank of the ranked peers, grade and change from last year', () => {
    const model = buildPublicationDocument(publicationInput());
    expect(model.columns.map((column) => column.title)).toEqual([
      'STT',
      'Đơn vị',
      'Điểm thẩm định',
      'Điểm điều tra xã hội học',
      'Tổng điểm',
      'Chỉ số (%)',
      'Xếp hạng',
      'Xếp loại',
      'So với năm trước',
    ]);
    expect(model.rows).toEqual([
      {
        kind: 'item',
        cells: [
          '1',
          'Sở Nội vụ',
          '65,5',
          '27',
          '92,5',
          '92,5',
          '1/2',
          'Tốt',
          'Giữ nguyên thứ hạng (năm 2025: hạng 1)',
        ],
      },
      {
        kind: 'item',
        cells: [
          '2',
          'Văn phòng UBND tỉnh',
          '61,2',
          '26,89',
          '88,09',
          '88,09',
          '2/2',
          'Khá',
          'Giảm 01 bậc (năm 2025: hạng 1)',
        ],
      },
      { kind: 'item', cells: ['3', 'Sở Xây dựng', '', '', 'Chưa có kết quả', '', '', '', ''] },
    ]);
  });

  it('leaves the number and date blank before the decision is issued, and groups the units when several types take part', () => {
    const input = publicationInput({ decision: null });
    const model = buildPublicationDocument({
      ...input,
      groups: [
        ...input.groups,
        {
          unitType: 'commune',
          rankedCount: 1,
          rows: [row({ organisationName: 'Xã Tân Mỹ', total: 80, rank: 1 })],
        },
      ],
    });
    expect(model.subtitle).toBe(
      '(Kèm theo Quyết định số      /QĐ-UBND ngày      /     /      của Ủy ban nhân dân tỉnh Đồng Tháp)',
    );
    expect(model.title).toBe('KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    expect(model.rows.filter((each) => each.kind === 'area')).toEqual([
      { kind: 'area', numeral: 'I', text: 'Các sở, ban, ngành' },
      { kind: 'area', numeral: 'II', text: 'Các xã, phường, thị trấn' },
    ]);
  });

  it('gives a bare decision number its symbol', () => {
    expect(decisionLine({ number: '45', date: null, issuer: 'Chủ tịch UBND tỉnh' }, '')).toBe(
      '(Kèm theo Quyết định số 45/QĐ-UBND của Chủ tịch UBND tỉnh)',
    );
  });
});
