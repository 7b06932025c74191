// Plumbing: the one file of a multipart upload streamed to a file on disk, never buffered whole
// (a province's yearly dossier export is gigabytes). Past `maxBytes` the upload is cut, the partial
// file deleted and a 413 thrown, so nothing of a refused file stays behind.
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { stripForbiddenCharacters } from '@contract/text-safety';
import { validationError } from './app-error';
import { fileTooLarge } from './upload';

/** A file saved from an upload: where it lies, its uploaded name, its size in bytes. */
export interface SavedUpload {
  path: string;
  fileName: string;
  sizeBytes: number;
}

/** Streams the request's file into a new file in `folder`; 400 without a file, 413 past `maxBytes`. */
export async function saveUploadedFile(
  request: FastifyRequest,
  options: { folder: string; maxBytes: number; missingMessage: string },
): Promise<SavedUpload> {
  if (!request.isMultipart()) throw validationError(options.missingMessage);
  const file = await request.file({ limits: { fileSize: options.maxBytes, files: 1 } });
  if (!file) throw validationError(options.missingMessage);
  await mkdir(options.folder, { recursive: true });
  const path = join(options.folder, `${randomUUID()}.upload`);
  let sizeBytes = 0;
  file.file.on('data', (chunk: Buffer) => (sizeBytes += chunk.length));
  try {
    await pipeline(file.file, createWriteStream(path, { flags: 'wx' }));
  } catch (error) {
    await rm(path, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw fileTooLarge(options.maxBytes);
    throw error;
  }
  // busboy may cut at the limit without an error (see upload.ts): a cut file is never kept.
  if (file.file.truncated || sizeBytes > options.maxBytes) {
    await rm(path, { force: true });
    throw fileTooLarge(options.maxBytes);
  }
  return { path, fileName: stripForbiddenCharacters(file.filename), sizeBytes };
}
