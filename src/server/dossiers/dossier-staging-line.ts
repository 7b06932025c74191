// One staging row in PostgreSQL's COPY text format: tab-separated, \N for null, backslash,
// tab, newline and carriage return escaped. Written by plain concatenation — this runs once per
// row of a multi-million-row export, so no arrays, closures or regexes on the common path.
import type { Dossier } from '@domain/kpis/dossier';

const NEEDS_ESCAPE = /[\\\t\n\r]/;

function escapeText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll('\t', '\\t')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r');
}

const orNull = (value: string | null) => (value === null ? '\\N' : value);
const bool = (value: boolean) => (value ? 't' : 'f');

/** Year received, in Vietnam time (UTC+7): the partition and key year of the dossier. */
export function receivedYear(receivedAt: string): number {
  return new Date(Date.parse(receivedAt) + 7 * 3_600_000).getUTCFullYear();
}

/** The COPY text line (with its newline) of a valid dossier, in STAGING_COLUMNS order. */
export function stagingLine(
  prefix: string,
  line: number,
  dossier: Dossier,
  organisationId: string,
  counters: number,
): string {
  return (
    prefix +
    line +
    '\t' +
    receivedYear(dossier.receivedAt) +
    '\t' +
    escapeText(dossier.code) +
    '\t' +
    organisationId +
    '\t' +
    escapeText(dossier.procedureCode) +
    '\t' +
    escapeText(dossier.procedureName) +
    '\t' +
    escapeText(dossier.field) +
    '\t' +
    dossier.receivedAt +
    '\t' +
    orNull(dossier.promisedAt) +
    '\t' +
    orNull(dossier.finishedAt) +
    '\t' +
    dossier.status +
    '\t' +
    dossier.channel +
    '\t' +
    orNull(dossier.onlineLevel) +
    '\t' +
    bool(dossier.paidOnline) +
    '\t' +
    bool(dossier.hasFee) +
    '\t' +
    dossier.supplementRequests +
    '\t' +
    dossier.pausedDays +
    '\t' +
    bool(dossier.digitisedFile) +
    '\t' +
    bool(dossier.digitisedResult) +
    '\t' +
    bool(dossier.electronicResult) +
    '\t' +
    (dossier.satisfaction === null ? '\\N' : dossier.satisfaction) +
    '\t' +
    bool(dossier.complaint) +
    '\t' +
    counters +
    '\n'
  );
}

/** The fixed start of every line of a job: tenant and job ids. */
export const stagingPrefix = (tenantId: string, jobId: string) => `${tenantId}\t${jobId}\t`;
