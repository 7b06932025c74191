// A job row as the API shows it: counts, first errors, and the rate computed from the injected
// clock (rows read per second since the job started). The ETA comes from bytes, not rows (a
// streamed file's row count is known only at its end): the bytes left of the file at the rate the
// reader consumed them; null until the first progress write, 0 once ended.
import type { DossierImportJobDto } from '@contract/dossier-imports';
import { importEtaSeconds } from '@domain/kpis/import-eta';
import type { DossierImportJobRow } from './dossier-import-job.repository';

/** The job for the API at instant `now`. */
export function presentDossierImportJob(row: DossierImportJobRow, now: Date): DossierImportJobDto {
  const ended = row.finishedAt !== null;
  const until = ended ? Date.parse(row.finishedAt!) : now.getTime();
  const seconds = row.startedAt === null ? 0 : (until - Date.parse(row.startedAt)) / 1000;
  // Bytes are written with each progress row: the rate is measured up to that write.
  const progressSeconds =
    row.startedAt === null ? 0 : (Date.parse(row.updatedAt) - Date.parse(row.startedAt)) / 1000;
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
    sizeBytes: row.sizeBytes,
    bytesRead: row.bytesRead,
    etaSeconds: ended ? 0 : etaNow(row, progressSeconds, now),
    errors: row.errors,
    errorCounts: row.errorCounts,
    failure: row.failure,
    mapping: row.mapping as Record<string, string>,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

/** The ETA at the last progress write, less the time since that write (never below 0). */
function etaNow(row: DossierImportJobRow, progressSeconds: number, now: Date): number | null {
  const atWrite = importEtaSeconds({
    sizeBytes: row.sizeBytes,
    bytesRead: row.bytesRead,
    elapsedSeconds: progressSeconds,
  });
  if (atWrite === null) return null;
  return Math.max(atWrite - (now.getTime() - Date.parse(row.updatedAt)) / 1000, 0);
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
