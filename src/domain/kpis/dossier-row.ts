/**
 * Reads one row of a dossier export into a Dossier, or says why it cannot: every problem of the
 * row is listed (not only the first), each in Vietnamese with the export's header. Times without
 * a zone are Vietnam civil times (UTC+7); Excel serial days count from 30/12/1899.
 */
import { foldVietnamese } from '../shared/fold-vietnamese';
import {
  DOSSIER_COLUMN_LABELS,
  REQUIRED_DOSSIER_FIELDS,
  type DetectedColumns,
  type DossierFieldKey,
} from './dossier-columns';
import type { Dossier, DossierChannel, DossierStatus, OnlineLevel } from './dossier';
import type { DossierRowError, DossierRowResult } from './dossier-row-result';

/** A cell as a reader gives it: text from CSV; text, number, boolean or Date from Excel. */
export type DossierCell = string | number | boolean | Date | null | undefined;

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

// Word cells (Có/Không, statuses, channels) repeat millions of times in an export: their folded
// form is remembered (NFD normalising is the costliest step of reading a row). Bounded, so a
// column of free text cannot grow it without limit.
const FOLD_CACHE_LIMIT = 10_000;
const folded = new Map<string, string>();
const fold = (text: string): string => {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = foldVietnamese(text).replace(/\s+/g, ' ').trim();
  if (folded.size < FOLD_CACHE_LIMIT) folded.set(text, result);
  return result;
};

/** A Vietnam civil time as an ISO instant, or null when the parts are not a real date. */
function vietnamInstant(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): string | null {
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  return new Date(utc - VIETNAM_OFFSET_MS).toISOString();
}

/** A time cell: Date, Excel serial, dd/mm/yyyy [hh:mm[:ss]], yyyy-mm-dd[Thh:mm[:ss]][zone]. */
export function parseDossierTime(cell: DossierCell): string | null {
  if (cell instanceof Date) {
    // Excel stores civil times; exceljs hands them over as if they were UTC.
    return Number.isNaN(cell.getTime())
      ? null
      : new Date(cell.getTime() - VIETNAM_OFFSET_MS).toISOString();
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) return null;
    return new Date(EXCEL_EPOCH_MS + Math.round(cell * DAY_MS) - VIETNAM_OFFSET_MS).toISOString();
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const vi =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (vi) {
    const [, d, mo, y, h, mi, s] = vi.map((part) => (part === undefined ? 0 : Number(part)));
    return vietnamInstant(y!, mo!, d!, h, mi, s);
  }
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text,
    );
  if (iso) {
    if (iso[7] !== undefined) {
      const parsed = Date.parse(text.replace(' ', 'T'));
      return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
    }
    const [, y, mo, d, h, mi, s] = iso.map((part) => (part === undefined ? 0 : Number(part)));
    return vietnamInstant(y!, mo!, d!, h, mi, s);
  }
  if (/^\d+(\.\d+)?$/.test(text)) return parseDossierTime(Number(text));
  return null;
}

const TRUE_WORDS = new Set(['co', 'x', '1', 'true', 'yes', 'da', 'dat']);
const FALSE_WORDS = new Set(['khong', '0', 'false', 'no', 'chua', '']);

/** Có/Không, x, 1/0, true/false, Đã/Chưa; null when unreadable. */
export function parseDossierFlag(cell: DossierCell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  if (cell === null || cell === undefined) return false;
  const word = fold(String(cell));
  if (TRUE_WORDS.has(word) || word.startsWith('da ') || word.startsWith('co ')) return true;
  if (FALSE_WORDS.has(word) || word.startsWith('chua ') || word.startsWith('khong ')) return false;
  return null;
}

const CHANNEL_WORDS: Record<string, DossierChannel> = {
  'truc tiep': 'counter',
  'tai quay': 'counter',
  'mot cua': 'counter',
  counter: 'counter',
  'truc tuyen': 'online',
  online: 'online',
  'dich vu cong truc tuyen': 'online',
  'buu chinh': 'postal',
  'buu chinh cong ich': 'postal',
  bcci: 'postal',
  postal: 'postal',
};

const STATUS_WORDS: Record<string, DossierStatus> = {
  'dang xu ly': 'processing',
  'dang giai quyet': 'processing',
  'da tiep nhan': 'processing',
  processing: 'processing',
  'cho bo sung': 'awaiting_supplement',
  'yeu cau bo sung': 'awaiting_supplement',
  awaiting_supplement: 'awaiting_supplement',
  'da giai quyet': 'finished',
  'da tra ket qua': 'finished',
  'hoan thanh': 'finished',
  'da hoan thanh': 'finished',
  finished: 'finished',
  'tra lai': 'returned',
  'tu choi': 'returned',
  returned: 'returned',
  'rut ho so': 'withdrawn',
  'cong dan rut': 'withdrawn',
  withdrawn: 'withdrawn',
};

