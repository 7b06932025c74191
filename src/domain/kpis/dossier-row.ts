/**
 * Reads one row of a dossier export into a Dossier, or says why it cannot: every problem of the
 * row is listed (not only the first), each in Vietnamese with the export's header. The cell values
 * (times, flags, words) are read by dossier-cell-values.ts.
 */
import {
  DOSSIER_COLUMN_LABELS,
  REQUIRED_DOSSIER_FIELDS,
  type DetectedColumns,
  type DossierFieldKey,
} from './dossier-columns';
import {
  CHANNEL_WORDS,
  LEVEL_WORDS,
  STATUS_WORDS,
  lookUpWord,
  parseDossierFlag,
  parseDossierRating,
  readDossierTime,
  type DossierCell,
  type DossierTime,
} from './dossier-cell-values';
import type { Dossier } from './dossier';
import type { DossierRowError, DossierRowResult } from './dossier-row-result';

export type { DossierCell } from './dossier-cell-values';
export { parseDossierFlag } from './dossier-cell-values';

/**
 * A time cell as an ISO instant, or null when unreadable. A date without a time of day reads as
 * the start of that Vietnam civil day, or its end (23:59:59) with `dateOnlyAs: 'end_of_day'` —
 * how a promised date (hẹn trả) is meant: the whole day is still on time.
 */
export function parseDossierTime(
  cell: DossierCell,
  dateOnlyAs: 'start_of_day' | 'end_of_day' = 'start_of_day',
): string | null {
  const time = readDossierTime(cell);
  if (time === null) return null;
  return dateOnlyAs === 'end_of_day' ? time.end : time.start;
}

const text = (cell: DossierCell): string =>
  cell === null || cell === undefined
    ? ''
    : cell instanceof Date
      ? cell.toISOString()
      : String(cell).trim();

/** The row being read: its cells, the columns and the errors found so far. */
interface RowReading {
  cells: readonly DossierCell[];
  columns: Pick<DetectedColumns, 'indexes' | 'mapping'>;
  errors: DossierRowError[];
}

// The readers below are module functions taking the row, not closures made per row: a row of a
// multi-million-row export would otherwise allocate (and name) eight functions each time.
const header = (row: RowReading, field: DossierFieldKey) =>
  row.columns.mapping[field] ?? DOSSIER_COLUMN_LABELS[field];

function cellOf(row: RowReading, field: DossierFieldKey): DossierCell {
  const index = row.columns.indexes[field];
  return index === undefined ? undefined : row.cells[index];
}

function refuse(row: RowReading, field: DossierFieldKey, code: string, message: string) {
  row.errors.push({ code, column: header(row, field), message });
}

const isRequired = (field: DossierFieldKey) => REQUIRED_DOSSIER_FIELDS.includes(field);

function readRequired(row: RowReading, field: DossierFieldKey): string {
  const value = text(cellOf(row, field));
  if (value === '' && isRequired(field))
    refuse(row, field, 'missing_value', `Thiếu «${header(row, field)}».`);
  return value;
}

function readTime(row: RowReading, field: DossierFieldKey): DossierTime | null {
  const value = cellOf(row, field);
  if (text(value) === '') {
    if (isRequired(field)) refuse(row, field, 'missing_value', `Thiếu «${header(row, field)}».`);
    return null;
  }
  const read = readDossierTime(value);
  if (read === null)
    refuse(
      row,
      field,
      'unreadable_date',
      `Không đọc được ngày «${text(value)}» ở cột «${header(row, field)}» (dùng dd/mm/yyyy hoặc dd/mm/yyyy hh:mm).`,
    );
  return read;
}

function readFlag(row: RowReading, field: DossierFieldKey): boolean {
  const value = parseDossierFlag(cellOf(row, field));
  if (value === null)
    refuse(
      row,
      field,
      'unreadable_value',
      `Không hiểu giá trị «${text(cellOf(row, field))}» ở cột «${header(row, field)}» (dùng Có/Không).`,
    );
  return value ?? false;
}

function readCount(row: RowReading, field: DossierFieldKey, negativeCode: string): number {
  const raw = text(cellOf(row, field)).replace(',', '.');
  if (raw === '') return 0;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    refuse(
      row,
      field,
      'unreadable_value',
      `«${raw}» ở cột «${header(row, field)}» không phải là số.`,
    );
    return 0;
  }
  if (value < 0)
    refuse(row, field, negativeCode, `«${header(row, field)}» không được âm (${raw}).`);
  // A count of requests or of days is whole: 1,5 rounded would silently change on-time.
  else if (!Number.isInteger(value))
    refuse(row, field, 'not_whole_number', `«${header(row, field)}» phải là số nguyên («${raw}»).`);
  return Math.trunc(value);
}

