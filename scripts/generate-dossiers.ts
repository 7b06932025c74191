// Xuất hồ sơ TTHC giả lập: `npm run generate-dossiers -- --rows N --out FILE.csv|.xlsx
// [--units A,B,…] [--year Y] [--seed S] [--prefix P]`. Writes a synthetic one-stop-system export
// (src/domain/kpis/dossier-generator.ts) in parplan's own layout — headers DOSSIER_COLUMN_LABELS,
// times dd/mm/yyyy hh:mm (CSV) or date cells (XLSX), Vietnamese words, Có/Không — row by row; the
// CSV runs in constant memory at any size (the XLSX writer does not: see writeXlsx). The same
// arguments write the same file. Default units: the demo province's units (demo-data.ts) open
// during the year, the province itself left out; default year: this year in Vietnam time (pass
// --year for a reproducible file).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import {
  generateDossiers,
  type DossierGeneratorOptions,
} from '../src/domain/kpis/dossier-generator';
import {
  DOSSIER_EXPORT_FIELDS,
  DOSSIER_EXPORT_HEADERS,
  dossierExportCells,
  excelCivilTime,
} from '../src/domain/kpis/dossier-export-row';
import type { Dossier } from '../src/domain/kpis/dossier';
import { demoUnitCodes } from '../src/server/db/seed/seed-demo-dossiers';

const USAGE =
  'Cách dùng: npm run generate-dossiers -- --rows SỐ_DÒNG --out TỆP.csv|TỆP.xlsx [--units MÃ,MÃ,…] [--year NĂM] [--seed SỐ] [--prefix TIỀN_TỐ]';

/** A refusal the CLI explains and exits 1 on. */
export class GenerateDossiersError extends Error {}

/** The demo province's units open at some time in `year` (the seed's own list). */
export { demoUnitCodes };

/** What to write: the generator's options and the file. */
export interface DossierExportRequest extends DossierGeneratorOptions {
  out: string;
  /** Headers written under another name (as another one-stop system names them): label → name. */
  renameHeaders?: Readonly<Record<string, string>>;
  /**
   * .xlsx: text in a shared-strings table, as Excel itself writes it (held in memory until the end:
   * for demo and e2e sizes). Default: inline strings.
   */
  sharedStrings?: boolean;
}

/** The header row, with the renamed headers. */
const headersOf = (request: DossierExportRequest): string[] =>
  DOSSIER_EXPORT_HEADERS.map((header) => request.renameHeaders?.[header] ?? header);

/** Reads the command line (arguments after the script name) into a request. */
export function readGenerateArgs(argv: readonly string[], thisYear: number): DossierExportRequest {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      rows: { type: 'string' },
      out: { type: 'string' },
      units: { type: 'string' },
      year: { type: 'string' },
      seed: { type: 'string' },
      prefix: { type: 'string' },
    },
  });
  if (positionals.length > 0 || values.rows === undefined || values.out === undefined)
    throw new GenerateDossiersError(USAGE);
  const count = Number(values.rows);
  if (!Number.isSafeInteger(count) || count < 0)
    throw new GenerateDossiersError(`Số dòng không hợp lệ: ${values.rows}. ${USAGE}`);
  const year = values.year === undefined ? thisYear : Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new GenerateDossiersError(`Năm không hợp lệ: ${values.year}. ${USAGE}`);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed))
    throw new GenerateDossiersError(`Hạt giống (seed) phải là số nguyên: ${values.seed}.`);
  const format = extname(values.out).toLowerCase();
  if (format !== '.csv' && format !== '.xlsx')
    throw new GenerateDossiersError(`Tệp phải có đuôi .csv hoặc .xlsx: ${values.out}.`);
  const unitCodes =
    values.units === undefined
      ? demoUnitCodes(year)
      : values.units
          .split(',')
          .map((code) => code.trim())
          .filter((code) => code !== '');
  if (unitCodes.length === 0)
    throw new GenerateDossiersError(`Cần ít nhất một mã đơn vị. ${USAGE}`);
  return { out: values.out, count, year, seed, unitCodes, codePrefix: values.prefix };
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
const csvField = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
const csvLine = (cells: readonly string[]) => `${cells.map(csvField).join(',')}\r\n`;

