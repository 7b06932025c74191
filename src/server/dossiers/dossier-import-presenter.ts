// A job row as the API shows it: counts, first errors, and the rate computed from the injected
// clock (rows read per second since the job started). The ETA needs the total number of rows,
// which a streamed file does not know until its end: null while running, 0 once ended.
import type { DossierImportJobDto } from '@contract/dossier-imports';
import type { DossierImportJobRow } from './dossier-import-job.repository';

/** The job for the API at instant `now`. */
export function presentDossierImportJob(row: DossierImportJobRow, now: Date): DossierImportJobDto {
  const ended = row.finishedAt !== null;
  const until = ended ? Date.parse(row.finishedAt!) : now.getTime();
  const seconds = row.startedAt === null ? 0 : (until - Date.parse(row.startedAt)) / 1000;
  return {
    id: row.id,
    source: row.source,
    fileName: row.fileName,
    format: row.format,
    mode: row.mode,
    status: row.status,
    rowsRead: row.rowsRead,
    rowsValid: row.rowsValid,
    rowsRejected: row.rowsRejected,
    rowsInserted: row.rowsInserted,
    rowsUpdated: row.rowsUpdated,
    rowsUnchanged: row.rowsUnchanged,
    rowsPerSecond: seconds > 0 ? Math.round(row.rowsRead / seconds) : null,
    etaSeconds: ended ? 0 : null,
    errors: row.errors,
    errorCounts: row.errorCounts,
    failure: row.failure,
    mapping: row.mapping as Record<string, string>,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

/** The error report: line, column, message of the kept errors, then a line counting all of them. */
export function dossierErrorReportCsv(row: DossierImportJobRow): string {
  const cell = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const lines = ['Dòng,Cột,Lỗi'];
  for (const error of row.errors)
    lines.push(`${error.line},${cell(error.column ?? '')},${cell(error.message)}`);
  const shown = row.errors.length;
  lines.push(
    `${cell('Tổng')},,${cell(`${row.rowsRejected.toLocaleString('vi-VN')} dòng lỗi; liệt kê ${shown.toLocaleString('vi-VN')} lỗi đầu tiên`)}`,
  );
  // A BOM so Excel opens the Vietnamese text as UTF-8.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
