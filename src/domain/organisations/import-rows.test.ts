import { describe, it, expect } from 'vitest';
import {
  validateOrganisationImport,
  type ExistingOrganisation,
  type OrganisationImportResult,
  type OrganisationImportRow,
} from './import-rows';

// The tenant already has the province, one district and the Home Affairs department.
const EXISTING: ExistingOrganisation[] = [
  { id: 'o1', code: 'DT', type: 'province', parentId: null },
  { id: 'o2', code: 'LAP-VO', type: 'district', parentId: 'o1' },
  { id: 'o3', code: 'SNV', type: 'department', parentId: 'o1' },
];

let nextRowNumber = 2;
function buildRow(overrides: Partial<OrganisationImportRow> = {}): OrganisationImportRow {
  const rowNumber = overrides.rowNumber ?? nextRowNumber++;
  return {
    rowNumber,
    code: `XA-${rowNumber}`,
    name: `Xã số ${rowNumber}`,
    type: 'Xã',
    parentCode: 'LAP-VO',
    validFrom: '01/07/2025',
    ...overrides,
  };
}

function errorsOf(result: OrganisationImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

function messagesOf(result: OrganisationImportResult): string[] {
  return errorsOf(result).map((error) => error.message);
}

describe('validateOrganisationImport', () => {
  it('accepts communes under an existing district and a phòng under a new commune, parents first', () => {
    const result = validateOrganisationImport(
      [
        buildRow({
          rowNumber: 2,
          code: 'TP-BT',
          name: 'Công chức Tư pháp – Hộ tịch',
          type: 'Công chức',
          parentCode: 'BINH-THANH',
        }),
        buildRow({
          rowNumber: 3,
          code: 'BINH-THANH',
          name: '  Xã   Bình Thạnh ',
          type: 'xã',
          parentCode: 'lap-vo',
          validFrom: '2024-01-01',
        }),
      ],
      EXISTING,
    );
    expect(result).toEqual({
      ok: true,
      organisations: [
        {
          rowNumber: 3,
          code: 'BINH-THANH',
          name: 'Xã Bình Thạnh',
          type: 'commune',
          parentCode: 'LAP-VO',
          validFrom: '2024-01-01',
        },
        {
          rowNumber: 2,
          code: 'TP-BT',
          name: 'Công chức Tư pháp – Hộ tịch',
          type: 'sub_unit',
          parentCode: 'BINH-THANH',
          validFrom: '2025-07-01',
        },
      ],
    });
  });

  it('rejects an empty file with one error about the whole file', () => {
    expect(validateOrganisationImport([], EXISTING)).toEqual({
      ok: false,
      errors: [{ rowNumber: 0, field: null, message: 'Tệp không có dòng dữ liệu nào.' }],
    });
  });

  it('skips wholly blank rows at the end of a sheet', () => {
    const blank = { rowNumber: 9, code: ' ', name: '', type: '', parentCode: '', validFrom: '' };
    const result = validateOrganisationImport([buildRow(), blank], EXISTING);
    expect(result.ok && result.organisations).toHaveLength(1);
    expect(validateOrganisationImport([blank], EXISTING).ok).toBe(false);
  });

  it('reports a code repeated in the file on the later row, naming the first', () => {
    const result = validateOrganisationImport(
      [buildRow({ rowNumber: 2, code: 'XA-01' }), buildRow({ rowNumber: 3, code: 'xa-01' })],
      EXISTING,
    );
    expect(errorsOf(result)).toEqual([
      { rowNumber: 3, field: 'code', message: 'Dòng 3: mã đơn vị «xa-01» bị trùng với dòng 2.' },
    ]);
  });

  it('reports a code the tenant already uses', () => {
    expect(
      messagesOf(validateOrganisationImport([buildRow({ rowNumber: 4, code: 'snv' })], EXISTING)),
    ).toEqual(['Dòng 4: mã đơn vị «snv» đã có trong hệ thống.']);
  });

  it('reports a code with spaces or Vietnamese letters', () => {
    expect(
      errorsOf(validateOrganisationImport([buildRow({ code: 'XÃ 01' })], EXISTING))[0]?.field,
    ).toBe('code');
  });

  it('collects every problem of every row instead of stopping at the first', () => {
    const result = validateOrganisationImport(
      [
        { rowNumber: 2, code: '', name: '', type: '', parentCode: '', validFrom: 'hôm qua' },
        buildRow({ rowNumber: 3, name: 'a'.repeat(256), type: 'thôn', validFrom: '31/02/2024' }),
      ],
      EXISTING,
    );
    expect(errorsOf(result).map(({ rowNumber, field }) => [rowNumber, field])).toEqual([
      [2, 'code'],
      [2, 'name'],
      [2, 'type'],
      [2, 'validFrom'],
      [2, 'parentCode'],
      [3, 'name'],
      [3, 'type'],
      [3, 'validFrom'],
    ]);
    expect(messagesOf(result)).toContain(
      'Dòng 3: tên đơn vị dài 256 ký tự, vượt quá giới hạn 255 ký tự.',
    );
    expect(messagesOf(result)).toContain(
      'Dòng 3: ngày hiệu lực «31/02/2024» không hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 01/07/2025.',
    );
  });

  it('names the unknown type and lists the importable ones', () => {
    const [message] = messagesOf(
      validateOrganisationImport([buildRow({ rowNumber: 5, type: 'Thôn' })], EXISTING),
    );
    expect(message).toMatch(/^Dòng 5: loại đơn vị «Thôn» không hợp lệ/);
    expect(message).toContain('«Xã, phường, thị trấn, đặc khu»');
  });

  it('does not import a new province, which has no parent', () => {
    const result = validateOrganisationImport(
      [buildRow({ rowNumber: 2, code: 'AG', type: 'Tỉnh', parentCode: '' })],
      EXISTING,
    );
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        rowNumber: 2,
        field: 'parentCode',
        message: expect.stringMatching(/thiếu mã đơn vị cấp trên/),
      }),
    ]);
  });

  it('reports a parent code found neither in the tenant nor in the file', () => {
    expect(
      messagesOf(
        validateOrganisationImport([buildRow({ rowNumber: 2, parentCode: 'CAO-LANH' })], EXISTING),
      ),
    ).toEqual([
      'Dòng 2: không tìm thấy đơn vị cấp trên có mã «CAO-LANH» trong hệ thống hoặc trong tệp.',
    ]);
  });

  it('refuses a commune under a department', () => {
    const [error] = errorsOf(
      validateOrganisationImport([buildRow({ rowNumber: 2, parentCode: 'SNV' })], EXISTING),
    );
    expect(error?.field).toBe('parentCode');
    expect(error?.message).toContain(
      'Đơn vị loại «Sở, ban, ngành» không thể chứa đơn vị loại «Xã, phường, thị trấn, đặc khu».',
    );
  });

  it('checks containment against a parent that is itself in the file', () => {
    const result = validateOrganisationImport(
      [
        buildRow({ rowNumber: 2, code: 'P-TP', type: 'Phòng', parentCode: 'SNV' }),
        buildRow({ rowNumber: 3, type: 'Xã', parentCode: 'P-TP' }),
      ],
      EXISTING,
    );
    expect(errorsOf(result).map((error) => error.rowNumber)).toEqual([3]);
  });

  it('reports a loop of parents among new rows on each row of the loop', () => {
    const result = validateOrganisationImport(
      [
        buildRow({ rowNumber: 2, code: 'A', type: 'Phòng', parentCode: 'B' }),
        buildRow({ rowNumber: 3, code: 'B', type: 'Phòng', parentCode: 'A' }),
        buildRow({ rowNumber: 4, code: 'C', type: 'Phòng', parentCode: 'A' }),
      ],
      EXISTING,
    );
    expect(errorsOf(result)).toEqual([
      {
        rowNumber: 2,
        field: 'parentCode',
        message: 'Dòng 2: mã đơn vị cấp trên tạo thành vòng lặp A → B → A.',
      },
      {
        rowNumber: 3,
        field: 'parentCode',
        message: 'Dòng 3: mã đơn vị cấp trên tạo thành vòng lặp B → A → B.',
      },
    ]);
  });

  it('reports a row that names itself as its parent', () => {
    expect(
      messagesOf(
        validateOrganisationImport(
          [buildRow({ rowNumber: 2, code: 'A', parentCode: 'a' })],
          EXISTING,
        ),
      ),
    ).toEqual(['Dòng 2: đơn vị «A» không thể là cấp trên của chính nó.']);
  });

  it('cuts a very long value short in the message', () => {
    const [message] = messagesOf(
      validateOrganisationImport(
        [buildRow({ rowNumber: 2, parentCode: 'X'.repeat(80) })],
        EXISTING,
      ),
    );
    expect(message).toContain(`«${'X'.repeat(59)}…»`);
  });
});
