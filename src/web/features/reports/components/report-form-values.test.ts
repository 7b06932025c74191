import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { buildEntry, buildSubmission } from './build-submission.test-factory';
import { toReportFormValues, toSaveBody } from './report-form-values';

describe('report form values', () => {
  it('carries the answer to an ad-hoc request (báo cáo đột xuất) into the save body', () => {
    const values = toReportFormValues(
      buildSubmission({
        request: { id: 'r1', title: 'Hồ sơ trễ hạn', question: 'Bao nhiêu hồ sơ trễ hạn?' },
        answer: '3 hồ sơ',
      }),
    );
    expect(toSaveBody({ ...values, answer: '3 hồ sơ, đã xin lỗi công dân' }).answer).toBe(
      '3 hồ sơ, đã xin lỗi công dân',
    );
    expect(values.answer).toBe('3 hồ sơ');
  });

  it('shows saved KPI figures the Vietnamese way and leaves unreported targets empty', () => {
    const values = toReportFormValues(
      buildSubmission({ kpiValues: [{ targetIndex: 1, value: 98.5 }] }),
    );

    expect(values.kpiValues).toEqual(['', '98,5']);
  });

  it('turns a document date into a picker value and back into an ISO date', () => {
    const submission = buildSubmission({
      entries: [
        buildEntry({
          documentRefs: [
            { number: '15/KH-UBND', date: '2024-04-02', issuer: 'UBND huyện', summary: 'Kế hoạch' },
          ],
        }),
      ],
    });

    const values = toReportFormValues(submission);
    expect(values.entries[0]?.documentRefs[0]?.date?.format('DD/MM/YYYY')).toBe('02/04/2024');
    expect(toSaveBody(values).entries?.[0]?.documentRefs).toEqual([
      { number: '15/KH-UBND', date: '2024-04-02', issuer: 'UBND huyện', summary: 'Kế hoạch' },
    ]);
  });

  it('sends every target in order with its figure as typed, trimmed', () => {
    const values = toReportFormValues(buildSubmission());
    values.kpiValues = [' 98,5% ', ''];

    expect(toSaveBody(values).kpiValues).toEqual([
      { targetIndex: 0, value: '98,5%' },
      { targetIndex: 1, value: '' },
    ]);
  });

  it('sends a cleared progress box as 0% and keeps progress within 0–100', () => {
    const values = toReportFormValues(
      buildSubmission({
        entries: [
          buildEntry(),
          buildEntry({
            task: { ...buildEntry().task, id: '8a1f0c2e-5b1d-4c3e-9f00-000000000102' },
          }),
        ],
      }),
    );
    values.entries[0]!.progress = null;
    values.entries[1]!.progress = 140;

    expect(toSaveBody(values).entries?.map((entry) => entry.progress)).toEqual([0, 100]);
  });

  it('keeps the reason only for a task that cannot be done', () => {
    const values = toReportFormValues(buildSubmission());
    values.entries[0]!.reason = 'Chưa bố trí được kinh phí.';

    expect(toSaveBody(values).entries?.[0]?.reason).toBe('');
    values.entries[0]!.status = 'cannot_do';
    expect(toSaveBody(values).entries?.[0]).toMatchObject({
      taskId: '8a1f0c2e-5b1d-4c3e-9f00-000000000101',
      status: 'cannot_do',
      reason: 'Chưa bố trí được kinh phí.',
    });
  });

  it('sends a new document reference without a date as null', () => {
    const values = toReportFormValues(buildSubmission());
    values.entries[0]!.documentRefs = [
      { number: ' 20/BC-UBND ', date: null, issuer: '', summary: '' },
      { number: '21/BC-UBND', date: dayjs('2024-05-31'), issuer: '', summary: '' },
    ];

    expect(
      toSaveBody(values).entries?.[0]?.documentRefs?.map((ref) => [ref.number, ref.date]),
    ).toEqual([
      ['20/BC-UBND', null],
      ['21/BC-UBND', '2024-05-31'],
    ]);
  });

  it('opens a task saved "Hoàn thành" below 100 % at 100 %, as the server requires', () => {
    const values = toReportFormValues(
      buildSubmission({ entries: [buildEntry({ status: 'done', progress: 80 })] }),
    );
    expect(values.entries[0]).toMatchObject({ status: 'done', progress: 100 });
  });
});
