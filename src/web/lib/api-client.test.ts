import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getMe, login, type Me } from '@contract/auth';
import {
  createOrganisation,
  importOrganisations,
  listOrganisations,
  updateOrganisation,
  type Organisation,
} from '@contract/organisations';
import {
  ApiRequestError,
  callApi,
  configureApiClient,
  lazyEndpoint,
  setCsrfToken,
} from './api-client';

interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// A real HTTP server: the client's fetch goes over the loopback, nothing is mocked.
let server: Server;
let lastRequest: RecordedRequest | null = null;
let nextResponse: { status: number; body: unknown } = { status: 200, body: {} };

function buildOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: '4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a01',
    code: 'LAPVO',
    name: 'Huyện Lấp Vò',
    type: 'district',
    parentId: '4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a00',
    validFrom: '2023-01-01',
    validTo: null,
    version: 3,
    ...overrides,
  };
}

function respondWith(status: number, body: unknown) {
  nextResponse = { status, body };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      lastRequest = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      response.writeHead(nextResponse.status, {
        'content-type': 'application/json; charset=utf-8',
      });
      response.end(JSON.stringify(nextResponse.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  configureApiClient({ baseUrl: `http://127.0.0.1:${port}` });
});

afterAll(async () => {
  configureApiClient({ baseUrl: '', onUnauthenticated: null });
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
});

beforeEach(() => {
  lastRequest = null;
  setCsrfToken('csrf-token-of-this-session');
  configureApiClient({ onUnauthenticated: null });
});

describe('callApi', () => {
  it('sends the JSON body and the CSRF token on a POST and returns the parsed response', async () => {
    respondWith(201, buildOrganisation());

    const created = await callApi(createOrganisation, {
      body: {
        parentId: '4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a00',
        code: 'LAPVO',
        name: 'Huyện Lấp Vò',
        type: 'district',
        validFrom: '2023-01-01',
      },
    });

    expect(created.name).toBe('Huyện Lấp Vò');
    expect(lastRequest?.method).toBe('POST');
    expect(lastRequest?.url).toBe('/api/organisations');
    expect(lastRequest?.headers['x-csrf-token']).toBe('csrf-token-of-this-session');
    expect(lastRequest?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(lastRequest?.body ?? '')).toMatchObject({ code: 'LAPVO', type: 'district' });
  });

  it('sends no CSRF token on a GET and leaves undefined query values out', async () => {
    respondWith(200, { items: [buildOrganisation()], abilities: { canImport: false } });

    const { items } = await callApi(listOrganisations, {
      query: { q: undefined, includeClosed: 'true' },
    });

    expect(items).toHaveLength(1);
    expect(lastRequest?.url).toBe('/api/organisations?includeClosed=true');
    expect(lastRequest?.headers['x-csrf-token']).toBeUndefined();
  });

  it('sends the version read as a quoted If-Match header', async () => {
    respondWith(200, buildOrganisation({ name: 'Huyện Lấp Vò (mới)', version: 4 }));

    const updated = await callApi(updateOrganisation, {
      params: { id: '4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a01' },
      body: { name: 'Huyện Lấp Vò (mới)' },
      ifMatch: 3,
    });

    expect(updated.version).toBe(4);
    expect(lastRequest?.method).toBe('PATCH');
    expect(lastRequest?.url).toBe('/api/organisations/4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a01');
    expect(lastRequest?.headers['if-match']).toBe('"3"');
    expect(lastRequest?.headers['x-csrf-token']).toBe('csrf-token-of-this-session');
  });

  it('sends an Idempotency-Key header when asked, so a retried submit changes nothing', async () => {
    respondWith(200, buildOrganisation({ version: 4 }));

    await callApi(updateOrganisation, {
      params: { id: '4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a01' },
      body: { name: 'Huyện Lấp Vò' },
      idempotencyKey: 'a1b2c3d4-0000-4000-8000-000000000001',
    });

    expect(lastRequest?.headers['idempotency-key']).toBe('a1b2c3d4-0000-4000-8000-000000000001');
  });

  it('turns the API error shape into an ApiRequestError with status, code, message and details', async () => {
    respondWith(412, {
      code: 'PRECONDITION_FAILED',
      message: 'Đơn vị vừa được người khác sửa.',
      details: [{ field: 'name', message: 'Tên đã thay đổi.' }],
    });

    const failure = await callApi(updateOrganisation, {
      params: { id: '4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a01' },
      body: { name: 'Tên khác' },
      ifMatch: 2,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({
      status: 412,
      code: 'PRECONDITION_FAILED',
      message: 'Đơn vị vừa được người khác sửa.',
      details: [{ field: 'name', message: 'Tên đã thay đổi.' }],
    });
  });

  it('rejects a successful response that does not match the contract', async () => {
    respondWith(200, { items: [{ id: 'not-a-uuid', name: 42 }] });

    const failure = await callApi(listOrganisations).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' });
  });

  it('reports an error body that is not the API shape as an unexpected response', async () => {
    respondWith(502, 'Bad gateway');

    const failure = await callApi(listOrganisations).catch((error: unknown) => error);

    expect(failure).toMatchObject({ status: 502, code: 'UNEXPECTED_RESPONSE' });
  });

  it('announces a lost session on a 401, but not for a wrong password at login', async () => {
    let lostSessions = 0;
    configureApiClient({ onUnauthenticated: () => lostSessions++ });
    respondWith(401, { code: 'UNAUTHENTICATED', message: 'Phiên đăng nhập đã hết hạn.' });

    await expect(callApi(getMe)).rejects.toMatchObject({ status: 401 });
    expect(lostSessions).toBe(1);

    respondWith(401, {
      code: 'UNAUTHENTICATED',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    await expect(
      callApi(login, { body: { login: 'admin', password: 'sai' } }),
    ).rejects.toMatchObject({
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    expect(lostSessions).toBe(1);
  });

  it('uploads a file as multipart form data with the dry-run query', async () => {
    respondWith(200, { created: 0, dryRun: true, rows: 2 });
    const formData = new FormData();
    formData.append(
      'file',
      new Blob(['Mã đơn vị,Tên đơn vị\n'], { type: 'text/csv' }),
      'don-vi.csv',
    );

    const result = await callApi(importOrganisations, { formData, query: { dryRun: 'true' } });

    expect(result).toEqual({ created: 0, dryRun: true, rows: 2 });
    expect(lastRequest?.url).toBe('/api/organisations/import?dryRun=true');
    expect(lastRequest?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(lastRequest?.headers['x-csrf-token']).toBe('csrf-token-of-this-session');
    expect(lastRequest?.body).toContain('filename="don-vi.csv"');
  });
});

describe('callApi with a lazy endpoint (schemas imported beside the request)', () => {
  /** getMe whose contract "arrives" only when the test says so. */
  function lazyGetMe() {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    let loads = 0;
    const endpoint = lazyEndpoint({ method: 'GET', path: '/api/auth/me' }, async () => {
      loads++;
      await arrived;
      return getMe;
    });
    return { endpoint, arrive, loads: () => loads };
  }

  const me: Me = {
    user: {
      id: '4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a10',
      login: 'lapvo.focal',
      fullName: 'Nguyễn Văn An',
      email: null,
    },
    tenant: { id: '4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a11', name: 'Tỉnh Đồng Tháp' },
    homeOrganisation: {
      id: '4b0f6c1e-8f0a-4c55-9a57-2f7e1f3f7a01',
      name: 'Huyện Lấp Vò',
      type: 'district',
    },
    roles: [],
    actions: ['organisation.read'],
    csrfToken: 'csrf-token-of-this-session',
  };

  it('sends the request before the schemas have arrived, then parses the answer with them', async () => {
    const { endpoint, arrive, loads } = lazyGetMe();
    respondWith(200, me);

    const answer = callApi(endpoint);
    await expect.poll(() => lastRequest?.url, { timeout: 10_000 }).toBe('/api/auth/me');
    expect(loads()).toBe(1);
    arrive();

    await expect(answer).resolves.toEqual(me);
  });

  it('refuses an answer the loaded schema does not accept, as for an endpoint at hand', async () => {
    const { endpoint, arrive } = lazyGetMe();
    respondWith(200, { ...me, actions: ['not.an.action'] });
    arrive();

    await expect(callApi(endpoint)).rejects.toMatchObject({
      status: 200,
      code: 'INVALID_RESPONSE',
    });
  });

  it('turns an error answer into an ApiRequestError without waiting for the schemas', async () => {
    const { endpoint } = lazyGetMe(); // never arrives
    respondWith(401, { code: 'UNAUTHENTICATED', message: 'Phiên đăng nhập đã hết hạn.' });

    await expect(callApi(endpoint)).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'Phiên đăng nhập đã hết hạn.',
    });
  });

  it('reports schemas that cannot be imported as a network error, not as the answer', async () => {
    const endpoint = lazyEndpoint({ method: 'GET', path: '/api/auth/me' }, () =>
      Promise.reject<typeof getMe>(new Error('Failed to fetch dynamically imported module')),
    );
    respondWith(200, me);

    await expect(callApi(endpoint)).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
