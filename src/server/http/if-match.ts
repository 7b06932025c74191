// Plumbing: optimistic concurrency — edits carry `If-Match: "<version>"`; a stale one gets 412.
import type { FastifyRequest } from 'fastify';
import { ERROR_CODES } from '@contract/common';
import { AppError, validationError } from './app-error';

/** The version the client last read, from the If-Match header (required on edits: 428 without). */
export function readIfMatchVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined) {
    throw new AppError(
      428,
      ERROR_CODES.preconditionRequired,
      'Thiếu phiên bản dữ liệu (If-Match). Hãy tải lại trang rồi sửa lại.',
    );
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match) throw validationError('Phiên bản dữ liệu (If-Match) không hợp lệ.');
  return Number(match[1]);
}