function readWord<T>(
  row: RowReading,
  field: DossierFieldKey,
  words: Readonly<Record<string, T>>,
): T | null {
  const raw = text(cellOf(row, field));
  if (raw === '') return null;
  const found = lookUpWord(words, raw);
  if (found === undefined)
    refuse(
      row,
      field,
      'unknown_word',
      `Không hiểu giá trị «${raw}» ở cột «${header(row, field)}».`,
    );
  return found ?? null;
}

/**
 * Reads row `cells` (line `line` of the file) through `columns`. Unknown words, unreadable times,
 * ratings outside 1–5 and impossible orders (finished or promised before received, negative pause,
 * finished without a finish time) refuse the row; an optional field left empty reads as "no" /
 * none. Received and finished dates without a time of day read as the start of their day, a
 * promised date as the end of its day; an order check compares whole days when a side has no time.
 */
export function readDossierRow(
  cells: readonly DossierCell[],
  columns: Pick<DetectedColumns, 'indexes' | 'mapping'>,
  line: number,
): DossierRowResult {
  const errors: DossierRowError[] = [];
  const row: RowReading = { cells, columns, errors };
  // Every cell is read before any return, so each problem of the row is listed.
  const code = readRequired(row, 'code');
  const unitCode = readRequired(row, 'unitCode');
  const procedureCode = readRequired(row, 'procedureCode');
  const procedureName = text(cellOf(row, 'procedureName'));
  const field = readRequired(row, 'field');
  const received = readTime(row, 'receivedAt');
  const promised = readTime(row, 'promisedAt');
  const finished = readTime(row, 'finishedAt');
  readRequired(row, 'status');
  const status = readWord(row, 'status', STATUS_WORDS);
  readRequired(row, 'channel');
  const channel = readWord(row, 'channel', CHANNEL_WORDS);
  const onlineLevel = readWord(row, 'onlineLevel', LEVEL_WORDS);
  const paidOnline = readFlag(row, 'paidOnline');
  // Without a fee column, a dossier paid online evidently had a fee; the others count as free.
  const hasFee = columns.indexes.hasFee === undefined ? paidOnline : readFlag(row, 'hasFee');
  if (paidOnline && !hasFee)
    refuse(
      row,
      'paidOnline',
      'paid_without_fee',
      `«${header(row, 'paidOnline')}» là Có nhưng «${header(row, 'hasFee')}» là Không.`,
    );
  const supplementRequests = readCount(row, 'supplementRequests', 'negative_value');
  const pausedDays = readCount(row, 'pausedDays', 'negative_pause');
  const digitisedFile = readFlag(row, 'digitisedFile');
  const digitisedResult = readFlag(row, 'digitisedResult');
  const electronicResult = readFlag(row, 'electronicResult');
  const complaint = readFlag(row, 'complaint');
  const ratingCell = cellOf(row, 'satisfaction');
  let satisfaction: number | null = null;
  if (text(ratingCell) !== '') {
    satisfaction = parseDossierRating(ratingCell);
    if (satisfaction === null)
      refuse(
        row,
        'satisfaction',
        'rating_out_of_range',
        `«${header(row, 'satisfaction')}» phải từ 1 đến 5 («${text(ratingCell)}»).`,
      );
  }

  // Orders compare the latest the later time can be with the earliest the received time can be.
  if (received !== null && finished !== null && finished.end < received.start)
    refuse(
      row,
      'finishedAt',
      'finished_before_received',
      `«${header(row, 'finishedAt')}» trước «${header(row, 'receivedAt')}».`,
    );
  if (received !== null && promised !== null && promised.end < received.start)
    refuse(
      row,
      'promisedAt',
      'promised_before_received',
      `«${header(row, 'promisedAt')}» trước «${header(row, 'receivedAt')}».`,
    );
  if (status === 'finished' && finished === null && text(cellOf(row, 'finishedAt')) === '')
    refuse(
      row,
      'finishedAt',
      'finished_without_time',
      `Hồ sơ đã giải quyết nhưng thiếu «${header(row, 'finishedAt')}».`,
    );

  if (errors.length > 0 || received === null || status === null || channel === null)
    return { line, errors };
  const dossier: Dossier = {
    code,
    unitCode,
    procedureCode,
    procedureName: procedureName === '' ? procedureCode : procedureName,
    field,
    receivedAt: received.start,
    promisedAt: promised === null ? null : promised.end,
    finishedAt: finished === null ? null : finished.start,
    status,
    channel,
    onlineLevel: channel === 'online' ? (onlineLevel ?? 'partial') : null,
    paidOnline: hasFee && paidOnline,
    hasFee,
    supplementRequests,
    pausedDays,
    digitisedFile,
    digitisedResult,
    electronicResult,
    satisfaction,
    complaint,
  };
  return { line, dossier };
}
