// The OpenAPI document covers the whole API: every route the app registers under /api appears with
// its method, the document is valid OpenAPI 3.1, and each operation carries its Vietnamese summary,
// the action it needs and the one error shape. The docs page is served under our CSP.
import { Validator } from '@seriousme/openapi-schema-validator';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { CSRF_EXEMPT } from '../app';
import { API_DOCS_PREFIX, OPENAPI_PATH } from './api-docs.routes';

interface Operation {
  summary?: string;
  description?: string;
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  'x-parplan-action'?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema?: Record<string, unknown> }> };
  responses: Record<
    string,
    { $ref?: string; content?: Record<string, { schema?: Record<string, unknown> }> }
  >;
}
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

// Not API operations, so not in the document: the docs page's own files, and the document itself.
const isExcluded = (url: string) => url.startsWith(API_DOCS_PREFIX) || url === OPENAPI_PATH;

/** Every API route as the app registered it: method, path and the action its config declares. */
const registered: { method: string; url: string; action: unknown }[] = [];
const collect = (route: RouteOptions) => {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  for (const method of methods)
    registered.push({ method, url: route.url, action: route.config?.action });
};

let t: TestApp;
let document: Document;
beforeAll(async () => {
  t = await createTestApp({}, { onRoute: collect });
  const response = await new TestClient(t.app).get(OPENAPI_PATH);
  expect(response.statusCode).toBe(200);
  document = response.json();
});
afterAll(() => t.close());

