import { describe, expect, it } from 'vitest';
import {
  MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH,
  NATIONAL_CCHC_REGIME,
  validateReportingRule,
} from '../../reports/reporting-rule';
import { paragraphs } from './import-test-helpers';
import { readReporting } from './read-reporting';

describe('readReporting', () => {
  it('reads the monthly and quarterly reports of sample 000 as the preset they are', () => {
    const proposal = readReporting(
      paragraphs(
        '- Định kỳ báo cáo kết quả thực hiện cùng với báo cáo CCHC về UBND Huyện (qua Phòng Nội vụ để tổng hợp):',
        '+ Báo cáo tháng: chậm nhất vào ngày 02 hằng tháng (số liệu tính từ ngày 01 đến ngày cuối cùng của tháng trước liền kề).',
        '+ Báo cáo Quý 1 vào ngày 15/3/2024 (số liệu tính từ ngày 15/12/2023 đến 14/3/2024).',
        '+ Báo cáo Quý 2 vào ngày 15/6/2024 (số liệu tính từ ngày 15/3/2024 đến 14/6/2024).',
        '+ Báo cáo Quý 3 vào ngày 15/9/2024 (số liệu tính từ ngày 15/6/2024 đến 14/9/2024).',
        '+ Báo cáo Quý 4 vào ngày 15/12/2024 (số liệu tính từ ngày 15/9/2024 đến 14/12/2024).',
      ),
      2024,
    );
    expect(proposal?.rule).toEqual(MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH);
    expect(proposal?.provenance).toEqual({
      confidence: 0.85,
      source: [{ from: 1, to: 5 }],
      flags: [],
    });
  });

  it('reads quarter, 6-month and yearly reports due the 20th of the last month as the national regime', () => {
    const proposal = readReporting(
      paragraphs(
        'Các cơ quan báo cáo quý, 6 tháng, năm trước ngày 20 của tháng cuối kỳ (số liệu tính từ ngày 15 của tháng trước kỳ báo cáo).',
      ),
      2025,
    );
    expect(proposal?.rule.reports).toEqual(NATIONAL_CCHC_REGIME.reports);
  });

  it('reads "báo cáo 6 tháng, năm trước ngày 15/6 và 15/12" with an assumed window, at lower confidence', () => {
    const proposal = readReporting(
      paragraphs('Định kỳ báo cáo 6 tháng, năm trước ngày 15/6 và 15/12 về Sở Nội vụ.'),
      2024,
    );
    expect(proposal?.rule.reports).toEqual([
      {
        kind: 'half-year',
        periods: [1],
        due: { day: 15, month: 'last' },
        window: { type: 'shifted', startDay: 15 },
      },
      { kind: 'year', due: { day: 15, month: 'last' }, window: { type: 'shifted', startDay: 15 } },
    ]);
    expect(validateReportingRule(proposal!.rule)).toEqual([]);
    expect(proposal?.provenance.confidence).toBeLessThan(0.85);
  });

  it('reads a weekly report due on Friday', () => {
    const proposal = readReporting(paragraphs('Báo cáo tuần chậm nhất thứ Sáu hằng tuần.'), 2024);
    expect(proposal?.rule.reports).toEqual([{ kind: 'week', due: { weekday: 5, week: 'same' } }]);
  });

  it('proposes nothing when no reporting duty is stated', () => {
    expect(
      readReporting(
        paragraphs('Trong quá trình thực hiện nếu có khó khăn, đề nghị báo cáo về UBND huyện./.'),
        2024,
      ),
    ).toBeNull();
  });
});
