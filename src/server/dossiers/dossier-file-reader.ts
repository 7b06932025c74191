// Minimal stand-in for the dossier export reader (CSV only), with the surface the full reader
// keeps: the import pipeline depends on nothing else. Streams the file through papaparse (rows
// one at a time, never the whole file); line 1 is the header.
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

/** Opens `path` (CSV), reads its header line and maps it (a saved mapping first). */
export async function openDossierFile(
  path: string,
  options: { savedMapping?: DossierColumnMapping; fileName?: string } = {},
): Promise<DossierFileReading> {
  const name = options.fileName ?? path;
  if (/\.xlsx$/i.test(name))
    throw new DossierFileError('Tệp .xlsx chưa được hỗ trợ ở bản này; hãy xuất ra .csv.');
  const parser = createReadStream(path).pipe(
    Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: 'greedy' }),
  ) as NodeJS.ReadableStream;
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await iterator.next();
  if (first.done) throw new DossierFileError('Tệp trống: không có dòng tiêu đề.');
  const headers = first.value.map((header, index) =>
    index === 0 ? header.replace(/^\uFEFF/, '').trim() : header.trim(),
  );
  const columns = detectColumns(headers, options.savedMapping);
  async function* rows(): AsyncGenerator<DossierRowResult> {
    let line = 1;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      line += 1;
      yield readDossierRow(next.value, columns, line);
    }
  }
  return { format: 'csv', headers, columns, rows: rows() };
}
