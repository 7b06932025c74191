import { describe, expect, it } from 'vitest';
import { finishedOnTime } from './dossier-counters';
import { DOSSIER_COLUMN_LABELS, detectColumns } from './dossier-columns';
import { parseDossierTime, readDossierRow, type DossierCell } from './dossier-row';
import type { Dossier } from './dossier';

const headers = Object.values(DOSSIER_COLUMN_LABELS);
const columns = detectColumns(headers);
type Labelled = Partial<Record<keyof typeof DOSSIER_COLUMN_LABELS, DossierCell>>;

/** A row in label order from the cells given by field; a valid counter dossier by default. */
function row(cells: Labelled): DossierCell[] {
  const base: Labelled = {
    code: 'HS-001',
    unitCode: 'XA-LV',
    procedureCode: '1.001',
    procedureName: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    receivedAt: '15/03/2024 08:30',
    promisedAt: '22/03/2024',
    finishedAt: '22/03/2024 15:10',
    status: 'Đã trả kết quả',
    channel: 'Trực tiếp',
  };
  const all = { ...base, ...cells };
  return (Object.keys(DOSSIER_COLUMN_LABELS) as (keyof Labelled)[]).map((field) => all[field]);
}

function dossierOf(cells: Labelled): Dossier {
  const result = readDossierRow(row(cells), columns, 7);
  if ('errors' in result) throw new Error(JSON.stringify(result.errors));
  return result.dossier;
}

function errorsOf(cells: Labelled) {
  const result = readDossierRow(row(cells), columns, 7);
  if (!('errors' in result)) throw new Error('the row was accepted');
  return result.errors;
}

describe('readDossierRow', () => {
  it('reads a counter dossier finished the afternoon of its promised day as on time', () => {
    const dossier = dossierOf({});
    expect(dossier).toMatchObject({
      receivedAt: '2024-03-15T01:30:00.000Z',
      // Hẹn trả 22/03/2024 without a time: the whole day, until 23:59:59 Vietnam time.
      promisedAt: '2024-03-22T16:59:59.000Z',
      finishedAt: '2024-03-22T08:10:00.000Z',
      status: 'finished',
      channel: 'counter',
      onlineLevel: null,
    });
    expect(finishedOnTime(dossier)).toBe(true);
  });

  it('still counts a dossier finished the next morning as late', () => {
    expect(finishedOnTime(dossierOf({ finishedAt: '23/03/2024 07:45' }))).toBe(false);
  });

  it('keeps a promised time that has hours as written', () => {
    expect(dossierOf({ promisedAt: '22/03/2024 11:00' }).promisedAt).toBe(
      '2024-03-22T04:00:00.000Z',
    );
    expect(parseDossierTime('22/03/2024', 'end_of_day')).toBe('2024-03-22T16:59:59.000Z');
    expect(parseDossierTime('22/03/2024')).toBe('2024-03-21T17:00:00.000Z');
  });

  it('reads an online full-level dossier with its flags, counts and rating', () => {
    const dossier = dossierOf({
      channel: 'Nộp trực tuyến',
      onlineLevel: 'Toàn trình',
      paidOnline: 'x',
      hasFee: 'Có',
      supplementRequests: '1',
      pausedDays: '3',
      digitisedFile: 'Đã số hóa',
      digitisedResult: 1,
      electronicResult: 'Có',
      satisfaction: '5',
      complaint: 'Không',
    });
    expect(dossier).toMatchObject({
      channel: 'online',
      onlineLevel: 'full',
      paidOnline: true,
      hasFee: true,
      supplementRequests: 1,
      pausedDays: 3,
      digitisedFile: true,
      digitisedResult: true,
      electronicResult: true,
      satisfaction: 5,
      complaint: false,
    });
  });

  it('accepts a finish date without a time on the day the dossier was received', () => {
    const dossier = dossierOf({ receivedAt: '22/03/2024 09:00', finishedAt: '22/03/2024' });
    expect(dossier.finishedAt).toBe('2024-03-21T17:00:00.000Z');
  });

  it('lists every problem of a row, each with its column and a Vietnamese message', () => {
    const errors = errorsOf({
      receivedAt: '15/03/2024 08:30',
      promisedAt: '10/03/2024',
      finishedAt: '14/03/2024 16:00',
      channel: 'Fax',
      pausedDays: '-2',
      satisfaction: '7',
      digitisedFile: 'chắc chắn',
    });
    expect(errors.map((error) => [error.code, error.column])).toEqual([
      ['unknown_word', 'Hình thức nộp'],
      ['negative_pause', 'Số ngày tạm dừng'],
      ['unreadable_value', 'Số hóa hồ sơ'],
      ['rating_out_of_range', 'Mức độ hài lòng'],
      ['finished_before_received', 'Ngày có kết quả'],
      ['promised_before_received', 'Ngày hẹn trả'],
    ]);
    expect(errors[0]!.message).toBe('Không hiểu giá trị «Fax» ở cột «Hình thức nộp».');
    expect(errors[3]!.message).toBe('«Mức độ hài lòng» phải từ 1 đến 5 («7»).');
  });

  it('refuses a fractional count and a dossier paid online that the fee column says is free', () => {
    expect(errorsOf({ supplementRequests: '1,5' })).toEqual([
      {
        code: 'not_whole_number',
        column: 'Số lần yêu cầu bổ sung',
        message: '«Số lần yêu cầu bổ sung» phải là số nguyên («1.5»).',
      },
    ]);
    expect(errorsOf({ paidOnline: 'Có', hasFee: 'Không' }).map((error) => error.code)).toEqual([
      'paid_without_fee',
    ]);
  });

  it('refuses an unreadable date and a finished dossier without its finish time', () => {
    expect(errorsOf({ receivedAt: '32/01/2024' }).map((error) => error.code)).toEqual([
      'unreadable_date',
    ]);
    expect(errorsOf({ finishedAt: '' })).toEqual([
      {
        code: 'finished_without_time',
        column: 'Ngày có kết quả',
        message: 'Hồ sơ đã giải quyết nhưng thiếu «Ngày có kết quả».',
      },
    ]);
  });

  it('names missing required values by the export’s own header', () => {
    const unaccented = detectColumns(headers.map((header) => header.toUpperCase()));
    const result = readDossierRow(row({ code: '', field: ' ' }), unaccented, 12);
    expect(result).toEqual({
      line: 12,
      errors: [
        { code: 'missing_value', column: 'MÃ HỒ SƠ', message: 'Thiếu «MÃ HỒ SƠ».' },
        { code: 'missing_value', column: 'LĨNH VỰC', message: 'Thiếu «LĨNH VỰC».' },
      ],
    });
  });

  it('reads a dossier still in progress without a finish time', () => {
    const dossier = dossierOf({ status: 'Đang xử lý', finishedAt: '' });
    expect(dossier.finishedAt).toBeNull();
    expect(dossier.status).toBe('processing');
  });
});
