// Plumbing: the one place that turns any failure into the API's error shape
// `{ code, message, details? }` with a Vietnamese message and a stable code.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CODES, type ApiError } from '@contract/common';
import { AppError, databaseUnavailable } from './app-error';

// Failures that mean "PostgreSQL is not there" rather than "this request is wrong": refused or cut
// connections, and the server's own shutdown / starting-up / crash-recovery refusals (class 57P).
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03']);

function isDatabaseUnreachable(error: unknown): boolean {
  // Drizzle wraps the driver's error (DrizzleQueryError): look through the causes.
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (/^Connection terminated( unexpectedly)?$/.test(cause.message)) return true;
  }
  return false;
}

function fromAppError(error: AppError): { status: number; body: ApiError } {
  return {
    status: error.status,
    body: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    },
  };
}

function toApiError(error: FastifyError): { status: number; body: ApiError } {
  if (error instanceof AppError) return fromAppError(error);
  if (isDatabaseUnreachable(error)) return fromAppError(databaseUnavailable());
  if (hasZodFastifySchemaValidationErrors(error)) {
    // A malformed id in the path cannot name anything: answer as for an unknown id.
    if (error.validationContext === 'params') {
      return {
        status: 404,
        body: { code: ERROR_CODES.notFound, message: 'Không tìm thấy dữ liệu yêu cầu.' },
      };
    }
    const details = error.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || null,
      message: v.message ?? 'Giá trị không hợp lệ.',
    }));
    return {
      status: 400,
      body: {
        code: ERROR_CODES.validation,
        message: `Dữ liệu chưa hợp lệ: ${details.map((d) => d.message).join('; ')}`,
        details,
      },
    };
  }
  switch (error.code) {
    case 'FST_CSRF_MISSING_SECRET':
    case 'FST_CSRF_INVALID_TOKEN':
      return {
        status: 403,
        body: {
          code: ERROR_CODES.csrf,
          message: 'Phiên làm việc không hợp lệ hoặc đã cũ. Hãy tải lại trang rồi thử lại.',
        },
      };
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        body: { code: 'PAYLOAD_TOO_LARGE', message: 'Tệp hoặc dữ liệu gửi lên quá lớn.' },
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        body: {
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: 'Định dạng dữ liệu gửi lên không được hỗ trợ.',
        },
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return {
        status: 400,
        body: { code: ERROR_CODES.validation, message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' },
      };
    case '23505': // unique violation that slipped past a service check (two writers at once)
      return {
        status: 409,
        body: {
          code: ERROR_CODES.conflict,
          message: 'Dữ liệu bị trùng với một bản ghi vừa được lưu. Hãy tải lại và kiểm tra.',
        },
      };
  }
  if (error.statusCode === 429) {
    return { status: 429, body: { code: ERROR_CODES.tooManyRequests, message: error.message } };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return {
      status: error.statusCode,
      body: { code: error.code ?? 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' },
    };
  }
  return {
    status: 500,
    body: {
      code: ERROR_CODES.internal,
      message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
    },
  };
}

/** Installs the error and not-found handlers for /api. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = toApiError(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send(body);
  });
}
