// Plumbing: the one file of a multipart upload, buffered under a size limit (a larger file is
// refused with 413 by the error handler before anything is read into a workbook).
import type { FastifyRequest } from 'fastify';
import { stripForbiddenCharacters } from '@contract/text-safety';
import { validationError } from './app-error';

/** The uploaded file's bytes and name, or a 400 when the request carries no file. */
export async function readUploadedFile(
  request: FastifyRequest,
  maxBytes: number,
  missingMessage = 'Hãy chọn tệp Excel (.xlsx) để nhập.',
): Promise<{ buffer: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw validationError(missingMessage);
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file) throw validationError(missingMessage);
  // The name is stored and shown; a control character in it would be refused by PostgreSQL or XML.
  const fileName = stripForbiddenCharacters(file.filename);
  return { buffer: await file.toBuffer(), fileName };
}
