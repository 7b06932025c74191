// PLACEHOLDER (issue 11, server helper): reads .txt/.md only, so the import routes, job, CLI and
// bench can run before the readers helper's version lands. The lead keeps the readers helper's
// file at merge; only the exports below (same names, same signatures) are relied on.
import type { SourceDocument } from '@domain/plans/import/source-document';
import { plainTextDocument } from '@domain/plans/import/source-document';
import { validationError } from '../../http/app-error';

/** Giới hạn tệp kế hoạch: the upload cap (bytes). */
export const PLAN_SOURCE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
} as const;

const ONLY_THESE = 'Chỉ nhận tệp .docx, .pdf, .txt hoặc .md.';

/** Đọc tệp kế hoạch: UTF-8 text → SourceDocument; anything else is refused (400) before reading. */
export async function readPlanSource(buffer: Buffer, fileName: string): Promise<SourceDocument> {
  if (!/\.(txt|md)$/i.test(fileName)) throw validationError(ONLY_THESE);
  if (buffer.length === 0) throw validationError('Tệp trống: không có nội dung để nhập.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw validationError(`Tệp không phải văn bản UTF-8. ${ONLY_THESE}`);
  }
  // A NUL byte is valid UTF-8 but never text: a binary file renamed .txt.
  if (text.includes('\u0000')) throw validationError(`Tệp không phải văn bản. ${ONLY_THESE}`);
  if (!text.trim()) throw validationError('Tệp trống: không có nội dung để nhập.');
  return plainTextDocument(text.replace(/^\uFEFF/, ''));
}
