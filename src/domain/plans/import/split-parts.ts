// Chia phần văn bản (owner: the noise/header piece). PLACEHOLDER rules: header up to the line
// after "KẾ HOẠCH", closing from "Nơi nhận", appendix from "PHỤ LỤC".
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { DocumentParts, Paragraph } from './paragraph';

/** Phần của văn bản: header (through the title), body, closing (Nơi nhận, chữ ký), appendix (Phụ lục). */
export function splitParts(paragraphs: readonly Paragraph[]): DocumentParts {
  const find = (from: number, pattern: RegExp) => {
    const at = paragraphs.findIndex(
      (paragraph, index) => index >= from && pattern.test(foldVietnamese(paragraph.text)),
    );
    return at < 0 ? paragraphs.length : at;
  };
  const title = find(0, /^ke hoach$/);
  const bodyStart = title < paragraphs.length ? Math.min(title + 2, paragraphs.length) : 0;
  const appendixStart = find(bodyStart, /^phu luc\b/);
  const closingStart = Math.min(find(bodyStart, /^noi nhan/), appendixStart);
  return {
    header: paragraphs.slice(0, bodyStart),
    body: paragraphs.slice(bodyStart, closingStart),
    closing: paragraphs.slice(closingStart, appendixStart),
    appendix: paragraphs.slice(appendixStart),
  };
}
