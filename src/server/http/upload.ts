// Plumbing: the one file of a multipart upload, buffered under a size limit. A file over the limit
// is refused with 413 — including one @fastify/multipart cut at the limit without throwing (busboy
// marks it `truncated` but, when the cut falls on a chunk boundary, pushes no further chunk for
// toBuffer() to notice), so a cut file is never stored or imported.
import type { FastifyRequest } from 'fastify';
import { stripForbiddenCharacters } from '@contract/text-safety';
import { AppError, validationError } from './app-error';

/** "5 MB", "20 MB": how the limit is named to the user. */
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** 413 naming the limit, in the error shape every route answers with. */
export const fileTooLarge = (maxBytes: number) =>
  new AppError(
    413,
    'PAYLOAD_TOO_LARGE',
    `Tệp quá lớn (tối đa ${megabytes(maxBytes)}); chưa có dữ liệu nào được ghi.`,
  );

/** The uploaded file's bytes and name, a 400 when the request carries no file, a 413 past `maxBytes`. */
export async function readUploadedFile(
  request: FastifyRequest,
  maxBytes: number,
  missingMessage = 'Hãy chọn tệp Excel (.xlsx) để nhập.',
): Promise<{ buffer: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw validationError(missingMessage);
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file) throw validationError(missingMessage);
  let buffer: Buffer;
  try {
    buffer = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw fileTooLarge(maxBytes);
    throw error;
  }
  if (file.file.truncated || buffer.length > maxBytes) throw fileTooLarge(maxBytes);
  // The name is stored and shown; a control character in it would be refused by PostgreSQL or XML.
  return { buffer, fileName: stripForbiddenCharacters(file.filename) };
}
