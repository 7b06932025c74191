import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_COLUMN_LABELS } from '@domain/kpis/dossier-columns';
import type { DossierRowResult } from '@domain/kpis/dossier-row-result';
import { DossierFileError, openDossierFile } from './dossier-file-reader';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/dossiers/${name}`, import.meta.url));

async function readAll(rows: AsyncIterable<DossierRowResult>) {
  const all: DossierRowResult[] = [];
  for await (const row of rows) all.push(row);
  return all;
}
const codesOf = (row: DossierRowResult) => ('errors' in row ? row.errors.map((e) => e.code) : []);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parplan-dossier-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Expected instants are hand-computed: Vietnam is UTC+7, a promised date without a time lasts
// until 23:59:59 of that day (16:59:59Z).
describe('openDossierFile on three differently-headed exports', () => {
  it('reads a canonical CSV with a BOM, quoted commas and a blank line', async () => {
    const reading = await openDossierFile(fixture('canonical-bom.csv'));
    expect(reading.format).toBe('csv');
    expect(reading.headers[0]).toBe('Mã hồ sơ'); // the BOM is gone
    expect(reading.headers).toHaveLength(20);
    expect(reading.columns.missing).toEqual([]);
    expect(reading.columns.unknownHeaders).toEqual([]);
    expect(reading.columns.mapping).toEqual(DOSSIER_COLUMN_LABELS);
    const rows = await readAll(reading.rows);
    // Record 5 is the blank line: skipped, and record numbers keep counting it.
    expect(rows.map((row) => row.line)).toEqual([2, 3, 4, 6]);
    expect(rows[0]).toEqual({
      line: 2,
      dossier: {
        code: 'H42.01-240315-0001',
        unitCode: 'XA-LV',
        procedureCode: '1.001193',
        procedureName: 'Đăng ký khai sinh',
        field: 'Hộ tịch',
        receivedAt: '2024-03-15T01:30:00.000Z',
        promisedAt: '2024-03-22T16:59:59.000Z',
        finishedAt: '2024-03-22T08:10:00.000Z',
        status: 'finished',
        channel: 'counter',
        onlineLevel: null,
        paidOnline: false,
        hasFee: false,
        supplementRequests: 0,
        pausedDays: 0,
        digitisedFile: true,
        digitisedResult: true,
        electronicResult: true,
        satisfaction: 5,
        complaint: false,
      },
    });
    expect(rows[1]).toMatchObject({
      line: 3,
      dossier: {
        procedureName: 'Cấp giấy phép xây dựng, sửa chữa nhà ở riêng lẻ',
        receivedAt: '2024-03-16T07:05:00.000Z',
        promisedAt: '2024-04-05T10:00:00.000Z',
        finishedAt: '2024-04-08T02:00:00.000Z',
        channel: 'online',
        onlineLevel: 'full',
        paidOnline: true,
        supplementRequests: 2,
        pausedDays: 3,
        satisfaction: 2,
        complaint: true,
      },
    });
    expect(codesOf(rows[2]!)).toEqual([
      'unreadable_date',
      'unknown_word',
      'negative_pause',
      'rating_out_of_range',
    ]);
    expect(rows[3]).toMatchObject({
      line: 6,
      dossier: { channel: 'postal', promisedAt: null, finishedAt: '2024-03-18T03:20:00.000Z' },
    });
  });

  it('reads a ; CSV with unaccented headers once its unit column is mapped', async () => {
    const unmapped = await openDossierFile(fixture('unaccented-semicolon.csv'));
    expect(unmapped.columns.missing).toEqual(['unitCode']);
    expect(unmapped.columns.unknownHeaders).toEqual(['Don vi xu ly', 'Ghi chu']);

    const reading = await openDossierFile(fixture('unaccented-semicolon.csv'), {
      savedMapping: { unitCode: 'Đơn vị xử lý' },
    });
    expect(reading.columns.missing).toEqual([]);
    expect(reading.columns.mapping).toMatchObject({
      code: 'So ho so',
      unitCode: 'Don vi xu ly',
      receivedAt: 'Ngay nhan',
      promisedAt: 'Ngay hen tra ket qua',
      finishedAt: 'Ngay ket thuc xu ly',
      channel: 'Hinh thuc tiep nhan',
      satisfaction: 'Danh gia hai long',
    });
    expect(reading.columns.unknownHeaders).toEqual(['Ghi chu']);
    const rows = await readAll(reading.rows);
    expect(rows[0]).toMatchObject({
      line: 2,
      dossier: {
        unitCode: 'PHONG-TP',
        receivedAt: '2024-03-20T01:00:00.000Z', // ISO with +07:00
        promisedAt: '2024-03-21T16:59:59.000Z', // ISO date: the whole day
        finishedAt: '2024-03-21T07:30:00.000Z', // "14:30 21/03/2024", time first
        channel: 'online',
        onlineLevel: 'partial',
        paidOnline: true,
        satisfaction: 5, // "Rat hai long"
      },
    });
    expect(rows[1]).toMatchObject({
      line: 3,
      dossier: {
        receivedAt: '2024-03-20T02:15:30.000Z',
        status: 'awaiting_supplement',
        supplementRequests: 1,
        pausedDays: 2,
      },
    });
    expect(rows[2]).toEqual({
      line: 4,
      errors: [
        {
          code: 'rating_out_of_range',
          column: 'Danh gia hai long',
          message: '«Danh gia hai long» phải từ 1 đến 5 («0»).',
        },
        {
          code: 'finished_before_received',
          column: 'Ngay ket thuc xu ly',
          message: '«Ngay ket thuc xu ly» trước «Ngay nhan».',
        },
        {
          code: 'promised_before_received',
          column: 'Ngay hen tra ket qua',
          message: '«Ngay hen tra ket qua» trước «Ngay nhan».',
        },
      ],
    });
  });

  it('reads an XLSX with title rows above the header, Date cells and serials', async () => {
    const reading = await openDossierFile(fixture('title-row.xlsx'));
    expect(reading.format).toBe('xlsx');
    expect(reading.headers.slice(0, 3)).toEqual(['STT', 'Mã hồ sơ', 'Đơn vị tiếp nhận']);
    expect(reading.columns.missing).toEqual([]);
    expect(reading.columns.unknownHeaders).toEqual(['STT', 'Người xử lý']);
    const rows = await readAll(reading.rows);
    // Lines are Excel row numbers: the header is row 4.
    expect(rows[0]).toMatchObject({
      line: 5,
      dossier: {
        procedureName: 'Đăng ký khai sinh', // rich text joined
        receivedAt: '2024-03-15T01:30:00.000Z',
        promisedAt: '2024-03-22T16:59:59.000Z', // a Date cell at midnight: a date
        finishedAt: '2024-03-22T08:10:00.000Z',
        channel: 'online',
        onlineLevel: 'full',
        supplementRequests: 1,
      },
    });
    expect(rows[1]).toMatchObject({
      line: 6,
      dossier: {
        receivedAt: '2024-03-19T02:00:00.000Z', // serial 45370.375
        promisedAt: '2024-03-22T16:59:59.000Z', // serial 45373
        finishedAt: null,
        status: 'processing',
      },
    });
    expect(rows[2]).toEqual({
      line: 7,
      errors: [
        {
          code: 'promised_before_received',
          column: 'Ngày hẹn trả',
          message: '«Ngày hẹn trả» trước «Ngày tiếp nhận».',
        },
      ],
    });
  });

  it('finds a CSV header below a title row and numbers lines from the file’s first record', async () => {
    const path = join(dir, 'title.csv');
    await writeFile(
      path,
      'BÁO CÁO HỒ SƠ THÁNG 3/2024\n\nMã hồ sơ,Mã đơn vị,Mã thủ tục,Lĩnh vực,Ngày tiếp nhận,Trạng thái,Hình thức nộp\n' +
        'HS-9,XA-LV,1.001,Hộ tịch,01/03/2024,Đang xử lý,Trực tiếp\n',
    );
    const reading = await openDossierFile(path);
    expect(reading.headers[0]).toBe('Mã hồ sơ');
    const rows = await readAll(reading.rows);
    expect(rows).toMatchObject([{ line: 4, dossier: { code: 'HS-9' } }]);
  });
});

describe('openDossierFile refuses what is no dossier export', () => {
  async function refusalOf(name: string, bytes: string | Uint8Array, fileName = name) {
    const path = join(dir, name);
    await writeFile(path, bytes);
    const error = await openDossierFile(path, { fileName }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DossierFileError);
    return (error as DossierFileError).message;
  }

  it('an empty file, or one holding only blank lines', async () => {
    expect(await refusalOf('empty.csv', '')).toBe('Tệp trống: không có dòng nào để nhập.');
    expect(await refusalOf('blank.csv', '\n\n ,, \n')).toBe(
      'Tệp trống: không có dòng nào để nhập.',
    );
  });

  it('a file whose first 10 lines name no dossier columns', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `dòng ${i},Mã hồ sơ,giá trị`).join('\n');
    expect(await refusalOf('no-header.csv', lines)).toMatch(/^Không tìm thấy dòng tiêu đề/);
  });

  it('a binary file renamed .csv (an image, or bytes with NUL)', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(await refusalOf('image.csv', png)).toBe(
      'Định dạng tệp không được hỗ trợ (.png); chỉ nhận danh sách hồ sơ dạng .csv hoặc .xlsx.',
    );
    expect(await refusalOf('nul.csv', Uint8Array.from([0x4d, 0x61, 0, 0x01, 0x02, 0x41]))).toMatch(
      /^Tệp không phải là văn bản CSV/,
    );
  });

  it('an Excel 97–2003 .xls, a PDF, a corrupt .xlsx and text that is not UTF-8', async () => {
    const cfb = Uint8Array.from([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(600).fill(0),
    ]);
    expect(await refusalOf('old.xls', cfb)).toMatch(/^Tệp Excel 97–2003 \(\.xls\)/);
    expect(await refusalOf('report.pdf', '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')).toMatch(/\(\.pdf\)/);
    const notAZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]);
    expect(await refusalOf('broken.xlsx', notAZip)).toBe(
      'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.',
    );
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Mã hồ sơ\tLĩnh vực', 'utf16le'),
    ]);
    expect(await refusalOf('unicode-text.csv', utf16)).toBe(
      'Tệp CSV không ở bảng mã UTF-8; hãy lưu lại với «CSV UTF-8 (Comma delimited)».',
    );
    expect(await refusalOf('renamed.xlsx', 'Mã hồ sơ,Lĩnh vực\n')).toBe(
      'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.',
    );
    // "Mã hồ sơ" in Windows-1258-like single bytes: not UTF-8.
    expect(
      await refusalOf('legacy.csv', Uint8Array.from([0x4d, 0xe3, 0x20, 0x68, 0xf4, 0x2c])),
    ).toMatch(/UTF-8/);
  });
  it('a CSV whose unclosed quote would read the rest of the file as one cell', async () => {
    const path = join(dir, 'unclosed.csv');
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `HS-${i},XA-LV,1.001,Hộ tịch,01/03/2024,Đang xử lý,Trực tiếp`,
    );
    await writeFile(
      path,
      'Mã hồ sơ,Mã đơn vị,Mã thủ tục,Lĩnh vực,Ngày tiếp nhận,Trạng thái,Hình thức nộp\n' +
        'HS-0,XA-LV,1.001,"Hộ tịch,01/03/2024,Đang xử lý,Trực tiếp\n' +
        rows.join('\n'),
    );
    // Found while the header is looked for, or later: either way before anything is written.
    const error = await openDossierFile(path)
      .then((reading) => readAll(reading.rows))
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(DossierFileError);
    expect((error as Error).message).toMatch(/^Dòng 2 của tệp CSV có dấu ngoặc kép/);
  });
});
