import { parseViDate } from '../shared/vi-format';
import {
  checkCode,
  checkName,
  checkParent,
  checkType,
  checkValidFrom,
  cleanImportRow,
  codeKey,
  isBlankImportRow,
  type CleanImportRow,
  type ImportParent,
} from './import-row-checks';
import type { OrganisationImportField, OrganisationImportRow } from './import-row';
import type { OrganisationType } from './organisation-type';

export type { OrganisationImportField, OrganisationImportRow } from './import-row';

/** Đơn vị hiện có: an organisation already in the tenant, as far as an import needs to know it. */
export interface ExistingOrganisation {
  id: string;
  code: string;
  type: OrganisationType;
  parentId: string | null;
}

/** Đơn vị sẽ nhập: a validated row, trimmed, with its parsed type, the parent's code as stored, and an ISO validFrom. */
export interface ImportedOrganisation {
  rowNumber: number;
  code: string;
  name: string;
  type: OrganisationType;
  parentCode: string;
  validFrom: string;
}

/** Lỗi nhập đơn vị: one problem, with a Vietnamese message that names the row and the value. */
export interface OrganisationImportError {
  rowNumber: number;
  field: OrganisationImportField | null;
  message: string;
}

/** Kết quả kiểm tra tệp nhập: every organisation, parents first, or every error found (sorted by row). */
export type OrganisationImportResult =
  | { ok: true; organisations: ImportedOrganisation[] }
  | { ok: false; errors: OrganisationImportError[] };

/** Giới hạn mã và tên đơn vị, re-exported for the contract's form validation. */
export { ORGANISATION_CODE_PATTERN, ORGANISATION_NAME_MAX_LENGTH } from './import-row-checks';

/** Row number given to an error about the whole file rather than one row. */
export const WHOLE_FILE_ROW_NUMBER = 0;

/**
 * Kiểm tra tệp nhập đơn vị: validates every row of an organisation import against the file
 * itself and the tenant's existing organisations before anything is written, collecting all
 * errors. Wholly blank rows (trailing lines of a sheet) are skipped.
 */
export function validateOrganisationImport(
  rows: readonly OrganisationImportRow[],
  existing: readonly ExistingOrganisation[],
): OrganisationImportResult {
  const cleanRows = rows.map(cleanImportRow).filter((row) => !isBlankImportRow(row));
  if (cleanRows.length === 0) {
    const message = 'Tệp không có dòng dữ liệu nào.';
    return { ok: false, errors: [{ rowNumber: WHOLE_FILE_ROW_NUMBER, field: null, message }] };
  }
  const existingByCode = new Map(existing.map((unit) => [codeKey(unit.code), unit]));
  const firstRowByCode = new Map<string, CleanImportRow>();
  for (const row of cleanRows) {
    const key = codeKey(row.code);
    if (row.code && !firstRowByCode.has(key)) firstRowByCode.set(key, row);
  }
  // An existing organisation wins over a row with the same code (that row is an error anyway).
  const findParent = (parentCode: string): ImportParent | null => {
    const unit = existingByCode.get(codeKey(parentCode));
    if (unit) return { kind: 'existing', code: unit.code, type: unit.type };
    const row = firstRowByCode.get(codeKey(parentCode));
    return row ? { kind: 'row', row } : null;
  };

  const errors: OrganisationImportError[] = [];
  const parentRowOf = new Map<CleanImportRow, CleanImportRow>();
  for (const row of cleanRows) {
    const report = (field: OrganisationImportField, message: string) => {
      errors.push({
        rowNumber: row.rowNumber,
        field,
        message: `Dòng ${row.rowNumber}: ${message}`,
      });
    };
    const key = codeKey(row.code);
    checkCode(row, existingByCode.has(key), firstRowByCode.get(key), report);
    checkName(row, report);
    checkType(row, report);
    checkValidFrom(row, report);
    const parent = checkParent(row, findParent, report);
    if (parent?.kind === 'row') parentRowOf.set(row, parent.row);
  }
  errors.push(...findCycleErrors(cleanRows, parentRowOf));
  if (errors.length > 0) {
    return { ok: false, errors: errors.sort((a, b) => a.rowNumber - b.rowNumber) };
  }
  const ordered = orderParentsFirst(cleanRows, parentRowOf);
  return { ok: true, organisations: ordered.map((row) => toImported(row, findParent)) };
}

/** Vòng lặp cấp trên: one error on each row of every loop among the file's own parent links (A under B, B under A). */
function findCycleErrors(
  rows: readonly CleanImportRow[],
  parentRowOf: ReadonlyMap<CleanImportRow, CleanImportRow>,
): OrganisationImportError[] {
  const errors: OrganisationImportError[] = [];
  const done = new Set<CleanImportRow>();
  for (const start of rows) {
    const walk: CleanImportRow[] = [];
    const onWalk = new Set<CleanImportRow>();
    let current: CleanImportRow | undefined = start;
    while (current && !done.has(current) && !onWalk.has(current)) {
      walk.push(current);
      onWalk.add(current);
      current = parentRowOf.get(current);
    }
    if (current && onWalk.has(current)) {
      const cycle = walk.slice(walk.indexOf(current));
      cycle.forEach((row, index) => {
        const chain = [...cycle.slice(index), ...cycle.slice(0, index), row];
        const message = `Dòng ${row.rowNumber}: mã đơn vị cấp trên tạo thành vòng lặp ${chain.map((member) => member.code).join(' → ')}.`;
        errors.push({ rowNumber: row.rowNumber, field: 'parentCode', message });
      });
    }
    walk.forEach((row) => done.add(row));
  }
  return errors;
}

/** Keeps file order except that a row's parent row is always placed before it (no cycles by now). */
function orderParentsFirst(
  rows: readonly CleanImportRow[],
  parentRowOf: ReadonlyMap<CleanImportRow, CleanImportRow>,
): CleanImportRow[] {
  const ordered: CleanImportRow[] = [];
  const placed = new Set<CleanImportRow>();
  const place = (row: CleanImportRow) => {
    if (placed.has(row)) return;
    placed.add(row);
    const parent = parentRowOf.get(row);
    if (parent) place(parent);
    ordered.push(row);
  };
  rows.forEach(place);
  return ordered;
}

/** Turns a row that passed every check into its output shape, with the parent's code as stored. */
function toImported(
  row: CleanImportRow,
  findParent: (code: string) => ImportParent | null,
): ImportedOrganisation {
  const parent = findParent(row.parentCode);
  const validFrom = parseViDate(row.validFrom);
  if (!row.parsedType || !parent || !validFrom) {
    throw new Error(`Row ${row.rowNumber} reached the output without passing validation`);
  }
  return {
    rowNumber: row.rowNumber,
    code: row.code,
    name: row.name,
    type: row.parsedType,
    parentCode: parent.kind === 'existing' ? parent.code : parent.row.code,
    validFrom,
  };
}
