// The small parts of OOXML (the XML inside .xlsx) the sheet scanner needs: attributes, entities,
// shared strings, which cell styles are dates, and A1 addresses. Regular expressions over one
// part at a time are enough here because these parts are machine-written and flat; what they
// cannot read is refused by the caller, never guessed.
import { SpreadsheetRefusal } from './spreadsheet-table';

/** `name="value"` or `name='value'` pairs of one tag's attribute text, prefixes dropped (`r:id` → `id`). */
export function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = match[1]!.replace(/^.*:/, '');
    if (!attributes.has(name)) attributes.set(name, decodeXmlText(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/** Decodes XML entities; a character reference outside Unicode is refused rather than thrown on. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code >= 0 && code <= 0x10ffff))
      throw new SpreadsheetRefusal('Tệp .xlsx chứa ký tự không hợp lệ.');
    return String.fromCodePoint(code);
  });
}

/** The texts of `<t>` runs, phonetic guides (`<rPh>`) left out: a shared or inline rich string. */
export function readRunText(xml: string): string {
  const withoutPhonetics = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetics.matchAll(
    /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g,
  ))
    text += decodeXmlText(match[1]!);
  return text;
}

/** sharedStrings.xml → its strings in order, each `<si>` one entry. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g))
    strings.push(readRunText(match[1] ?? ''));
  return strings;
}

/** Excel's built-in number formats that show a date or time (ids 14–22, 27–36, 45–47, 50–58). */
function isBuiltInDateFormat(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** A custom format shows a date when it has y/m/d/h/s outside quotes and brackets (as exceljs decides). */
function isDateFormatCode(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** styles.xml → the indexes of cell styles (`<c s="…">`) that format a number as a date. */
export function readDateStyles(xml: string): Set<number> {
  const customFormats = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const attributes = readAttributes(match[1]!);
    customFormats.set(Number(attributes.get('numFmtId')), attributes.get('formatCode') ?? '');
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const dateStyles = new Set<number>();
  let index = 0;
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(readAttributes(match[1]!).get('numFmtId') ?? 0);
    const custom = customFormats.get(id);
    if (custom !== undefined ? isDateFormatCode(custom) : isBuiltInDateFormat(id))
      dateStyles.add(index);
    index++;
  }
  return dateStyles;
}

/** Excel's day number → "2025-07-01" (1900 or 1904 date system), or null when out of range. */
export function excelDateText(serial: number, date1904: boolean): string | null {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** "ALL200000" → { row: 200000, column: 1000 }; null when it is not an A1 address. */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?([0-9]{1,7})$/.exec(address.toUpperCase());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1]!) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/** 5 → "E", 1000 → "ALL". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
