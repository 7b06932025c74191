// Calls the API through the contract's endpoint objects, so paths, inputs and parsed outputs
// are typed from the same zod schemas the server registers. This module itself holds no zod (it
// is on the way to the login form, which has a budget of bytes): the schemas come with the
// endpoint object, or, for a LazyEndpoint, are imported while its request is on the wire, and the
// error shape's schema is imported when an error arrives.
import {
  buildPath,
  type EndpointBody,
  type EndpointDefinition,
  type EndpointParams,
  type EndpointQuery,
  type EndpointResponse,
} from '@contract/endpoint';
import type { ErrorDetail } from '@contract/common';

/** Codes the client itself produces when no API error body is available. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  invalidResponse: 'INVALID_RESPONSE',
  unexpectedResponse: 'UNEXPECTED_RESPONSE',
} as const;

/** A failed call: the API's `{ code, message, details }` plus the HTTP status (0 when offline). */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** True for an ApiRequestError with the given HTTP status. */
export function isApiError(error: unknown, status?: number): error is ApiRequestError {
  return error instanceof ApiRequestError && (status === undefined || error.status === status);
}

interface ApiClientConfig {
  /** Prefix for every path; empty in the browser (same origin), absolute in tests. */
  baseUrl: string;
  /** Called on a 401 from any endpoint except login: the session is gone. */
  onUnauthenticated: (() => void) | null;
}

const config: ApiClientConfig = { baseUrl: '', onUnauthenticated: null };
let csrfToken: string | null = null;

/** Sets the base URL and the 401 callback. */
export function configureApiClient(changes: Partial<ApiClientConfig>): void {
  Object.assign(config, changes);
}

/** Keeps the CSRF token from `Me` for every state-changing request; null after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// True when T has at least one required key (then the option or argument must be given).
type KeysRequired<T> = Partial<T> extends T ? false : true;

type ParamsOption<E extends EndpointDefinition> = E['params'] extends object
  ? { params: EndpointParams<E> }
  : { params?: undefined };
type QueryOption<E extends EndpointDefinition> = E['query'] extends object
  ? KeysRequired<EndpointQuery<E>> extends true
    ? { query: EndpointQuery<E> }
    : { query?: EndpointQuery<E> }
  : { query?: undefined };
type BodyOption<E extends EndpointDefinition> = E['body'] extends object
  ? { body: EndpointBody<E> }
  : { body?: undefined };
type FormDataOption<E extends EndpointDefinition> = E['multipart'] extends true
  ? { formData: FormData }
  : { formData?: undefined };

/** What a call sends besides the endpoint: typed from its schemas. */
export type CallOptions<E extends EndpointDefinition> = ParamsOption<E> &
  QueryOption<E> &
  BodyOption<E> &
  FormDataOption<E> & {
    /** The `version` of the resource as last read; sent as `If-Match: "<version>"`. */
    ifMatch?: number;
    /** Sent as `Idempotency-Key`: a retry with the same key changes nothing on the server. */
    idempotencyKey?: string;
    signal?: AbortSignal;
  };

type CallArguments<E extends EndpointDefinition> =
  KeysRequired<CallOptions<E>> extends true
    ? [options: CallOptions<E>]
    : [options?: CallOptions<E>];

