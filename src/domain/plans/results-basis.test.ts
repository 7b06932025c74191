import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from './plan-document';
import { defaultPlanContent } from './plan-defaults';
import { resultsBasis, resultsDecisionReference } from './results-basis';

const ISSUER = 'Ủy ban nhân dân tỉnh Đồng Tháp';
const CCHC = { name: 'Chỉ số CCHC', year: 2023 };

describe('Căn cứ from the decision that published the results', () => {
  it('cites the decision with number, date and issuer, printed as a basis line', () => {
    const reference = resultsDecisionReference(
      { decisionNumber: '123/QĐ-UBND', decisionDate: '2024-02-22', issuer: ISSUER },
      CCHC,
    );
    expect(reference).toEqual({
      number: 'Quyết định số 123/QĐ-UBND',
      date: '2024-02-22',
      issuer: ISSUER,
      summary: 'về việc công bố kết quả Chỉ số CCHC năm 2023',
    });
    const content = {
      ...defaultPlanContent({ name: 'Huyện Lấp Vò', type: 'district', parent: null }, 2024, 'K'),
      basis: [reference!],
    };
    expect(buildPlanDocument(content, [], new Map()).body[0]).toEqual({
      kind: 'paragraph',
      text: 'Căn cứ Quyết định số 123/QĐ-UBND ngày 22/2/2024 của Ủy ban nhân dân tỉnh Đồng Tháp về việc công bố kết quả Chỉ số CCHC năm 2023.',
    });
  });

  it('keeps a number entered with its kind, and reads "số …" as a decision', () => {
    const numberOf = (decisionNumber: string) =>
      resultsDecisionReference({ decisionNumber, decisionDate: null, issuer: ISSUER }, CCHC)
        ?.number;
    expect(numberOf('Quyết định số 94/QĐ-UBND')).toBe('Quyết định số 94/QĐ-UBND');
    expect(numberOf('số 94/QĐ-UBND')).toBe('Quyết định số 94/QĐ-UBND');
    expect(numberOf(' 94/QĐ-UBND ')).toBe('Quyết định số 94/QĐ-UBND');
  });

  it('cites nothing for results without a decision', () => {
    expect(resultsDecisionReference(null, CCHC)).toBeNull();
    expect(
      resultsDecisionReference(
        { decisionNumber: '  ', decisionDate: '2024-01-01', issuer: ISSUER },
        CCHC,
      ),
    ).toBeNull();
    expect(resultsBasis([{ decision: null, index: CCHC }])).toEqual([]);
  });

  it('cites a decision publishing two indices once, naming both', () => {
    const decision = { decisionNumber: '94/QĐ-UBND', decisionDate: '2024-01-17', issuer: ISSUER };
    const basis = resultsBasis([
      { decision, index: CCHC },
      {
        decision: { ...decision, decisionNumber: 'Quyết định số 94/QĐ-UBND' },
        index: { name: 'Chỉ số SIPAS', year: 2023 },
      },
      {
        decision: { ...decision, decisionNumber: '93/QĐ-UBND' },
        index: { name: 'Chỉ số PAPI', year: 2023 },
      },
    ]);
    expect(basis.map((reference) => `${reference.number} ${reference.summary}`)).toEqual([
      'Quyết định số 94/QĐ-UBND về việc công bố kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023',
      'Quyết định số 93/QĐ-UBND về việc công bố kết quả Chỉ số PAPI năm 2023',
    ]);
  });
});
