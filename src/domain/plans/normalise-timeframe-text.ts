// Normalising a timeframe cell before it is read: the text as a person wrote it (cleaned), and a
// folded form with one spelling of punctuation and without the words that carry no timing.
import { foldVietnamese } from '../shared/fold-vietnamese';

// Words that carry no timing around the timing itself: "Hoàn thành trong Quý II", "(nếu có)".
const NO_TIMING_PREFIX =
  /^(?:(?:thoi gian (?:thuc hien|hoan thanh)|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?|du kien|hoan thanh|thuc hien|trien khai|tien hanh)(?: xong)?:? )(?=\S)/;
// "(nếu có)", "(dự kiến)", "(nếu trùng ngày nghỉ thì …)": a condition or hedge, not the schedule.
const NO_TIMING_SUFFIX = /(?:,? \((?:neu co|du kien|neu [^)]*)\)|,? neu co)$/;
// "Định kỳ tháng 12/2024", "định kỳ quý I": the regular session of that one period.
const REGULAR_SESSION = /^dinh ky (?=(?:thang|qu[yi]) [\divx])/;
// "07 giờ 30 ngày 07/01/2021": the hour is finer than a plan is judged by.
const HOUR_BEFORE_DAY =
  /^\d{1,2} ?(?:gio|h)(?: ?\d{1,2}'?)?(?: phut)?,? (?:(?:sang|chieu|toi) )?(?=ngay \d)/;

/** Văn bản đã chuẩn hoá: `cleaned` keeps the writer's words; `folded` is what the grammar reads. */
export function normaliseTimeframeText(text: string): { cleaned: string; folded: string } {
  const cleaned = cleanText(text);
  return { cleaned, folded: stripNoTiming(foldPunctuation(foldVietnamese(cleaned))) };
}

/** The text as a person wrote it, minus PDF line breaks, doubled spaces and a closing full stop. */
function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;]+$/, '');
}

// Legal style spells a number out after writing it: "ngày 15 (mười lăm)", "tháng 06 (sáu)".
const SPELLED_NUMBER = /\s*\((?:(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|linh|le) ?)+\)/g;

/** Spaces around "/", "-", "," and brackets vary between plans; these settle them to one form. */
function foldPunctuation(folded: string): string {
  return folded
    .replace(SPELLED_NUMBER, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\(\s*/g, '(')
    .replace(/\s*\)/g, ')')
    .replace(/[\s.,;:]+$/, '');
}

/** "Hoàn thành trước 30/6/2024", "Thực hiện: Quý II/2024", "Quý III/2024 (nếu có)": the timing alone. */
function stripNoTiming(folded: string): string {
  let current = folded;
  for (let previous = ''; previous !== current;) {
    previous = current;
    current = current
      .replace(NO_TIMING_PREFIX, '')
      .replace(NO_TIMING_SUFFIX, '')
      .replace(HOUR_BEFORE_DAY, '')
      .replace(REGULAR_SESSION, '')
      .trim();
  }
  return current;
}
