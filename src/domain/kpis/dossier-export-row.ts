/**
 * A Dossier as one row of an export in parplan's own layout (the generator's, and the headers of
 * DOSSIER_COLUMN_LABELS): times dd/mm/yyyy hh:mm in Vietnam time, Vietnamese words for status,
 * channel and online level, Có/Không flags — the words readDossierRow reads back.
 */
import type { Dossier, DossierChannel, DossierStatus, OnlineLevel } from './dossier';
import { DOSSIER_COLUMN_LABELS, type DossierFieldKey } from './dossier-columns';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The fields in export column order (the order of DOSSIER_COLUMN_LABELS). */
export const DOSSIER_EXPORT_FIELDS = Object.keys(DOSSIER_COLUMN_LABELS) as DossierFieldKey[];

/** The export's header row. */
export const DOSSIER_EXPORT_HEADERS: readonly string[] = DOSSIER_EXPORT_FIELDS.map(
  (field) => DOSSIER_COLUMN_LABELS[field],
);

/** Trạng thái words, as one-stop systems print them. */
export const DOSSIER_STATUS_WORDS: Record<DossierStatus, string> = {
  processing: 'Đang xử lý',
  awaiting_supplement: 'Chờ bổ sung',
  finished: 'Đã giải quyết',
  returned: 'Trả lại',
  withdrawn: 'Rút hồ sơ',
};

/** Hình thức nộp words. */
export const DOSSIER_CHANNEL_WORDS: Record<DossierChannel, string> = {
  counter: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Bưu chính công ích',
};

/** Mức độ trực tuyến words. */
export const ONLINE_LEVEL_WORDS: Record<OnlineLevel, string> = {
  partial: 'Một phần',
  full: 'Toàn trình',
};

const two = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as dd/mm/yyyy hh:mm in Vietnam time (seconds are dropped). */
export function formatExportTime(instant: string): string {
  const civil = new Date(Date.parse(instant) + VIETNAM_OFFSET_MS);
  return `${two(civil.getUTCDate())}/${two(civil.getUTCMonth() + 1)}/${civil.getUTCFullYear()} ${two(civil.getUTCHours())}:${two(civil.getUTCMinutes())}`;
}

/**
 * An ISO instant as the Date a spreadsheet writer stores for the Vietnam civil time (Excel has no
 * zones: exceljs writes the Date's UTC fields, and hands them back the same way on reading).
 */
export const excelCivilTime = (instant: string): Date =>
  new Date(Date.parse(instant) + VIETNAM_OFFSET_MS);

const flag = (value: boolean) => (value ? 'Có' : 'Không');

/** The row's cells as text, in DOSSIER_EXPORT_FIELDS order (empty text for none). */
export function dossierExportCells(dossier: Dossier): string[] {
  const time = (value: string | null) => (value === null ? '' : formatExportTime(value));
  const cells: Record<DossierFieldKey, string> = {
    code: dossier.code,
    unitCode: dossier.unitCode,
    procedureCode: dossier.procedureCode,
    procedureName: dossier.procedureName,
    field: dossier.field,
    receivedAt: time(dossier.receivedAt),
    promisedAt: time(dossier.promisedAt),
    finishedAt: time(dossier.finishedAt),
    status: DOSSIER_STATUS_WORDS[dossier.status],
    channel: DOSSIER_CHANNEL_WORDS[dossier.channel],
    onlineLevel: dossier.onlineLevel === null ? '' : ONLINE_LEVEL_WORDS[dossier.onlineLevel],
    paidOnline: flag(dossier.paidOnline),
    hasFee: flag(dossier.hasFee),
    supplementRequests: String(dossier.supplementRequests),
    pausedDays: String(dossier.pausedDays),
    digitisedFile: flag(dossier.digitisedFile),
    digitisedResult: flag(dossier.digitisedResult),
    electronicResult: flag(dossier.electronicResult),
    satisfaction: dossier.satisfaction === null ? '' : String(dossier.satisfaction),
    complaint: flag(dossier.complaint),
  };
  return DOSSIER_EXPORT_FIELDS.map((field) => cells[field]);
}