/**
 * Writes the CSV: UTF-8 with a byte-order mark (what Excel needs to show Vietnamese, and what
 * real exports carry), CRLF lines, rows written in batches with backpressure.
 */
async function writeCsv(
  out: string,
  dossiers: Iterable<Dossier>,
  headers: readonly string[],
): Promise<number> {
  const stream = createWriteStream(out);
  const closed = once(stream, 'close');
  let written = 0;
  let batch = `\ufeff${csvLine(headers)}`;
  for (const dossier of dossiers) {
    batch += csvLine(dossierExportCells(dossier));
    written++;
    if (written % 2000 === 0) {
      if (!stream.write(batch)) await once(stream, 'drain');
      batch = '';
    }
  }
  stream.end(batch);
  await closed;
  return written;
}

const TIME_FIELDS = new Set(['receivedAt', 'promisedAt', 'finishedAt']);
const NUMBER_FIELDS = new Set(['supplementRequests', 'pausedDays', 'satisfaction']);

/**
 * Writes the XLSX through exceljs's streaming WorkbookWriter (each row committed as it is made):
 * times as date cells shown dd/mm/yyyy hh:mm, counts and ratings as numbers, the rest as text.
 * Not constant memory, unlike the CSV: exceljs 4.4's streaming writer keeps about 0.9 KB of
 * external buffers per row until the end (exceljs issues #1894, #2916; measured 140 MB at 20,000
 * rows, 300 MB at 200,000) — fine for demo and e2e sizes; use CSV for millions.
 */
async function writeXlsx(
  out: string,
  dossiers: Iterable<Dossier>,
  headers: readonly string[],
  sharedStrings = false,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useStyles: true,
    useSharedStrings: sharedStrings,
  });
  workbook.creator = 'parplan generate-dossiers';
  const sheet = workbook.addWorksheet('Hồ sơ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = DOSSIER_EXPORT_FIELDS.map((field) => ({
    width: TIME_FIELDS.has(field) ? 17 : 14,
    style: TIME_FIELDS.has(field) ? { numFmt: 'dd/mm/yyyy hh:mm' } : {},
  }));
  sheet.addRow([...headers]).commit();
  let written = 0;
  for (const dossier of dossiers) {
    const cells = dossierExportCells(dossier);
    const values = DOSSIER_EXPORT_FIELDS.map((field, index) => {
      const text = cells[index]!;
      if (text === '') return null;
      if (TIME_FIELDS.has(field)) return excelCivilTime(dossier[field] as string);
      return NUMBER_FIELDS.has(field) ? Number(text) : text;
    });
    sheet.addRow(values).commit();
    written++;
  }
  sheet.commit();
  await workbook.commit();
  return written;
}

/** Generates and writes the export; returns the number of dossiers written. */
export async function writeDossierExport(request: DossierExportRequest): Promise<number> {
  const dossiers = generateDossiers(request);
  return extname(request.out).toLowerCase() === '.xlsx'
    ? writeXlsx(request.out, dossiers, headersOf(request), request.sharedStrings)
    : writeCsv(request.out, dossiers, headersOf(request));
}

async function main(): Promise<void> {
  // The only wall-clock read: the default year (Vietnam time) when --year is not given.
  const thisYear = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  const request = readGenerateArgs(process.argv.slice(2), thisYear);
  const started = performance.now();
  const written = await writeDossierExport(request);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Đã ghi ${written} hồ sơ (${request.unitCodes.length} đơn vị, năm ${request.year}, seed ${request.seed}) vào ${request.out} trong ${seconds.toFixed(1)} s; bộ nhớ tối đa ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof GenerateDossiersError ? error.message : error);
    process.exit(1);
  });
}
