import { foldVietnamese } from './fold-vietnamese';

// Vietnamese writes numbers as 1.234,5 (dot groups thousands, comma marks decimals) and dates
// as dd/mm/yyyy. Values are stored as numbers and ISO 'YYYY-MM-DD'; these convert at the edges.

const numberFormatters = new Map<number, Intl.NumberFormat>();

/** Định dạng số kiểu Việt Nam: 1234.5 → "1.234,5", 88.09 → "88,09"; throws on NaN or ±Infinity. */
export function formatViNumber(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  let formatter = numberFormatters.get(maxFractionDigits);
  if (!formatter) {
    // signDisplay 'negative' keeps -0.001 rounded to two digits from printing as "-0".
    formatter = new Intl.NumberFormat('vi-VN', {
      maximumFractionDigits: maxFractionDigits,
      signDisplay: 'negative',
    });
    numberFormatters.set(maxFractionDigits, formatter);
  }
  return formatter.format(value);
}

/** Đọc số kiểu Việt Nam hoặc quốc tế ("1.234,5", "1,234.5", "88,09", "97,2 %"); null when the text is not one number. */
export function parseViNumber(text: string): number | null {
  const match = /^([-+\u2212]?)([\d.,]+)(?:\s*%)?$/.exec(text.trim());
  if (!match) return null;
  const digits = toPlainDecimal(match[2] ?? '');
  if (digits === null) return null;
  const magnitude = Number(digits);
  if (!Number.isFinite(magnitude)) return null;
  const isNegative = match[1] === '-' || match[1] === '\u2212';
  return isNegative && magnitude !== 0 ? -magnitude : magnitude;
}

/** Rewrites "1.234,5"-style digits as "1234.5", or null when the separators are inconsistent. */
function toPlainDecimal(body: string): string | null {
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  if (!hasDot && !hasComma) return body;
  if (hasDot && hasComma) {
    // Both marks: whichever comes last is the decimal mark, the other groups thousands.
    const decimalMark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    const parts = body.split(decimalMark);
    const integer = parts.length === 2 ? removeGrouping(parts[0] ?? '', groupMark) : null;
    const fraction = parts[1] ?? '';
    return integer !== null && /^\d+$/.test(fraction) ? `${integer}.${fraction}` : null;
  }
  const mark = hasDot ? '.' : ',';
  const parts = body.split(mark);
  if (parts.length > 2) return removeGrouping(body, mark);
  // A single mark is decimal ("88,09", "88.09"), except that a dot followed by exactly three
  // digits is the Vietnamese thousands separator ("1.234" = 1234).
  if (mark === '.') {
    const grouped = removeGrouping(body, mark);
    if (grouped !== null) return grouped;
  }
  const [integer = '', fraction = ''] = parts;
  return /^\d+$/.test(integer) && /^\d+$/.test(fraction) ? `${integer}.${fraction}` : null;
}

/** "1.234.567" → "1234567" when every group after the first has three digits; otherwise null. */
function removeGrouping(text: string, mark: string): string | null {
  const groups = text.split(mark);
  if (groups.length === 1) return /^\d+$/.test(text) ? text : null;
  const [head = '', ...tail] = groups;
  // A leading 0 ("0.500") cannot start a grouped number, so such text is read as a decimal.
  const isGrouped = /^[1-9]\d{0,2}$/.test(head) && tail.every((group) => /^\d{3}$/.test(group));
  return isGrouped ? groups.join('') : null;
}

/** True for an ISO calendar date 'YYYY-MM-DD' that exists (no 31/02, 29/02 only in leap years). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && toIsoDate(match[1], match[2], match[3]) === text;
}

/** Ngày kiểu Việt Nam: "2024-03-22" → "22/03/2024"; throws on a text that is not an ISO date. */
export function formatViDate(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Đọc ngày: accepts "22/03/2024", "2/3/2024", "22-03-2024", "22.03.2024", "2024-03-22" and
 * "ngày 22 tháng 3 năm 2024"; returns ISO 'YYYY-MM-DD', or null for an impossible date or a
 * two-digit year.
 */
export function parseViDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return toIsoDate(iso[1], iso[2], iso[3]);
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(trimmed);
  if (dayFirst) return toIsoDate(dayFirst[4], dayFirst[3], dayFirst[1]);
  const spelled = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(foldVietnamese(trimmed));
  if (spelled) return toIsoDate(spelled[3], spelled[2], spelled[1]);
  return null;
}

function toIsoDate(
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined,
): string | null {
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  // Day 0 of the next month is the last day of this one (UTC avoids DST surprises).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null;
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Ngày giờ: an instant with an explicit offset ("2024-03-22T07:05:00Z") → "22/03/2024 14:05"
 * in Vietnam time by default. Throws on an unparseable instant or one without Z/offset, which
 * would otherwise be read in the server's own time zone.
 */
export function formatViDateTime(isoInstant: string, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(isoInstant.trim());
  const instant = new Date(isoInstant);
  if (!hasZone || Number.isNaN(instant.getTime())) {
    throw new RangeError(`Not an ISO instant with a time zone: ${isoInstant}`);
  }
  let formatter = dateTimeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('vi-VN', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}
