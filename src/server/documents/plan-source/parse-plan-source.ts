// Decides what an uploaded plan document is by its bytes — never by its name alone — and reads it
// into the SourceDocument. Runs inside the reader's worker thread (read-plan-source.ts), so it
// imports nothing from the HTTP layer and refuses with PlanSourceRefusal.
import { fileTypeFromBuffer } from 'file-type';
import type { SourceDocument } from '@domain/plans/import/source-document';
import { openSafeZip, type ZipLimits } from '../zip-guard';
import { readDocxSource } from './docx-source';
import { readPdfSource } from './pdf-source';
import { PLAN_SOURCE_LIMITS, refusals } from './plan-source-limits';
import { readMarkdownSource, readTextSource } from './text-source';

const DOCX_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: PLAN_SOURCE_LIMITS.maxUncompressedBytes,
  maxEntries: PLAN_SOURCE_LIMITS.maxEntries,
  errors: {
    corrupt: refusals.corruptDocx,
    tooLarge: refusals.docxTooLarge,
    tooManyEntries: refusals.docxTooManyEntries,
  },
};

/** Starts like a zip archive (PK\3\4): a .docx, an .xlsx, or anything else zipped. */
const isZip = (buffer: Buffer) =>
  buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/**
 * Text as the bytes hold it: UTF-16 with its byte-order mark, else UTF-8 (a BOM dropped). Null when
 * it is not text: invalid UTF-8, or NUL characters (a binary, or UTF-16 without its mark).
 */
export function decodeText(buffer: Buffer): string | null {
  let text: string;
  try {
    if (buffer[0] === 0xff && buffer[1] === 0xfe)
      text = new TextDecoder('utf-16le', { fatal: true }).decode(buffer.subarray(2));
    else if (buffer[0] === 0xfe && buffer[1] === 0xff)
      text = new TextDecoder('utf-16be', { fatal: true }).decode(buffer.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return null;
  }
  return text.includes('\u0000') ? null : text;
}

/** Starts with the byte-order mark of UTF-8 or UTF-16: text, whatever else its bytes resemble. */
const hasByteOrderMark = (buffer: Buffer) =>
  (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) ||
  (buffer[0] === 0xff && buffer[1] === 0xfe) ||
  (buffer[0] === 0xfe && buffer[1] === 0xff);

/** Control bytes other than tab, newlines and form feed: what text never holds and binaries do. */
function looksBinary(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 4096);
  let control = 0;
  for (const byte of head) if (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte)) control++;
  return control * 100 > head.length; // over 1 %
}

/** A zip that is a Word document, opened; anything else zipped is refused for what it is. */
async function readZip(buffer: Buffer): Promise<SourceDocument> {
  const zip = await openSafeZip(buffer, DOCX_ZIP_LIMITS);
  if (zip.file('word/document.xml')) return readDocxSource(zip);
  if (zip.file('xl/workbook.xml') || zip.file(/^xl\//).length > 0) throw refusals.spreadsheet();
  throw refusals.notAPlanDocument();
}

/** Reads a plan document of any accepted kind; `fileName` only tells Markdown from plain text. */
export async function parsePlanSource(buffer: Buffer, fileName: string): Promise<SourceDocument> {
  if (buffer.length === 0) throw refusals.empty();
  if (buffer.length > PLAN_SOURCE_LIMITS.maxBytes) throw refusals.tooLarge();
  if (isZip(buffer)) return readZip(buffer);
  // A byte-order mark first: file-type takes UTF-16's FF FE for an MPEG audio frame.
  const detected = hasByteOrderMark(buffer) ? undefined : await fileTypeFromBuffer(buffer);
  if (detected?.mime === 'application/pdf') return readPdfSource(new Uint8Array(buffer));
  if (detected?.mime.startsWith('image/')) throw refusals.image();
  if (detected?.ext === 'cfb') throw refusals.legacyWord();
  if (detected?.ext === 'rtf') throw refusals.rtf();
  if (detected) throw refusals.notAPlanDocument();
  const text = decodeText(buffer);
  if (text === null) throw looksBinary(buffer) ? refusals.notAPlanDocument() : refusals.notUtf8();
  if (!text.trim()) throw refusals.empty();
  return /\.(?:md|markdown)$/i.test(fileName) ? readMarkdownSource(text) : readTextSource(text);
}
