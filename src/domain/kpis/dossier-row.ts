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
  const header = (field: DossierFieldKey) => columns.mapping[field] ?? DOSSIER_COLUMN_LABELS[field];
  const cell = (field: DossierFieldKey): DossierCell => {
    const index = columns.indexes[field];
    return index === undefined ? undefined : cells[index];
  };
  const refuse = (field: DossierFieldKey, code: string, message: string) =>
    errors.push({ code, column: header(field), message });
  const isRequired = (field: DossierFieldKey) => REQUIRED_DOSSIER_FIELDS.includes(field);

  const required = (field: DossierFieldKey): string => {
    const value = text(cell(field));
    if (value === '' && isRequired(field))
      refuse(field, 'missing_value', `Thiếu «${header(field)}».`);
    return value;
  };
  const time = (field: DossierFieldKey): DossierTime | null => {
    const value = cell(field);
    if (text(value) === '') {
      if (isRequired(field)) refuse(field, 'missing_value', `Thiếu «${header(field)}».`);
      return null;
    }
    const read = readDossierTime(value);
    if (read === null)
      refuse(
        field,
        'unreadable_date',
        `Không đọc được ngày «${text(value)}» ở cột «${header(field)}» (dùng dd/mm/yyyy hoặc dd/mm/yyyy hh:mm).`,
      );
    return read;
  };
  const flag = (field: DossierFieldKey): boolean => {
    const value = parseDossierFlag(cell(field));
    if (value === null)
      refuse(
        field,
        'unreadable_value',
        `Không hiểu giá trị «${text(cell(field))}» ở cột «${header(field)}» (dùng Có/Không).`,
      );
    return value ?? false;
  };
  const count = (field: DossierFieldKey, negativeCode: string): number => {
    const raw = text(cell(field)).replace(',', '.');
    if (raw === '') return 0;
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      refuse(field, 'unreadable_value', `«${raw}» ở cột «${header(field)}» không phải là số.`);
      return 0;
    }
    if (value < 0) refuse(field, negativeCode, `«${header(field)}» không được âm (${raw}).`);
    // A count of requests or of days is whole: 1,5 rounded would silently change on-time.
    else if (!Number.isInteger(value))
      refuse(field, 'not_whole_number', `«${header(field)}» phải là số nguyên («${raw}»).`);
    return Math.trunc(value);
  };
  const word = <T>(field: DossierFieldKey, words: Readonly<Record<string, T>>): T | null => {
    const raw = text(cell(field));
    if (raw === '') return null;
    const found = lookUpWord(words, raw);
    if (found === undefined)
      refuse(field, 'unknown_word', `Không hiểu giá trị «${raw}» ở cột «${header(field)}».`);
    return found ?? null;
  };

  // Every cell is read before any return, so each problem of the row is listed.
  const code = required('code');
  const unitCode = required('unitCode');
  const procedureCode = required('procedureCode');
  const procedureName = text(cell('procedureName'));
  const field = required('field');
  const received = time('receivedAt');
  const promised = time('promisedAt');
  const finished = time('finishedAt');
  required('status');
  const status = word('status', STATUS_WORDS);
  required('channel');
  const channel = word('channel', CHANNEL_WORDS);
  const onlineLevel = word('onlineLevel', LEVEL_WORDS);
  const paidOnline = flag('paidOnline');
  // Without a fee column, a dossier paid online evidently had a fee; the others count as free.
  const hasFee = columns.indexes.hasFee === undefined ? paidOnline : flag('hasFee');
  if (paidOnline && !hasFee)
    refuse(
      'paidOnline',
      'paid_without_fee',
      `«${header('paidOnline')}» là Có nhưng «${header('hasFee')}» là Không.`,
    );
  const supplementRequests = count('supplementRequests', 'negative_value');
  const pausedDays = count('pausedDays', 'negative_pause');
  const digitisedFile = flag('digitisedFile');
  const digitisedResult = flag('digitisedResult');
  const electronicResult = flag('electronicResult');
  const complaint = flag('complaint');
  const ratingCell = cell('satisfaction');
  let satisfaction: number | null = null;
  if (text(ratingCell) !== '') {
    satisfaction = parseDossierRating(ratingCell);
    if (satisfaction === null)
      refuse(
        'satisfaction',
        'rating_out_of_range',
        `«${header('satisfaction')}» phải từ 1 đến 5 («${text(ratingCell)}»).`,
      );
  }

  // Orders compare the latest the later time can be with the earliest the received time can be.
  if (received !== null && finished !== null && finished.end < received.start)
    refuse(
      'finishedAt',
      'finished_before_received',
      `«${header('finishedAt')}» trước «${header('receivedAt')}».`,
    );
  if (received !== null && promised !== null && promised.end < received.start)
    refuse(
      'promisedAt',
      'promised_before_received',
      `«${header('promisedAt')}» trước «${header('receivedAt')}».`,
    );
  if (status === 'finished' && finished === null && text(cell('finishedAt')) === '')
    refuse(
      'finishedAt',
      'finished_without_time',
      `Hồ sơ đã giải quyết nhưng thiếu «${header('finishedAt')}».`,
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
