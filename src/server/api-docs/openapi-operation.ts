// Plumbing for the OpenAPI document: one contract endpoint and the access its route declares →
// the operation (summary, tags, the action `can()` checks, security, file bodies and downloads),
// and the errors every operation may answer with in the API's one error shape.
import type { EndpointDefinition } from '@contract/endpoint';
import { ACTIONS, type Action } from '@domain/permissions/action';
import { ROLE_LABELS, ROLES } from '@domain/permissions/role';
import { ROLE_ACTIONS } from '@domain/permissions/role-actions';
import { describeEndpointName } from './endpoint-tags';

/** The extension on each operation naming the action the route authorises ('public', 'authenticated' or a `can()` action). */
export const ACTION_EXTENSION = 'x-parplan-action';
/** components.schemas name of the error shape `{ code, message, details? }`. */
export const API_ERROR_SCHEMA = 'ApiError';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// A download's type from the extension its path ends with; other downloads (evidence, an uploaded
// original document) are sent with the stored file's own Content-Type.
const DOWNLOAD_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

const binary = { type: 'string', format: 'binary' } as const;

/** What the route helper registered for one API route: its contract endpoint and access rule. */
export interface DocumentedRoute {
  endpoint: EndpointDefinition;
  /** 'public', 'authenticated' or the action `can()` decides. */
  access: string;
}

/** "Quyền: plan.manage (ghi, …). Vai trò có quyền này: …" — the description of the access rule. */
export function describeAccess(access: string): string {
  if (access === 'public') return 'Không cần đăng nhập.';
  if (access === 'authenticated')
    return 'Cần đăng nhập; mọi người dùng đã đăng nhập, thao tác trên chính tài khoản, phiên của mình.';
  if (!(access in ACTIONS)) return `Quyền: \`${access}\`.`;
  const action = access as Action;
  const definition: { kind: 'read' | 'write'; reach?: string } = ACTIONS[action];
  const reach =
    definition.kind === 'read'
      ? 'xem; trên đơn vị được giao vai trò và các đơn vị trực thuộc'
      : definition.reach === 'tenant'
        ? 'ghi; chỉ vai trò trên đơn vị gốc của tỉnh'
        : 'ghi; trên đơn vị được giao vai trò và các đơn vị trực thuộc';
  const roles = ROLES.filter((role) => ROLE_ACTIONS[role].includes(action)).map(
    (role) => ROLE_LABELS[role],
  );
  return `Quyền: \`${action}\` (${reach}). Vai trò có quyền này: ${roles.join(', ')}.`;
}

/** The zod schemas of a route schema, which the zod type provider's transform turns into JSON Schema. */
export interface ZodRouteSchemas {
  params?: unknown;
  querystring?: unknown;
  body?: unknown;
  response?: Record<number, unknown>;
}

/**
 * The route schema @fastify/swagger reads for one endpoint: `convert` turns the contract's zod
 * schemas into JSON Schema; a multipart upload is one file field, a download binary of the type
 * its path names (neither is a zod schema, so neither goes through `convert`).
 */
export function operationSchema(
  { endpoint, access }: DocumentedRoute,
  options: {
    csrfExempt: ReadonlySet<string>;
    convert: (schemas: ZodRouteSchemas) => Record<string, unknown>;
  },
): Record<string, unknown> {
  const { tag, operationId } = describeEndpointName(endpoint);
  const status = endpoint.status ?? 200;
  const needsCsrf = !SAFE_METHODS.has(endpoint.method) && !options.csrfExempt.has(endpoint.path);
  const security =
    access === 'public'
      ? needsCsrf
        ? [{ csrfToken: [] }]
        : []
      : [{ sessionCookie: [], ...(needsCsrf ? { csrfToken: [] } : {}) }];
  const notes = [describeAccess(access)];
  if (needsCsrf) notes.push('Gửi kèm mã CSRF (`x-csrf-token`, lấy từ `GET /api/auth/me`).');
  if (endpoint.multipart) notes.push('Gửi tệp dạng multipart/form-data, một tệp.');
  const converted = options.convert({
    ...(endpoint.params ? { params: endpoint.params } : {}),
    ...(endpoint.query ? { querystring: endpoint.query } : {}),
    ...(endpoint.body && !endpoint.multipart ? { body: endpoint.body } : {}),
    ...(endpoint.download ? {} : { response: { [status]: endpoint.response } }),
  });
  const response = converted.response as Record<number, object> | undefined;
  return {
    ...converted,
    summary: endpoint.summary,
    description: notes.join('\n\n'),
    tags: [tag],
    operationId,
    security,
    [ACTION_EXTENSION]: access,
    ...(endpoint.multipart ? { body: multipartBody() } : {}),
    response: endpoint.download
      ? { [status]: downloadResponse(endpoint.path) }
      : { [status]: { ...response?.[status], 'x-response-description': 'Thành công.' } },
  };
}