/** `/api/plans/:id` → `/api/plans/{id}`, as OpenAPI writes path parameters. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );

describe('the OpenAPI document', () => {
  it('lists every API route with its method (HEAD is the automatic twin of each GET)', () => {
    const apiRoutes = registered.filter(
      (route) => route.url.startsWith('/api') && route.method !== 'HEAD' && !isExcluded(route.url),
    );
    expect(apiRoutes.length).toBeGreaterThan(100); // 134 when written
    const missing = apiRoutes.filter(
      (route) => !document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()],
    );
    expect(missing).toEqual([]);
    // …and nothing that is not a route.
    expect(operations()).toHaveLength(apiRoutes.length);
  });

  it('leaves out the docs page and the document itself', () => {
    expect(Object.keys(document.paths).filter(isExcluded)).toEqual([]);
    expect(registered.some((route) => route.url === `${API_DOCS_PREFIX}/json`)).toBe(true);
  });

  it('validates against the OpenAPI 3.1 schema', async () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('gives each operation a Vietnamese summary, a tag and its own operationId', () => {
    const ids = new Set<string>();
    for (const { path, method, operation } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(operation.summary, where).toMatch(/[À-ỹ]/);
      expect(operation.tags, where).toHaveLength(1);
      expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(ids.has(operation.operationId!), `${where}: ${operation.operationId}`).toBe(false);
      ids.add(operation.operationId!);
    }
    expect(document.paths['/api/organisations']?.get?.operationId).toBe('listOrganisations');
    expect(document.paths['/api/organisations']?.get?.tags).toEqual(['Đơn vị']);
  });

  it('names the action each route authorises, as the route declares it', () => {
    const actionOf = new Map(
      registered.map((route) => [`${route.method} ${openApiPath(route.url)}`, route.action]),
    );
    for (const { path, method, operation } of operations()) {
      const declared = actionOf.get(`${method.toUpperCase()} ${path}`);
      expect(operation['x-parplan-action'], `${method} ${path}`).toBe(declared);
      expect(operation.description).toContain(
        declared === 'public'
          ? 'Không cần đăng nhập'
          : declared === 'authenticated'
            ? 'Cần đăng nhập'
            : `\`${declared}\``,
      );
    }
    const issue = document.paths['/api/plans/{id}/issue']?.post;
    expect(issue?.['x-parplan-action']).toBe('plan.manage');
    expect(issue?.description).toContain('Đầu mối CCHC (Nội vụ)');
  });

  it('answers every error in the one error shape', () => {
    expect(document.components.schemas.ApiError).toMatchObject({
      type: 'object',
      required: ['code', 'message'],
    });
    for (const { path, method, operation } of operations()) {
      for (const status of ['400', '4XX', '5XX']) {
        expect(
          operation.responses[status]?.content?.['application/json']?.schema,
          `${method} ${path} ${status}`,
        ).toEqual({ $ref: '#/components/schemas/ApiError' });
      }
      if (operation['x-parplan-action'] !== 'public')
        expect(operation.responses['401'], `${method} ${path}`).toBeDefined();
      if (operation.parameters?.some((parameter) => parameter.in === 'path'))
        expect(operation.responses['404'], `${method} ${path}`).toBeDefined();
    }
  });

  it('asks for the session cookie, and the CSRF header on writes other than signing in', () => {
    expect(CSRF_EXEMPT.has('/api/auth/login')).toBe(true);
    for (const { path, method, operation } of operations()) {
      const requirement = operation.security?.[0] ?? {};
      const isPublic = operation['x-parplan-action'] === 'public';
      expect('sessionCookie' in requirement, `${method} ${path}`).toBe(!isPublic);
      const isWrite = method !== 'get' && !CSRF_EXEMPT.has(path);
      expect('csrfToken' in requirement, `${method} ${path}`).toBe(isWrite);
    }
    expect(document.paths['/api/health']?.get?.security).toEqual([]);
  });

  it('describes uploads as one multipart file and downloads as files of their type', () => {
    const upload = document.paths['/api/organisations/import']?.post;
    expect(upload?.requestBody?.content['multipart/form-data']?.schema).toMatchObject({
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    expect(upload?.responses['413']).toBeDefined();
    const docx = document.paths['/api/plans/{id}/document.docx']?.get;
    expect(Object.keys(docx?.responses['200']?.content ?? {})).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    const xlsx = document.paths['/api/plans/{id}/tasks.xlsx']?.get;
    expect(xlsx?.responses['200']?.content).toHaveProperty(
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'schema', 'format'],
      'binary',
    );
  });

  it('carries the contract schemas: path, query, body and response', () => {
    const update = document.paths['/api/organisations/{id}']?.patch;
    expect(update?.parameters).toContainEqual(expect.objectContaining({ in: 'path', name: 'id' }));
    expect(update?.requestBody?.content['application/json']?.schema).toMatchObject({
      type: 'object',
    });
    expect(update?.responses['200']?.content?.['application/json']?.schema).toMatchObject({
      type: 'object',
      properties: expect.objectContaining({ version: expect.anything() }),
    });
    const search = document.paths['/api/search']?.get;
    expect(search?.parameters?.some((parameter) => parameter.in === 'query')).toBe(true);
  });
});

describe('the docs page', () => {
  it('serves its HTML and scripts to anyone, under the app’s CSP', async () => {
    const anonymous = new TestClient(t.app);
    const page = await anonymous.get(`${API_DOCS_PREFIX}/`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('swagger-ui');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    // Every script the page loads comes from this server (so `script-src 'self'` lets it run).
    const scripts = [...page.body.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.startsWith('./')).toBe(true);
      const file = await anonymous.get(`${API_DOCS_PREFIX}/${script.slice(2)}`);
      expect(file.statusCode, script).toBe(200);
      expect(file.headers['content-type'], script).toMatch(/javascript/);
    }
    // Without the trailing slash the page names its files from the root instead.
    const bare = await anonymous.get(API_DOCS_PREFIX);
    expect(bare.statusCode).toBe(200);
    expect(bare.body).toContain(`src="${API_DOCS_PREFIX}/static/swagger-ui-bundle.js"`);
    expect((await anonymous.get(`${API_DOCS_PREFIX}/json`)).json()).toEqual(document);
  });
});
