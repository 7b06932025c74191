import { describe, expect, it } from 'vitest';
import { REPORTING_RULE_PRESETS } from './reporting-rule';
import { reportingScheduleText } from './reporting-rule-text';

describe('reportingScheduleText: a reporting rule as a plan words it', () => {
  it.each([
    [
      'monthly-by-2nd-and-quarterly-by-15th',
      'hằng tháng (chậm nhất ngày 02 tháng sau) và hằng quý (chậm nhất ngày 15 tháng cuối quý)',
    ],
    ['monthly-by-5th', 'hằng tháng (chậm nhất ngày 05 tháng sau)'],
    [
      'national-cchc',
      'quý I, III (chậm nhất ngày 20 tháng cuối quý), 6 tháng đầu năm (chậm nhất ngày 20 tháng cuối kỳ) và hằng năm (chậm nhất ngày 20 tháng 12)',
    ],
    ['weekly-by-friday', 'hằng tuần (chậm nhất thứ Sáu trong tuần)'],
    ['weekly-by-next-monday', 'hằng tuần (chậm nhất thứ Hai tuần sau)'],
  ] as const)('%s', (preset, text) => {
    expect(reportingScheduleText(REPORTING_RULE_PRESETS[preset])).toBe(text);
  });

  it('words a one-off report by its label and date, and an empty rule as nothing', () => {
    expect(
      reportingScheduleText({
        name: 'Đột xuất',
        reports: [
          {
            kind: 'custom',
            key: 'x',
            label: 'báo cáo sơ kết',
            from: '2024-01-01',
            to: '2024-05-31',
            due: '2024-06-05',
          },
        ],
      }),
    ).toBe('báo cáo sơ kết (chậm nhất ngày 05/06/2024)');
    expect(reportingScheduleText({ name: 'Không', reports: [] })).toBe('');
  });
});
