// Field-by-field checks of one organisation import row; the file-level pass is in import-rows.ts.
import { parseViDate } from '../shared/vi-format';
import type { OrganisationImportField, OrganisationImportRow } from './import-row';
import { ORGANISATION_TYPE_LABELS, type OrganisationType } from './organisation-type';
import { canContain, describeContainmentError, parseOrganisationType } from './type-rules';

/** Mã đơn vị: letters without diacritics, digits, '.', '_' and '-', at most 50 characters. */
export const ORGANISATION_CODE_PATTERN = /^[A-Za-z0-9._-]{1,50}$/;

/** Độ dài tối đa của tên đơn vị, in characters. */
export const ORGANISATION_NAME_MAX_LENGTH = 255;

/** An import row with trimmed fields (the name also NFC-normalised, inner spaces collapsed) and its parsed type. */
export type CleanImportRow = OrganisationImportRow & { parsedType: OrganisationType | null };

/** Đơn vị cấp trên of a row: an organisation already in the tenant, or another row of the file. */
export type ImportParent =
  { kind: 'existing'; code: string; type: OrganisationType } | { kind: 'row'; row: CleanImportRow };

/** Records one problem of the row being checked; the message is prefixed with "Dòng N: " by the caller. */
export type ReportProblem = (field: OrganisationImportField, message: string) => void;

/** Mã đơn vị so sánh: codes are compared ignoring case, since "xa-01" and "XA-01" would confuse readers. */
export function codeKey(code: string): string {
  return code.toLowerCase();
}

/** Quotes a value «…» for a message, cut short so a pasted paragraph does not flood the error list. */
export function quoteValue(value: string): string {
  return `«${value.length > 60 ? `${value.slice(0, 59)}…` : value}»`;
}

/** Làm sạch dòng: trims every field and parses the type once. */
export function cleanImportRow(row: OrganisationImportRow): CleanImportRow {
  const type = row.type.trim();
  return {
    rowNumber: row.rowNumber,
    code: row.code.trim(),
    name: row.name.normalize('NFC').trim().replace(/\s+/g, ' '),
    type,
    parentCode: row.parentCode.trim(),
    validFrom: row.validFrom.trim(),
    parsedType: type ? parseOrganisationType(type) : null,
  };
}

/** True for a row with nothing in it, like the trailing lines of a spreadsheet. */
export function isBlankImportRow(row: CleanImportRow): boolean {
  return !(row.code || row.name || row.type || row.parentCode || row.validFrom);
}

/** Mã đơn vị: present, well-formed, not used in the tenant, and not repeated from an earlier row. */
export function checkCode(
  row: CleanImportRow,
  existsInTenant: boolean,
  firstWithCode: CleanImportRow | undefined,
  report: ReportProblem,
): void {
  const code = quoteValue(row.code);
  if (!row.code) report('code', 'thiếu mã đơn vị.');
  else if (!ORGANISATION_CODE_PATTERN.test(row.code)) {
    report(
      'code',
      `mã đơn vị ${code} không hợp lệ: chỉ dùng chữ cái không dấu, chữ số và các dấu . _ -, tối đa 50 ký tự.`,
    );
  } else if (existsInTenant) report('code', `mã đơn vị ${code} đã có trong hệ thống.`);
  else if (firstWithCode && firstWithCode !== row) {
    report('code', `mã đơn vị ${code} bị trùng với dòng ${firstWithCode.rowNumber}.`);
  }
}

/** Tên đơn vị: present and at most 255 characters. */
export function checkName(row: CleanImportRow, report: ReportProblem): void {
  const length = [...row.name].length;
  if (!row.name) report('name', 'thiếu tên đơn vị.');
  else if (length > ORGANISATION_NAME_MAX_LENGTH) {
    report(
      'name',
      `tên đơn vị dài ${length} ký tự, vượt quá giới hạn ${ORGANISATION_NAME_MAX_LENGTH} ký tự.`,
    );
  }
}

// A province is left out: it cannot be imported, as it has no parent.
const IMPORTABLE_TYPE_LIST = (['department', 'district', 'commune', 'sub_unit'] as const)
  .map((type) => `«${ORGANISATION_TYPE_LABELS[type]}»`)
  .join(', ');

/** Loại đơn vị: present and recognised by parseOrganisationType. */
export function checkType(row: CleanImportRow, report: ReportProblem): void {
  if (!row.type) report('type', 'thiếu loại đơn vị.');
  else if (!row.parsedType) {
    report(
      'type',
      `loại đơn vị ${quoteValue(row.type)} không hợp lệ; dùng một trong các loại ${IMPORTABLE_TYPE_LIST}.`,
    );
  }
}

/** Ngày hiệu lực: present and a real date, day first or ISO. */
export function checkValidFrom(row: CleanImportRow, report: ReportProblem): void {
  if (!row.validFrom) report('validFrom', 'thiếu ngày hiệu lực.');
  else if (!parseViDate(row.validFrom)) {
    report(
      'validFrom',
      `ngày hiệu lực ${quoteValue(row.validFrom)} không hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 01/07/2025.`,
    );
  }
}

/**
 * Đơn vị cấp trên: present, not the row itself, found in the tenant or the file, and of a kind
 * that may contain the row's kind. Returns the parent when one was found.
 */
export function checkParent(
  row: CleanImportRow,
  findParent: (code: string) => ImportParent | null,
  report: ReportProblem,
): ImportParent | null {
  if (!row.parentCode) {
    report(
      'parentCode',
      'thiếu mã đơn vị cấp trên; mỗi đơn vị nhập vào phải thuộc một đơn vị đã có hoặc có trong tệp.',
    );
    return null;
  }
  if (row.code && codeKey(row.parentCode) === codeKey(row.code)) {
    report('parentCode', `đơn vị ${quoteValue(row.code)} không thể là cấp trên của chính nó.`);
    return null;
  }
  const parent = findParent(row.parentCode);
  const parentCode = quoteValue(row.parentCode);
  if (!parent) {
    report(
      'parentCode',
      `không tìm thấy đơn vị cấp trên có mã ${parentCode} trong hệ thống hoặc trong tệp.`,
    );
    return null;
  }
  const parentType = parent.kind === 'existing' ? parent.type : parent.row.parsedType;
  if (parentType && row.parsedType && !canContain(parentType, row.parsedType)) {
    const rule = describeContainmentError(parentType, row.parsedType);
    report('parentCode', `đơn vị cấp trên ${parentCode} không thể chứa đơn vị này. ${rule}`);
  }
  return parent;
}