const STATE_CHANGING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * An endpoint whose contract module (its zod schemas, and zod) is imported only when it is
 * called, beside the request: for calls on the way to the login form, which must not download the
 * contract. Its method and path are given where it is declared and must equal the contract's
 * (their literal types are checked against the loaded endpoint's, so a wrong one fails to compile).
 */
export interface LazyEndpoint<E extends EndpointDefinition> {
  method: E['method'];
  path: E['path'];
  /** Imports the contract module and returns the endpoint; the module map keeps one copy. */
  load: () => Promise<E>;
}

/**
 * Declares a LazyEndpoint.
 * @example lazyEndpoint({ method: 'GET', path: '/api/auth/me' }, async () => (await import('@contract/auth')).getMe)
 */
export function lazyEndpoint<E extends EndpointDefinition>(
  address: { method: E['method']; path: E['path'] },
  load: () => Promise<E>,
): LazyEndpoint<E> {
  return { ...address, load };
}

/** The URL of one call (base URL, filled path, query string). */
export function urlOf(
  endpoint: Pick<EndpointDefinition, 'path'>,
  params?: unknown,
  query?: unknown,
): string {
  return (
    config.baseUrl +
    buildPath(endpoint.path, params as Record<string, unknown> | undefined) +
    toQueryString(query)
  );
}

/**
 * Fetches a download endpoint (`download: true`: an .xlsx or .docx) and hands the file to the
 * browser under the server's file name; errors arrive as ApiRequestError like any call.
 */
export async function downloadFile<E extends EndpointDefinition>(
  endpoint: E,
  ...[options]: CallArguments<E>
): Promise<void> {
  const call = (options ?? {}) as CallOptions<EndpointDefinition>;
  let response: Response;
  try {
    response = await fetch(urlOf(endpoint, call.params, call.query), {
      credentials: 'same-origin',
      signal: call.signal,
    });
  } catch (cause) {
    throw new ApiRequestError(0, CLIENT_ERROR_CODES.network, String(cause));
  }
  if (!response.ok) {
    if (response.status === 401) config.onUnauthenticated?.();
    throw await toApiRequestError(response.status, await readJson(response));
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const fileName = encoded
    ? decodeURIComponent(encoded)
    : (/filename="([^"]+)"/i.exec(disposition)?.[1] ?? 'tai-ve');
  const href = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * Calls one endpoint and returns its response parsed by the contract's schema (for a
 * LazyEndpoint, the contract module is imported while the request is on the wire).
 */
export async function callApi<E extends EndpointDefinition>(
  endpoint: E | LazyEndpoint<E>,
  ...[options]: CallArguments<E>
): Promise<EndpointResponse<E>> {
  const loading = 'load' in endpoint ? endpoint.load() : Promise.resolve(endpoint);
  // An error answer does not wait for the schemas; their failed import must not go unhandled.
  void loading.catch(() => undefined);
  const call = (options ?? {}) as CallOptions<EndpointDefinition>;
  const url = urlOf(endpoint, call.params, call.query);

  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (call.formData) {
    body = call.formData; // the browser sets the multipart boundary itself
  } else if (call.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.body);
  }
  if (STATE_CHANGING.has(endpoint.method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (call.ifMatch !== undefined) headers['if-match'] = `"${call.ifMatch}"`;
  if (call.idempotencyKey !== undefined) headers['idempotency-key'] = call.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(url, {
      method: endpoint.method,
      headers,
      body,
      credentials: 'same-origin',
      signal: call.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError(0, CLIENT_ERROR_CODES.network, String(cause));
  }

  const payload = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && !isLogin(endpoint)) config.onUnauthenticated?.();
    throw await toApiRequestError(response.status, payload);
  }
  let definition: E;
  try {
    definition = await loading;
  } catch (cause) {
    // The contract's chunk did not arrive (offline, or a newer build replaced it).
    throw new ApiRequestError(0, CLIENT_ERROR_CODES.network, String(cause));
  }
  const parsed = definition.response.safeParse(payload);
  if (!parsed.success) {
    throw new ApiRequestError(
      response.status,
      CLIENT_ERROR_CODES.invalidResponse,
      `Response of ${endpoint.method} ${endpoint.path} does not match the contract`,
      parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    );
  }
  return parsed.data as EndpointResponse<E>;
}

/** Query string without the undefined (and empty-string) values; '' when nothing is left. */
function toQueryString(query: unknown): string {
  if (query === undefined || query === null) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

// Login answers 401 for a wrong password: that is a form error, not a lost session.
function isLogin(endpoint: Pick<EndpointDefinition, 'method' | 'path'>): boolean {
  return endpoint.method === 'POST' && endpoint.path === '/api/auth/login';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// The error shape is checked by the contract's own schema, imported when the first error arrives
// (the login form's bundle carries no zod); an unreachable schema makes it an unexpected response.
async function toApiRequestError(status: number, payload: unknown): Promise<ApiRequestError> {
  const apiErrorSchema = await import('@contract/common').then(
    (common) => common.apiErrorSchema,
    () => null,
  );
  const parsed = apiErrorSchema?.safeParse(payload);
  if (!parsed?.success) {
    return new ApiRequestError(status, CLIENT_ERROR_CODES.unexpectedResponse, `HTTP ${status}`);
  }
  const { code, message, details } = parsed.data;
  return new ApiRequestError(status, code, message, details ?? []);
}
