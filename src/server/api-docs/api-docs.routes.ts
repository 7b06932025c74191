// HTTP routes: the OpenAPI 3.1 document of the API at /api/openapi.json, generated from the
// contract, and the docs page (Swagger UI) at /api/docs. Both are public: they show the API's
// shape — paths, schemas, the action each route needs — and no data and no software version.
//
// How: @fastify/swagger in dynamic mode collects every route as it is registered; its transform
// finds the contract endpoint and access rule `defineRoute` put in the route's config, turns the
// endpoint's zod schemas into JSON Schema with fastify-type-provider-zod's transform, and adds
// summary, tag, operationId, `x-parplan-action` and security; the error responses are added to
// each operation once the document is built. Routes without an endpoint (this file's) stay out.
import type { FastifyInstance, RouteOptions } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '@contract/common';
import type { EndpointDefinition } from '@contract/endpoint';
import { SESSION_COOKIE } from '../auth/auth.service';
import { API_TAGS } from './endpoint-tags';
import {
  API_ERROR_SCHEMA,
  errorResponses,
  operationSchema,
  type DocumentedRoute,
} from './openapi-operation';

/** Where the docs page lives; its own routes (HTML, scripts, styles) are not API operations. */
export const API_DOCS_PREFIX = '/api/docs';
/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = '/api/openapi.json';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const API_DESCRIPTION = `API của parplan (kế hoạch, báo cáo, đánh giá chỉ số cải cách hành chính). Tài liệu này chỉ mô tả hình dạng của API, không chứa dữ liệu.

- **Đăng nhập**: \`POST /api/auth/login\` đặt cookie phiên \`${SESSION_COOKIE}\` và trả về \`csrfToken\`; \`GET /api/auth/me\` trả lại mã này.
- **Ghi dữ liệu** (POST, PATCH, PUT, DELETE): gửi kèm tiêu đề \`x-csrf-token\` (trừ đăng nhập).
- **Quyền**: mỗi thao tác ghi rõ quyền cần có (\`x-parplan-action\`), do một mô-đun phân quyền quyết định theo vai trò trên cây đơn vị; dữ liệu của tỉnh khác trả lời 404 như mã không tồn tại.
- **Phiên bản**: đối tượng có \`version\` được trả kèm \`ETag\`; khi sửa, gửi \`If-Match\` (412 nếu người khác đã sửa trước).
- **Lỗi**: một dạng duy nhất \`{ code, message, details? }\` — \`code\` ổn định cho chương trình, \`message\` tiếng Việt cho người dùng.
- **Ngày**: \`YYYY-MM-DD\`; thời điểm: ISO 8601 theo UTC.`;

type DocumentedOperation = Parameters<typeof errorResponses>[0] & { responses?: object };

/** The contract endpoint and access rule `defineRoute` stored in a route's config, if any. */
function documentedRoute(route: RouteOptions): DocumentedRoute | null {
  const config = route.config as { endpoint?: EndpointDefinition; action?: unknown } | undefined;
  if (!config?.endpoint || typeof config.action !== 'string') return null;
  return { endpoint: config.endpoint, access: config.action };
}

/** Registers the document and the docs page; call before any API route so every one is seen. */
export async function registerApiDocs(
  app: FastifyInstance,
  options: { csrfExempt: ReadonlySet<string> },
): Promise<void> {
  const zodTransform = createJsonSchemaTransform({ skipList: [] });
  const { $schema: _draft, ...apiError } = z.toJSONSchema(apiErrorSchema, { io: 'output' });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      // The API's version, not the software's: a public page names no build (like /api/health).
      info: { title: 'parplan API', version: '1', description: API_DESCRIPTION },
      servers: [],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Cookie phiên, đặt khi đăng nhập.',
          },
          csrfToken: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description: 'Mã CSRF từ `GET /api/auth/me` (hoặc câu trả lời đăng nhập).',
          },
        },
        schemas: { [API_ERROR_SCHEMA]: apiError as Record<string, unknown> },
      },
      tags: API_TAGS,
    },
    transform: (document) => {
      const { url, route } = document;
      const documented = documentedRoute(route);
      if (!documented) return { schema: { hide: true }, url };
      const schema = operationSchema(documented, {
        csrfExempt: options.csrfExempt,
        convert: (schemas) =>
          zodTransform({ ...document, schema: schemas }).schema as Record<string, unknown>,
      });
      return { schema, url };
    },
    transformObject: (document) => {
      if (!('openapiObject' in document)) return document.swaggerObject;
      for (const pathItem of Object.values(document.openapiObject.paths ?? {})) {
        for (const method of HTTP_METHODS) {
          const operation = (pathItem as Record<string, DocumentedOperation | undefined>)[method];
          if (operation)
            operation.responses = { ...operation.responses, ...errorResponses(operation) };
        }
      }
      return document.openapiObject;
    },
  });

  await app.register(fastifySwaggerUi, {
    routePrefix: API_DOCS_PREFIX,
    theme: { title: 'parplan API' },
    // No badge from validator.swagger.io: the page loads nothing from elsewhere (our CSP forbids it).
    validatorUrl: false,
    uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 0 },
  });

  app.get(OPENAPI_PATH, { config: { action: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