function multipartBody() {
  return {
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file'],
          properties: { file: { ...binary, description: 'Tệp gửi lên.' } },
        },
      },
    },
  };
}

function downloadResponse(path: string) {
  const extension = /\.([a-z]+)$/.exec(path)?.[1];
  const type = (extension && DOWNLOAD_TYPES[extension]) ?? 'application/octet-stream';
  return {
    description:
      type === 'application/octet-stream'
        ? 'Tệp tải về, với Content-Type của tệp đã lưu và Content-Disposition (tên tệp UTF-8).'
        : `Tệp .${extension} tải về, với Content-Disposition (tên tệp UTF-8).`,
    content: { [type]: { schema: binary } },
  };
}

/** A response in the error shape with its Vietnamese meaning. */
const errorResponse = (description: string) => ({
  description,
  content: {
    'application/json': { schema: { $ref: `#/components/schemas/${API_ERROR_SCHEMA}` } },
  },
});

/**
 * The errors an operation may answer with, all in the one error shape: 400 always (inputs, text
 * safety), 401 unless public, 403 for a `can()` action or a CSRF-checked write, 404 with path
 * parameters (unknown ids and other tenants' objects alike), 413 for uploads, the rest as 4XX/5XX.
 */
export function errorResponses(operation: {
  [ACTION_EXTENSION]?: unknown;
  security?: Record<string, unknown>[];
  parameters?: { in: string }[];
  requestBody?: { content?: Record<string, unknown> };
}): Record<string, unknown> {
  const access = String(operation[ACTION_EXTENSION] ?? 'public');
  const hasCsrf = operation.security?.some((requirement) => 'csrfToken' in requirement) ?? false;
  const responses: Record<string, unknown> = {
    400: errorResponse('Dữ liệu chưa hợp lệ (VALIDATION_FAILED); `details` chỉ ra trường sai.'),
  };
  if (access !== 'public')
    responses[401] = errorResponse('Chưa đăng nhập hoặc phiên đã hết hạn (UNAUTHENTICATED).');
  if ((access !== 'public' && access !== 'authenticated') || hasCsrf)
    responses[403] = errorResponse(
      'Vai trò không có quyền thực hiện thao tác này (FORBIDDEN) hoặc mã CSRF sai (CSRF_INVALID).',
    );
  if (operation.parameters?.some((parameter) => parameter.in === 'path'))
    responses[404] = errorResponse(
      'Không tìm thấy (NOT_FOUND) — cũng là câu trả lời cho dữ liệu của tỉnh khác.',
    );
  if (operation.requestBody?.content?.['multipart/form-data'])
    responses[413] = errorResponse(
      'Tệp quá lớn (PAYLOAD_TOO_LARGE); chưa có dữ liệu nào được ghi.',
    );
  responses['4XX'] = errorResponse(
    'Lỗi khác của yêu cầu: 409 trùng dữ liệu (CONFLICT), 412 dữ liệu đã được người khác sửa (PRECONDITION_FAILED), 429 quá nhiều lần thử (TOO_MANY_REQUESTS)…',
  );
  responses['5XX'] = errorResponse(
    'Lỗi hệ thống (INTERNAL_ERROR) hoặc cơ sở dữ liệu tạm thời không truy cập được (503 DATABASE_UNAVAILABLE).',
  );
  return responses;
}
