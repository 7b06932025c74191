/**
 * The values of one cell of a dossier export: times, yes/no flags and the words one-stop systems
 * write for channel, status, online level and rating. Times without a zone are Vietnam civil
 * times (UTC+7, no daylight saving); Excel serial days count from 30/12/1899 (the 1900 system as
 * every exporter writes it, Lotus leap-year bug included).
 */
import { foldVietnamese } from '../shared/fold-vietnamese';
import type { DossierChannel, DossierStatus, OnlineLevel } from './dossier';

/** A cell as a reader gives it: text from CSV; text, number, boolean or Date from Excel. */
export type DossierCell = string | number | boolean | Date | null | undefined;

/**
 * A time read from a cell. A date written without a time of day is a whole civil day: `start` is
 * its 00:00:00 and `end` its 23:59:59 (Vietnam time); a time with hours has `start === end`.
 */
export interface DossierTime {
  start: string;
  end: string;
  dateOnly: boolean;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Last Excel serial day (31/12/9999). */
const LAST_EXCEL_SERIAL = 2_958_465;

// Exports repeat a handful of words ("Đã trả kết quả", "Có") millions of times: each is folded
// once (NFD normalisation is the reader's costliest step) and remembered. Bounded, so a column
// of free text cannot grow it past MAX_REMEMBERED_WORDS.
const MAX_REMEMBERED_WORDS = 4096;
const foldedWords = new Map<string, string>();
function foldWords(text: string): string {
  let folded = foldedWords.get(text);
  if (folded === undefined) {
    folded = foldVietnamese(text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (foldedWords.size >= MAX_REMEMBERED_WORDS) foldedWords.clear();
    // A fresh copy as the key: a cell is often a slice of the reader's whole chunk, which
    // a remembered slice would keep alive.
    foldedWords.set(JSON.parse(JSON.stringify(text)) as string, folded);
  }
  return folded;
}

// Instants are written as ISO text millions of times per import: the "yyyy-mm-ddT" of each UTC
// day is made once and remembered (a few thousand days at most), the time of day appended from a
// table of two-digit numbers — no Date object, no toISOString.
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const MAX_REMEMBERED_DAYS = 8192;
/** 0000-01-01T00:00:00Z (Date.UTC maps the years 0–99 to 1900–1999, hence the constant). */
const FIRST_ISO_MS = -62_167_219_200_000;
const AFTER_ISO_MS = Date.UTC(10000, 0, 1);
const dayPrefixes = new Map<number, string>();

/** The instant `ms` (UTC milliseconds) as toISOString writes it: yyyy-mm-ddThh:mm:ss.sssZ. */
export function isoInstant(ms: number): string {
  // Outside years 0000–9999 toISOString writes a six-digit signed year: left to it.
  if (!(ms >= FIRST_ISO_MS && ms < AFTER_ISO_MS)) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (dayPrefixes.size >= MAX_REMEMBERED_DAYS) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return (
    prefix +
    TWO_DIGITS[hours] +
    ':' +
    TWO_DIGITS[minutes] +
    ':' +
    TWO_DIGITS[seconds] +
    '.' +
    (millis < 10 ? '00' : millis < 100 ? '0' : '') +
    millis +
    'Z'
  );
}

/** A civil time given as UTC fields (how Excel and exceljs carry it) → the Vietnam instant(s). */
function fromCivilMs(civilMs: number, dateOnly: boolean): DossierTime {
  const start = isoInstant(civilMs - VIETNAM_OFFSET_MS);
  const end = dateOnly ? isoInstant(civilMs + DAY_MS - 1000 - VIETNAM_OFFSET_MS) : start;
  return { start, end, dateOnly };
}

/** A Vietnam civil time from its parts, or null when they are not a real date and time. */
function fromParts(
  y: number,
  mo: number,
  d: number,
  time: readonly [number, number, number] | null,
): DossierTime | null {
  const [h, mi, s] = time ?? [0, 0, 0];
  if (h > 23 || mi > 59 || s > 59 || y < 1900) return null;
  const civil = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(civil);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return null;
  return fromCivilMs(civil, time === null);
}

const num = (part: string | undefined) => (part === undefined ? 0 : Number(part));

// dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy, optionally followed by hh:mm[:ss] (or 8h30).
const VI_DATE_THEN_TIME =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;
// hh:mm[:ss] dd/mm/yyyy: several one-stop systems print the time first.
const VI_TIME_THEN_DATE =
  /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?[ ,]+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a time cell: a Date (exceljs hands Excel's civil times over as UTC fields), an Excel serial
 * (whole = a date, fraction = the time of day), dd/mm/yyyy [hh:mm[:ss]], hh:mm[:ss] dd/mm/yyyy,
 * yyyy-mm-dd[Thh:mm[:ss]][zone]. Null when the cell holds something else.
 */
export function readDossierTime(cell: DossierCell): DossierTime | null {
  if (cell instanceof Date) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) return null;
    return fromCivilMs(ms, ms % DAY_MS === 0);
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > LAST_EXCEL_SERIAL) return null;
    // Excel stores seconds as a fraction of a day: round to the second it displays.
    const civil = EXCEL_EPOCH_MS + Math.round((cell * DAY_MS) / 1000) * 1000;
    return fromCivilMs(civil, Number.isInteger(cell));
  }
  if (typeof cell !== 'string') return null;
  let time = readTimes.get(cell);
  if (time === undefined) {
    time = readTimeText(cell);
    if (readTimes.size >= MAX_REMEMBERED_TIMES) readTimes.clear();
    // A fresh copy as the key (see foldWords): the cell may be a slice of a whole CSV chunk.
    readTimes.set(JSON.parse(JSON.stringify(cell)) as string, time);
  }
  return time;
}

