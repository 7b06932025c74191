/**
 * An HTTP endpoint of the API described once with zod: the server registers its route from
 * this object and the web client calls it through the same object, so request and response
 * types exist in exactly one place.
 */
import type { z } from 'zod';

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The shape of an endpoint definition: method, path (with `:param` segments) and schemas. */
export interface EndpointDefinition {
  method: HttpMethod;
  path: string;
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** Success status (default 200). */
  status?: number;
  /** True when the body is a multipart upload rather than JSON. */
  multipart?: boolean;
  /**
   * True when the response is a file (e.g. an .xlsx export) sent with Content-Type and
   * Content-Disposition rather than JSON; its `response` is `fileSchema`. Errors stay JSON.
   */
  download?: boolean;
}

/** Declares an endpoint, keeping its literal types for inference. */
export function defineEndpoint<const E extends EndpointDefinition>(endpoint: E): E {
  return endpoint;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;
type InferInput<S> = S extends z.ZodType ? z.input<S> : undefined;

/** Path parameters of an endpoint, as the client sends them. */
export type EndpointParams<E extends EndpointDefinition> = InferInput<E['params']>;
/** Query string of an endpoint, as the client sends it. */
export type EndpointQuery<E extends EndpointDefinition> = InferInput<E['query']>;
/** JSON body of an endpoint, as the client sends it. */
export type EndpointBody<E extends EndpointDefinition> = InferInput<E['body']>;
/** Parsed response of an endpoint. */
export type EndpointResponse<E extends EndpointDefinition> = Infer<E['response']>;

/** Fills `:param` segments of a path (values URI-encoded). */
export function buildPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
