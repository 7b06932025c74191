/**
 * Tệp mẫu: the CSV template for "Nhập từ tệp", built in the browser. The header and the
 * kind label are the file format the server reads, so they stay Vietnamese in every language.
 */
import { formatViDate } from '@contract/vi-format';
import { vi } from '@web/lib/locales/vi';

/** Column headers of the import file, in order. */
export const IMPORT_COLUMNS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại đơn vị',
  'Mã đơn vị cấp trên',
  'Hiệu lực từ',
];

const TEMPLATE_FILE_NAME = 'mau-nhap-don-vi.csv';
const UTF8_BOM = '\uFEFF'; // lets Excel open the Vietnamese text as UTF-8

function toCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The template: header plus one example row placing a sub-unit under `parentCode`. */
export function buildImportTemplateCsv(parentCode: string, todayIso: string): string {
  const example = [
    `${parentCode}-PTC`,
    'Phòng Tổ chức – Hành chính',
    vi.organisationType.sub_unit,
    parentCode,
    formatViDate(todayIso),
  ];
  return (
    [IMPORT_COLUMNS, example].map((row) => row.map(toCsvField).join(',')).join('\r\n') + '\r\n'
  );
}

/** Saves the template through the browser's download. */
export function downloadImportTemplate(parentCode: string, todayIso: string): void {
  const blob = new Blob([UTF8_BOM + buildImportTemplateCsv(parentCode, todayIso)], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = TEMPLATE_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