const LEVEL_WORDS: Record<string, OnlineLevel> = {
  'mot phan': 'partial',
  'muc do 3': 'partial',
  partial: 'partial',
  'toan trinh': 'full',
  'muc do 4': 'full',
  full: 'full',
};

const text = (cell: DossierCell): string =>
  cell === null || cell === undefined
    ? ''
    : cell instanceof Date
      ? cell.toISOString()
      : String(cell).trim();

/**
 * Reads row `cells` (line `line` of the file) through `columns`. Unknown words, unreadable
 * times and impossible orders (finished or promised before received, negative pause) refuse
 * the row; an optional field left empty reads as "no" / none.
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

  const required = (field: DossierFieldKey): string => {
    const value = text(cell(field));
    if (value === '' && REQUIRED_DOSSIER_FIELDS.includes(field))
      refuse(field, 'missing_value', `Thiếu «${header(field)}».`);
    return value;
  };
  const time = (field: DossierFieldKey): string | null => {
    const value = cell(field);
    if (text(value) === '') {
      if (REQUIRED_DOSSIER_FIELDS.includes(field))
        refuse(field, 'missing_value', `Thiếu «${header(field)}».`);
      return null;
    }
    const instant = parseDossierTime(value);
    if (instant === null)
      refuse(
        field,
        'unreadable_date',
        `Không đọc được ngày «${text(value)}» ở cột «${header(field)}».`,
      );
    return instant;
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
  const count = (field: DossierFieldKey): number => {
    const raw = text(cell(field)).replace(',', '.');
    if (raw === '') return 0;
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      refuse(field, 'unreadable_value', `«${raw}» ở cột «${header(field)}» không phải là số.`);
      return 0;
    }
    if (value < 0) refuse(field, 'negative_value', `«${header(field)}» không được âm (${raw}).`);
    return Math.round(value);
  };
  const word = <T extends string>(field: DossierFieldKey, words: Record<string, T>): T | null => {
    const raw = text(cell(field));
    if (raw === '') return null;
    const found = words[fold(raw)];
    if (found === undefined)
      refuse(field, 'unreadable_value', `Không hiểu giá trị «${raw}» ở cột «${header(field)}».`);
    return found ?? null;
  };

  const code = required('code');
  const unitCode = required('unitCode');
  const procedureCode = required('procedureCode');
  const procedureName = text(cell('procedureName'));
  const field = required('field');
  const receivedAt = time('receivedAt');
  const promisedAt = time('promisedAt');
  const finishedAt = time('finishedAt');
  required('status');
  const status = word('status', STATUS_WORDS);
  required('channel');
  const channel = word('channel', CHANNEL_WORDS);
  const onlineLevel = word('onlineLevel', LEVEL_WORDS);
  const paidOnline = flag('paidOnline');
  const hasFee = columns.indexes.hasFee === undefined ? paidOnline : flag('hasFee');
  const supplementRequests = count('supplementRequests');
  const pausedDays = count('pausedDays');
  const ratingText = text(cell('satisfaction'));
  let satisfaction: number | null = null;
  if (ratingText !== '') {
    satisfaction = Number(ratingText);
    if (!Number.isInteger(satisfaction) || satisfaction < 1 || satisfaction > 5) {
      refuse(
        'satisfaction',
        'unreadable_value',
        `Mức độ hài lòng phải từ 1 đến 5 («${ratingText}»).`,
      );
      satisfaction = null;
    }
  }

  if (receivedAt !== null && finishedAt !== null && finishedAt < receivedAt)
    refuse('finishedAt', 'finished_before_received', 'Ngày có kết quả trước ngày tiếp nhận.');
  if (receivedAt !== null && promisedAt !== null && promisedAt < receivedAt)
    refuse('promisedAt', 'promised_before_received', 'Ngày hẹn trả trước ngày tiếp nhận.');
  if (status === 'finished' && finishedAt === null)
    refuse(
      'finishedAt',
      'missing_value',
      `Hồ sơ đã giải quyết nhưng thiếu «${header('finishedAt')}».`,
    );

  if (errors.length > 0 || receivedAt === null || status === null || channel === null)
    return { line, errors };
  const dossier: Dossier = {
    code,
    unitCode,
    procedureCode,
    procedureName: procedureName === '' ? procedureCode : procedureName,
    field,
    receivedAt,
    promisedAt,
    finishedAt,
    status,
    channel,
    onlineLevel: channel === 'online' ? (onlineLevel ?? 'partial') : null,
    paidOnline: hasFee && paidOnline,
    hasFee,
    supplementRequests,
    pausedDays,
    digitisedFile: flag('digitisedFile'),
    digitisedResult: flag('digitisedResult'),
    electronicResult: flag('electronicResult'),
    satisfaction,
    complaint: flag('complaint'),
  };
  return errors.length > 0 ? { line, errors } : { line, dossier };
}
