import { describe, expect, it } from 'vitest';
import { placeReportErrors } from './report-field-errors';

const sent = {
  kpiValues: [
    { targetIndex: 0, value: '98,5%' },
    { targetIndex: 2, value: 'khoảng 90' },
  ],
  entries: [
    {
      taskId: '8a1f0c2e-5b1d-4c3e-9f00-000000000101',
      status: 'done' as const,
      progress: 100,
      result: '',
      reason: '',
      documentRefs: [{ number: '', date: null, issuer: '', summary: '' }],
    },
  ],
};

describe('placing the server’s field errors on the report form', () => {
  it('puts a KPI refusal on the box of the target it was sent for', () => {
    const placed = placeReportErrors(
      [
        {
          field: 'kpiValues.1.value',
          message: '«khoảng 90» không phải là số (ví dụ hợp lệ: 98,5%).',
        },
      ],
      sent,
    );

    expect(placed).toEqual({
      fields: [
        {
          name: ['kpiValues', 2],
          errors: ['«khoảng 90» không phải là số (ví dụ hợp lệ: 98,5%).'],
        },
      ],
      unplaced: [],
    });
  });

  it('puts task and document refusals on their inputs', () => {
    const placed = placeReportErrors(
      [
        { field: 'entries.0.progress', message: 'Tiến độ từ 0 đến 100%.' },
        { field: 'entries.0.documentRefs.0.number', message: 'Nhập số, ký hiệu văn bản.' },
        { field: 'difficulties', message: 'Quá dài.' },
      ],
      sent,
    );

    expect(placed.fields.map((field) => field.name)).toEqual([
      ['entries', 0, 'progress'],
      ['entries', 0, 'documentRefs', 0, 'number'],
      ['difficulties'],
    ]);
    expect(placed.unplaced).toEqual([]);
  });

  it('gathers two messages for one input and keeps what fits no input for the banner', () => {
    const placed = placeReportErrors(
      [
        { field: 'kpiValues.0', message: 'Một.' },
        { field: 'kpiValues.0.value', message: 'Hai.' },
        { field: 'entries.5.status', message: 'Nhiệm vụ không thuộc đơn vị.' },
        { message: 'Báo cáo đã nộp.' },
      ],
      sent,
    );

    expect(placed.fields).toEqual([{ name: ['kpiValues', 0], errors: ['Một.', 'Hai.'] }]);
    expect(placed.unplaced).toEqual(['Nhiệm vụ không thuộc đơn vị.', 'Báo cáo đã nộp.']);
  });
});
