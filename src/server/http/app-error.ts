// Plumbing: errors a service or route throws on purpose; the error handler turns them into the
// API's one error shape `{ code, message, details? }`.
import { ERROR_CODES, type ErrorDetail } from '@contract/common';

/** An expected failure with its HTTP status, stable code and Vietnamese message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }
}

/** 400: the input is wrong; `details` say where. */
export const validationError = (message: string, details?: ErrorDetail[]) =>
  new AppError(400, ERROR_CODES.validation, message, details);

/** 404 — also used for objects of another tenant, so their existence is never revealed. */
export const notFound = (message = 'Không tìm thấy dữ liệu yêu cầu.') =>
  new AppError(404, ERROR_CODES.notFound, message);

/** 403: signed in, but this role does not allow the action here. */
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError(403, ERROR_CODES.forbidden, message);

/** 401: no valid session. */
export const unauthenticated = (message = 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.') =>
  new AppError(401, ERROR_CODES.unauthenticated, message);

/** 503: the database cannot be reached right now (e.g. the embedded server is being restarted). */
export const databaseUnavailable = () =>
  new AppError(
    503,
    ERROR_CODES.databaseUnavailable,
    'Cơ sở dữ liệu tạm thời không truy cập được; hệ thống đang khôi phục, vui lòng thử lại sau ít phút.',
  );

/** 409: the request clashes with existing data (e.g. a duplicate code). */
export const conflict = (message: string, details?: ErrorDetail[]) =>
  new AppError(409, ERROR_CODES.conflict, message, details);

/** 412: someone saved a newer version since this one was read. */
export const versionMismatch = (currentVersion: number) =>
  new AppError(
    412,
    ERROR_CODES.preconditionFailed,
    'Dữ liệu đã được người khác thay đổi sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
    [{ field: 'version', message: `Phiên bản hiện tại: ${currentVersion}` }],
  );
