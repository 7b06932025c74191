// Dòng nhập đơn vị as read from the sheet: the types shared by import-row-checks.ts (one row's
// fields) and import-rows.ts (the whole file), kept apart so neither imports the other.

/** Dòng nhập đơn vị: one spreadsheet row as read, raw strings; rowNumber as the sheet shows it (header = 1). */
export interface OrganisationImportRow {
  rowNumber: number;
  code: string;
  name: string;
  type: string;
  parentCode: string;
  validFrom: string;
}

/** The column an import error points at (an error about the whole file has field null). */
export type OrganisationImportField = 'code' | 'name' | 'type' | 'parentCode' | 'validFrom';
