// Test plumbing: paragraphs and parts of a small text, as the importer's stages see them.
import { cleanSource } from './clean-source';
import type { DocumentParts, Paragraph } from './paragraph';
import { plainTextDocument } from './source-document';
import { splitParts } from './split-parts';

/** Đoạn của một văn bản thuần: the cleaner's paragraphs of `lines` joined as a .txt. */
export function paragraphsOf(lines: readonly string[]): Paragraph[] {
  return cleanSource(plainTextDocument(lines.join('\n')), []);
}

/** Phần của một văn bản thuần: header, body, closing and appendix of `lines`. */
export function partsOf(lines: readonly string[]): DocumentParts {
  return splitParts(paragraphsOf(lines));
}

/** One paragraph per text, numbered from line 0, as a stage's input. */
export function paragraphs(...texts: string[]): Paragraph[] {
  return texts.map((text, index) => ({ text, span: { from: index, to: index }, hints: {} }));
}

/** A printed page's lines with a blank line after each, as PDF-to-text gives them. */
export function pdfLines(...lines: string[]): string[] {
  return lines.flatMap((line) => [line, '']);
}
