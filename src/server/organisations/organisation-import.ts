// Maps the columns of an organisation import file (Vietnamese or English headers, any order,
// accents optional) onto the fields the domain validates.
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import type { OrganisationImportRow } from '@domain/organisations/import-rows';
import type { SheetTable } from '../documents/spreadsheet-reader';
import { validationError } from '../http/app-error';

type Field = 'code' | 'name' | 'type' | 'parentCode' | 'validFrom';

const HEADER_NAMES: Record<Field, string[]> = {
  code: ['ma don vi', 'ma', 'code'],
  name: ['ten don vi', 'ten', 'name'],
  type: ['loai don vi', 'loai', 'type'],
  parentCode: ['ma don vi cap tren', 'ma cap tren', 'don vi cap tren', 'parent code', 'parent'],
  validFrom: ['hieu luc tu', 'hieu luc tu ngay', 'ngay hieu luc', 'valid from'],
};

/** The Vietnamese header of each column, as the template shows it. */
export const IMPORT_HEADERS: Record<Field, string> = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  type: 'Loại đơn vị',
  parentCode: 'Mã đơn vị cấp trên',
  validFrom: 'Hiệu lực từ',
};

/** Turns a sheet into import rows, or a 400 naming the missing columns. */
export function toOrganisationImportRows(table: SheetTable): OrganisationImportRow[] {
  const folded = table.headers.map((h) =>
    foldVietnamese(h)
      .replace(/[^a-z ]/g, '')
      .trim(),
  );
  const index = {} as Record<Field, number>;
  const missing: string[] = [];
  for (const field of Object.keys(HEADER_NAMES) as Field[]) {
    const position = folded.findIndex((h) => HEADER_NAMES[field].includes(h));
    if (position < 0) missing.push(IMPORT_HEADERS[field]);
    index[field] = position;
  }
  if (missing.length) {
    throw validationError(
      `Tệp thiếu cột: ${missing.join(', ')}. Dòng đầu tiên phải là tiêu đề cột.`,
      [{ row: 1, field: null, message: `Thiếu cột: ${missing.join(', ')}` }],
    );
  }
  return table.rows.map((row) => ({
    rowNumber: row.rowNumber,
    code: row.values[index.code] ?? '',
    name: row.values[index.name] ?? '',
    type: row.values[index.type] ?? '',
    parentCode: row.values[index.parentCode] ?? '',
    validFrom: row.values[index.validFrom] ?? '',
  }));
}
