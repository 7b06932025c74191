import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectColumns } from '../src/domain/kpis/dossier-columns';
import { generateDossiers } from '../src/domain/kpis/dossier-generator';
import { readDossierRow, type DossierCell } from '../src/domain/kpis/dossier-row';
import {
  GenerateDossiersError,
  demoUnitCodes,
  readGenerateArgs,
  writeDossierExport,
} from './generate-dossiers';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'generate-dossiers-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Reads `rows` (header first) through detectColumns + readDossierRow; lists every mismatch. */
function mismatchesOf(rows: DossierCell[][], options: Parameters<typeof generateDossiers>[0]) {
  const columns = detectColumns(rows[0]!.map(String));
  expect(columns.missing).toEqual([]);
  const expected = [...generateDossiers(options)];
  expect(rows.length - 1).toBe(expected.length);
  const mismatches: string[] = [];
  expected.forEach((dossier, index) => {
    const result = readDossierRow(rows[index + 1]!, columns, index + 2);
    if (!('dossier' in result)) mismatches.push(`${index + 2}: ${JSON.stringify(result.errors)}`);
    else if (JSON.stringify(result.dossier) !== JSON.stringify(dossier))
      mismatches.push(
        `${index + 2}: ${JSON.stringify(dossier)} ≠ ${JSON.stringify(result.dossier)}`,
      );
  });
  return mismatches;
}

describe('generate-dossiers', () => {
  it('writes a CSV whose every row reads back as the dossier generated', async () => {
    const out = join(directory, 'export.csv');
    const request = readGenerateArgs(
      ['--rows', '3000', '--out', out, '--year', '2026', '--seed', '9'],
      2030,
    );
    expect(await writeDossierExport(request)).toBe(3000);
    const text = await readFile(out, 'utf8');
    expect(text.startsWith('\ufeffMã hồ sơ,')).toBe(true);
    const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(mismatchesOf(parsed.data, request).slice(0, 5)).toEqual([]);
  });

  it('writes an XLSX (date cells, numbers) whose every row reads back as the dossier generated', async () => {
    const out = join(directory, 'export.xlsx');
    const request = readGenerateArgs(
      ['--rows', '1500', '--out', out, '--year', '2025', '--units', 'A,B,C', '--seed', '4'],
      2030,
    );
    expect(await writeDossierExport(request)).toBe(1500);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows: DossierCell[][] = [];
    workbook.worksheets[0]!.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as DossierCell[]).slice(1);
      rows.push(Array.from({ length: 20 }, (_, index) => values[index] ?? null));
    });
    expect(rows[1]![5]).toBeInstanceOf(Date);
    expect(mismatchesOf(rows, request).slice(0, 5)).toEqual([]);
  });

  it('defaults to the demo province\u2019s units open in the year, and reads its arguments', () => {
    const units = demoUnitCodes(2026);
    expect(units).toContain('DT.X.LAPVO');
    expect(units).not.toContain('DT'); // the province itself
    expect(units).not.toContain('DT.LV.GL'); // merged on 30/06/2025
    expect(demoUnitCodes(2024)).toContain('DT.LV.GL');
    expect(readGenerateArgs(['--rows', '10', '--out', 'a.csv'], 2027)).toMatchObject({
      count: 10,
      year: 2027,
      seed: 1,
      unitCodes: demoUnitCodes(2027),
    });
    expect(() => readGenerateArgs(['--rows', '10', '--out', 'a.txt'], 2027)).toThrow(
      GenerateDossiersError,
    );
    expect(() => readGenerateArgs(['--rows=-1', '--out', 'a.csv'], 2027)).toThrow(
      'Số dòng không hợp lệ',
    );
    expect(() => readGenerateArgs(['--out', 'a.csv'], 2027)).toThrow('Cách dùng');
  });
});
