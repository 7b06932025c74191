// Minimal stand-in for the dossier export reader (CSV only), with the surface the full reader
// keeps: the import pipeline depends on nothing else. Streams the file in 1 MB pieces (never the
// whole file): each piece is cut after its last line break outside quotes and parsed by papaparse
// as a string — papaparse's own Node stream mode measured ~450 µs a row, string parsing ~2 µs.
// Line 1 is the header.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import {
  detectColumns,
  type DetectedColumns,
  type DossierColumnMapping,
} from '@domain/kpis/dossier-columns';
import { readDossierRow } from '@domain/kpis/dossier-row';
import type { DossierRowResult } from '@domain/kpis/dossier-row-result';

/** A file that cannot be read as a dossier export (Vietnamese message). */
export class DossierFileError extends Error {}

/** An opened export: its headers, how they map, and its rows as they are read. */
export interface DossierFileReading {
  format: 'csv' | 'xlsx';
  headers: string[];
  columns: DetectedColumns;
  rows: AsyncIterable<DossierRowResult>;
}

const QUOTE = 34;
const NEWLINE = 10;

/** Index just past the last line break of `text` that lies outside quotes (0 if none). */
function lastCompleteLineEnd(text: string): number {
  let inQuotes = false;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === NEWLINE && !inQuotes) end = i + 1;
  }
  return end;
}

/** The records of `path`, a batch of complete lines at a time. */
async function* recordBatches(path: string): AsyncGenerator<string[][]> {
  // Decoded as UTF-8 by the file stream: a byte chunk can end inside a character (Đ, ư…).
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let rest = '';
  for await (const piece of stream as AsyncIterable<string>) {
    const text = rest + piece;
    const end = lastCompleteLineEnd(text);
    rest = text.slice(end);
    if (end > 0) yield parse(text.slice(0, end));
  }
  if (rest.trim() !== '') yield parse(rest);
}

const parse = (text: string) =>
  Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', newline: '\n' }).data.map((record) =>
    record.map((cell) => (cell.endsWith('\r') ? cell.slice(0, -1) : cell)),
  );

/** Opens `path` (CSV), reads its header line and maps it (a saved mapping first). */
export async function openDossierFile(
  path: string,
  options: { savedMapping?: DossierColumnMapping; fileName?: string } = {},
): Promise<DossierFileReading> {
  const name = options.fileName ?? path;
  if (/\.xlsx$/i.test(name))
    throw new DossierFileError('Tệp .xlsx chưa được hỗ trợ ở bản này; hãy xuất ra .csv.');
  const batches = recordBatches(path);
  const first = await batches.next();
  if (first.done || first.value.length === 0)
    throw new DossierFileError('Tệp trống: không có dòng tiêu đề.');
  const headers = first.value[0]!.map((header, index) =>
    index === 0 ? header.replace(/^\uFEFF/, '').trim() : header.trim(),
  );
  const columns = detectColumns(headers, options.savedMapping);
  async function* rows(): AsyncGenerator<DossierRowResult> {
    let line = 1;
    let batch = first.value!.slice(1);
    for (;;) {
      for (const record of batch) {
        line += 1;
        yield readDossierRow(record, columns, line);
      }
      const next = await batches.next();
      if (next.done) return;
      batch = next.value;
    }
  }
  return { format: 'csv', headers, columns, rows: rows() };
}