// Exports repeat the same date texts (promised and finished days, times to the minute): each
// text is read once and its result remembered, bounded like the folded words. A DossierTime is
// never changed by its readers, so one object serves every row with that text.
const MAX_REMEMBERED_TIMES = 16_384;
const readTimes = new Map<string, DossierTime | null>();

function readTimeText(cell: string): DossierTime | null {
  const trimmed = cell.trim();
  const text = /[^\S ]| {2}/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  const vi = VI_DATE_THEN_TIME.exec(text);
  if (vi) {
    const time = vi[4] === undefined ? null : ([num(vi[4]), num(vi[5]), num(vi[6])] as const);
    return fromParts(num(vi[3]), num(vi[2]), num(vi[1]), time);
  }
  const timeFirst = VI_TIME_THEN_DATE.exec(text);
  if (timeFirst) {
    const time = [num(timeFirst[1]), num(timeFirst[2]), num(timeFirst[3])] as const;
    return fromParts(num(timeFirst[6]), num(timeFirst[5]), num(timeFirst[4]), time);
  }
  const iso = ISO.exec(text);
  if (iso) {
    if (iso[7] !== undefined) {
      if (iso[4] === undefined) return null; // a zone on a bare date means nothing
      const parsed = Date.parse(text.replace(' ', 'T'));
      if (Number.isNaN(parsed)) return null;
      const instant = new Date(parsed).toISOString();
      return { start: instant, end: instant, dateOnly: false };
    }
    const time = iso[4] === undefined ? null : ([num(iso[4]), num(iso[5]), num(iso[6])] as const);
    return fromParts(num(iso[1]), num(iso[2]), num(iso[3]), time);
  }
  // A serial written as text (a CSV saved from Excel without number formats).
  if (/^\d+(\.\d+)?$/.test(text)) return readDossierTime(Number(text));
  return null;
}

const TRUE_WORDS = new Set(['co', 'x', '1', 'true', 'yes', 'da', 'dat', 'y']);
const FALSE_WORDS = new Set(['khong', '0', 'false', 'no', 'chua', '', 'n', '-']);

/**
 * Có/Không, x/(empty), 1/0, true/false, Đã …/Chưa … ("Đã số hóa", "Chưa thanh toán"); an empty
 * cell is "no"; null when the cell says something else.
 */
export function parseDossierFlag(cell: DossierCell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  if (cell === null || cell === undefined) return false;
  if (cell instanceof Date) return null;
  const word = foldWords(cell);
  // "Không …"/"Chưa …" first: "khong co phi" must not read as "co".
  if (FALSE_WORDS.has(word) || word.startsWith('chua ') || word.startsWith('khong ')) return false;
  if (TRUE_WORDS.has(word) || word.startsWith('da ') || word.startsWith('co ')) return true;
  return null;
}

/**
 * Hình thức nộp as exports write it ("Trực tiếp", "Nộp trực tuyến", "Qua dịch vụ BCCI"…),
 * compared folded. Sources: the wording of Nghị định 61/2018 and 107/2021 (tiếp nhận trực tiếp,
 * trực tuyến, qua dịch vụ bưu chính công ích) as one-stop systems print it.
 */
