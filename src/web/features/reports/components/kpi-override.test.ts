import { describe, expect, it } from 'vitest';
import { buildSubmission } from './build-submission.test-factory';
import { differsFromComputed } from './kpi-override';
import { placeReportErrors } from './report-field-errors';
import { toReportFormValues, toSaveBody } from './report-form-values';

describe('a KPI box pre-filled from dossier data', () => {
  it('asks for a reason only when the figure differs from the computed one', () => {
    expect(differsFromComputed('66,67', 66.67)).toBe(false);
    expect(differsFromComputed('66,67 %', 66.67)).toBe(false);
    expect(differsFromComputed('70', 66.67)).toBe(true);
    expect(differsFromComputed('', 66.67)).toBe(true);
    expect(differsFromComputed('khoảng 70', 66.67)).toBe(true);
    // Nothing computed (no dossier, a weekly report): the box is typed by hand as before.
    expect(differsFromComputed('', null)).toBe(false);
    expect(differsFromComputed('95', null)).toBe(false);
  });

  it('opens with the saved reason and sends it only when given', () => {
    const values = toReportFormValues(
      buildSubmission({
        kpiValues: [
          { targetIndex: 0, value: 70, computedValue: 66.67, overrideReason: 'Hồ sơ liên thông' },
        ],
      }),
    );
    expect(values.kpiValues).toEqual(['70', '']);
    expect(values.kpiReasons).toEqual(['Hồ sơ liên thông', '']);
    values.kpiReasons = [' Hồ sơ liên thông chưa đồng bộ ', '  '];
    expect(toSaveBody(values).kpiValues).toEqual([
      { targetIndex: 0, value: '70', overrideReason: 'Hồ sơ liên thông chưa đồng bộ' },
      { targetIndex: 1, value: '' },
    ]);
  });

  it("puts the server's refusal of a missing reason on the reason box of that target", () => {
    const placed = placeReportErrors(
      [{ field: 'kpiValues.0.overrideReason', message: 'Nêu lý do điều chỉnh.' }],
      { kpiValues: [{ targetIndex: 2, value: '70', overrideReason: '' }], entries: [] },
    );
    expect(placed).toEqual({
      fields: [{ name: ['kpiReasons', 2], errors: ['Nêu lý do điều chỉnh.'] }],
      unplaced: [],
    });
  });
});
