import { describe, expect, it } from 'vitest';
import { buildSectionEdits, hasSectionChanges } from './consolidated-edits';
import { buildPeriod } from './build-overview.test-factory';
import { describeDue, formatDataWindow } from './period-text';

const sections = [
  { key: 'results', text: 'Đã hoàn thành 3 nhiệm vụ.', edited: false },
  { key: 'difficulties', text: 'Sửa tay.', edited: true },
  { key: 'proposals', text: 'Không có.', edited: false },
];

describe('consolidated report edits', () => {
  it('sends typed text, keeps earlier edits and leaves untouched sections generated', () => {
    expect(buildSectionEdits(sections, { results: 'Mới.', proposals: 'Không có.' })).toEqual({
      sections: { results: 'Mới.', difficulties: 'Sửa tay.', proposals: '' },
    });
  });

  it('sends an emptied section as empty, which restores the generated text', () => {
    expect(buildSectionEdits(sections, { difficulties: '' }).sections.difficulties).toBe('');
  });

  it('notices only real changes', () => {
    expect(hasSectionChanges(sections, { results: 'Đã hoàn thành 3 nhiệm vụ.' })).toBe(false);
    expect(hasSectionChanges(sections, { results: 'Khác.' })).toBe(true);
  });
});

describe('period text', () => {
  it('writes the data window as dd/mm/yyyy–dd/mm/yyyy', () => {
    expect(formatDataWindow(buildPeriod({ from: '2023-12-15', to: '2024-03-14' }))).toBe(
      '15/12/2023–14/03/2024',
    );
  });

  it('names the weekday only when the due day falls on a weekend', () => {
    expect(describeDue(buildPeriod())).toEqual({ date: '02/04/2024', weekday: null });
    expect(
      describeDue(buildPeriod({ due: '2024-06-15', dueWeekday: 'Thứ Bảy', dueIsWeekend: true })),
    ).toEqual({ date: '15/06/2024', weekday: 'Thứ Bảy' });
  });
});