export const CHANNEL_WORDS: Readonly<Record<string, DossierChannel>> = {
  'truc tiep': 'counter',
  'nop truc tiep': 'counter',
  'tiep nhan truc tiep': 'counter',
  'tai quay': 'counter',
  'mot cua': 'counter',
  counter: 'counter',
  'truc tuyen': 'online',
  'nop truc tuyen': 'online',
  'tiep nhan truc tuyen': 'online',
  'dich vu cong truc tuyen': 'online',
  'dvc truc tuyen': 'online',
  'qua mang': 'online',
  online: 'online',
  'buu chinh': 'postal',
  'qua buu chinh': 'postal',
  'buu chinh cong ich': 'postal',
  'qua buu chinh cong ich': 'postal',
  'qua dich vu buu chinh cong ich': 'postal',
  'dich vu buu chinh cong ich': 'postal',
  bcci: 'postal',
  'qua dich vu bcci': 'postal',
  postal: 'postal',
};

/** Trạng thái hồ sơ as exports write it. "Chờ trả kết quả" is finished: the result exists. */
export const STATUS_WORDS: Readonly<Record<string, DossierStatus>> = {
  'dang xu ly': 'processing',
  'dang giai quyet': 'processing',
  'da tiep nhan': 'processing',
  'moi tiep nhan': 'processing',
  'cho xu ly': 'processing',
  'cho phe duyet': 'processing',
  'dang tham dinh': 'processing',
  processing: 'processing',
  'cho bo sung': 'awaiting_supplement',
  'yeu cau bo sung': 'awaiting_supplement',
  'dung xu ly cho bo sung': 'awaiting_supplement',
  'tam dung': 'awaiting_supplement',
  awaiting_supplement: 'awaiting_supplement',
  'da giai quyet': 'finished',
  'da tra ket qua': 'finished',
  'da co ket qua': 'finished',
  'cho tra ket qua': 'finished',
  'hoan thanh': 'finished',
  'da hoan thanh': 'finished',
  'da xu ly xong': 'finished',
  'ket thuc': 'finished',
  finished: 'finished',
  'tra lai': 'returned',
  'da tra lai': 'returned',
  'tu choi': 'returned',
  'tu choi tiep nhan': 'returned',
  'khong du dieu kien giai quyet': 'returned',
  returned: 'returned',
  'rut ho so': 'withdrawn',
  'xin rut': 'withdrawn',
  'cong dan rut': 'withdrawn',
  'cong dan xin rut': 'withdrawn',
  'da rut': 'withdrawn',
  withdrawn: 'withdrawn',
};

/**
 * Mức độ trực tuyến: "Một phần"/"Toàn trình" (Nghị định 42/2022) and the older "Mức độ 3/4" of
 * Nghị định 43/2011 that exports of older systems still write.
 */
export const LEVEL_WORDS: Readonly<Record<string, OnlineLevel>> = {
  'mot phan': 'partial',
  'dvc mot phan': 'partial',
  'truc tuyen mot phan': 'partial',
  'dich vu cong truc tuyen mot phan': 'partial',
  'muc do 3': 'partial',
  'muc 3': 'partial',
  '3': 'partial',
  partial: 'partial',
  'toan trinh': 'full',
  'dvc toan trinh': 'full',
  'truc tuyen toan trinh': 'full',
  'dich vu cong truc tuyen toan trinh': 'full',
  'muc do 4': 'full',
  'muc 4': 'full',
  '4': 'full',
  full: 'full',
};

/**
 * Mức độ hài lòng as a 1–5 rating: the digit, or the words of the five-point scale
 * (rất không hài lòng 1 … rất hài lòng 5; "bình thường" 3).
 */
export const RATING_WORDS: Readonly<Record<string, number>> = {
  'rat khong hai long': 1,
  'khong hai long': 2,
  'binh thuong': 3,
  'chap nhan duoc': 3,
  'hai long': 4,
  'rat hai long': 5,
};

/** A word cell looked up folded in `words` ("Trực tuyến", "TRUC TUYEN" alike); undefined when unknown. */
export function lookUpWord<T>(words: Readonly<Record<string, T>>, text: string): T | undefined {
  const key = foldWords(text);
  return Object.hasOwn(words, key) ? words[key] : undefined;
}

/** A rating 1–5 from a digit ("5", 5, "5 - Rất hài lòng") or the scale's words; null when neither. */
export function parseDossierRating(cell: DossierCell): number | null {
  if (typeof cell === 'number')
    return Number.isInteger(cell) && cell >= 1 && cell <= 5 ? cell : null;
  if (typeof cell !== 'string') return null;
  const leadingDigit = /^\s*(\d+(?:[.,]\d+)?)(?:\s*[-–:.)]\s*\D.*)?\s*$/.exec(cell);
  if (leadingDigit) {
    const value = Number(leadingDigit[1]!.replace(',', '.'));
    return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
  }
  return lookUpWord(RATING_WORDS, cell) ?? null;
}
