import { describe, expect, it } from 'vitest';
import { DOSSIER_COLUMN_LABELS, detectColumns } from './dossier-columns';

describe('detectColumns', () => {
  it('maps parplan’s own labels to every field, in any column order', () => {
    const labels = Object.values(DOSSIER_COLUMN_LABELS).reverse();
    const detected = detectColumns(labels);
    expect(detected.missing).toEqual([]);
    expect(detected.unknownHeaders).toEqual([]);
    expect(detected.indexes.code).toBe(labels.length - 1);
    expect(detected.mapping.promisedAt).toBe('Ngày hẹn trả');
  });

  it('matches headers without accents, in capitals, with other spacing and punctuation', () => {
    const detected = detectColumns([
      'MA HO SO',
      'ma don vi tiep nhan',
      'Mã  thủ-tục',
      'LINH VUC',
      'Ngay tiep nhan',
      'Trang thai',
      'Hinh thuc nop',
    ]);
    expect(detected.missing).toEqual([]);
    expect(detected.indexes).toEqual({
      code: 0,
      unitCode: 1,
      procedureCode: 2,
      field: 3,
      receivedAt: 4,
      status: 5,
      channel: 6,
    });
  });

  it('knows the names real one-stop exports use (Số hồ sơ, Ngày kết thúc xử lý, Hình thức tiếp nhận…)', () => {
    const detected = detectColumns([
      'STT',
      'Số hồ sơ',
      'Đơn vị tiếp nhận',
      'Mã TTHC',
      'Tên thủ tục hành chính',
      'Tên lĩnh vực',
      'Ngày nhận',
      'Ngày hẹn trả',
      'Ngày kết thúc xử lý',
      'Trạng thái hồ sơ',
      'Hình thức tiếp nhận',
      'Chủ hồ sơ',
    ]);
    expect(detected.missing).toEqual([]);
    expect(detected.mapping).toMatchObject({
      code: 'Số hồ sơ',
      unitCode: 'Đơn vị tiếp nhận',
      procedureName: 'Tên thủ tục hành chính',
      receivedAt: 'Ngày nhận',
      finishedAt: 'Ngày kết thúc xử lý',
      channel: 'Hình thức tiếp nhận',
    });
    expect(detected.unknownHeaders).toEqual(['STT', 'Chủ hồ sơ']);
  });

  it('lists the required fields no header fills, and the headers that fill none', () => {
    const detected = detectColumns(['Mã hồ sơ', 'Cơ quan xử lý', 'Ngày tiếp nhận', '', 'Ghi chú']);
    expect(detected.missing).toEqual(['unitCode', 'procedureCode', 'field', 'status', 'channel']);
    expect(detected.unknownHeaders).toEqual(['Cơ quan xử lý', 'Ghi chú']);
  });

  it('takes a saved mapping first, even for a header that names another field', () => {
    const headers = ['Mã hồ sơ', 'Ngày nộp', 'Ngày tiếp nhận', 'Cơ quan xử lý'];
    const detected = detectColumns(headers, { receivedAt: 'Ngày nộp', unitCode: 'cơ quan XU LY' });
    expect(detected.indexes.receivedAt).toBe(1);
    expect(detected.indexes.unitCode).toBe(3);
    expect(detected.mapping.unitCode).toBe('Cơ quan xử lý');
    // The label's column, no longer claimed, is shown to the user as unknown.
    expect(detected.unknownHeaders).toEqual(['Ngày tiếp nhận']);
  });

  it('falls back to detection when a saved header is not in this file', () => {
    const detected = detectColumns(['Mã hồ sơ', 'Ngày tiếp nhận'], { receivedAt: 'Ngày nộp' });
    expect(detected.indexes.receivedAt).toBe(1);
  });

  it('fills a field from one column only, the first of two equal headers', () => {
    const detected = detectColumns(['Mã hồ sơ', 'Ma ho so']);
    expect(detected.indexes.code).toBe(0);
    expect(detected.unknownHeaders).toEqual(['Ma ho so']);
  });
});
