// Compression over HTTP: the built web app's files go out as their precompressed twins (written by
// the build's scripts/compress-web.mjs) as the request's Accept-Encoding allows, with Vary and the
// caching of their kind; JSON answers of 1 KB and more are compressed per request, small ones and
// downloads of compressed types (.xlsx) are not.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressWeb } from '../../scripts/compress-web.mjs';
import { buildTenant, buildUser } from '../../test/factories';
import { createTestApp, TestClient, type TestApp } from '../../test/test-app';

const webDist = mkdtempSync(path.join(tmpdir(), 'parplan-web-'));
const file = (name: string) => path.join(webDist, name);
const IMMUTABLE = 'public, max-age=31536000, immutable';

// Repetitive text, as real bundles are, so every twin is far smaller than its file.
const script = Array.from(
  { length: 400 },
  (_, i) =>
    `export const nhiemVu${i} = { ten: 'Nhiệm vụ cải cách hành chính số ${i}', diem: ${i} };`,
).join('\n');
const page = `<!doctype html><html lang="vi"><head><title>parplan</title><!-- ${'Chỉ số cải cách hành chính. '.repeat(60)} --></head><body><div id="root"></div></body></html>`;

let t: TestApp;
let focal: TestClient;
let totals: Awaited<ReturnType<typeof precompressWeb>>;
/** A shipped bộ chỉ số copied for the tenant: a JSON answer of tens of kilobytes. */
let frameworkId: string;

beforeAll(async () => {
  mkdirSync(file('assets'));
  writeFileSync(file('index.html'), page);
  writeFileSync(file('assets/index-abc123.js'), script);
  writeFileSync(file('assets/tiny-0a1b2c.js'), 'console.log("nhỏ");');
  writeFileSync(file('assets/logo-9f8e7d.png'), Buffer.alloc(4096, 7));
  totals = await precompressWeb(webDist);

  t = await createTestApp({}, { webDist });
  const { tenant, root } = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  focal = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: tenant.id,
      homeOrganisationId: root.id,
      grants: [{ role: 'focal', organisationId: root.id }],
    }),
  );
  const framework = await focal.post('/api/frameworks/from-template', {
    templateKey: 'par-index-department-2023',
  });
  expect(framework.statusCode).toBe(201);
  frameworkId = framework.json().id;
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });

describe('the build’s precompression', () => {
  it('writes .br and .gz twins of text files over 1 KB only', () => {
    expect(totals.files).toBe(2);
    for (const name of ['index.html', 'assets/index-abc123.js']) {
      expect(existsSync(file(`${name}.br`))).toBe(true);
      expect(existsSync(file(`${name}.gz`))).toBe(true);
    }
    expect(existsSync(file('assets/tiny-0a1b2c.js.br'))).toBe(false);
    expect(existsSync(file('assets/logo-9f8e7d.png.br'))).toBe(false);
    expect(totals.br).toBeLessThan(totals.raw / 5);
  });
});

describe('static files', () => {
  it('sends a hashed script as brotli when accepted, cached for a year, the same bytes once decoded', async () => {
    const response = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.rawPayload.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a client without brotli, and the file itself to one accepting neither', async () => {
    const gzipped = await get('/assets/index-abc123.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['cache-control']).toBe(IMMUTABLE);
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.body).toBe(script);
  });

  it('sends a file without twins as it is, still cached by its hashed name', async () => {
    const image = await get('/assets/logo-9f8e7d.png', 'br, gzip');
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers['cache-control']).toBe(IMMUTABLE);
    expect(image.rawPayload).toEqual(readFileSync(file('assets/logo-9f8e7d.png')));
  });

  it('never lets the page be stored: /, /index.html and the single-page fallback, compressed', async () => {
    for (const url of ['/', '/index.html', '/plans/123']) {
      const response = await get(url, 'br, gzip');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['vary'], url).toMatch(/accept-encoding/i);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-store');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(page);
    }
  });
});

describe('API answers', () => {
  it('compresses a JSON answer over 1 KB, keeping no-store, to the same JSON', async () => {
    const url = `/api/frameworks/${frameworkId}`;
    const plain = await focal.get(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    const brotli = await focal.request('GET', url, { headers: { 'accept-encoding': 'br' } });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toBe('no-store');
    expect(brotli.rawPayload.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toEqual(plain.json());

    const gzipped = await focal.request('GET', url, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString())).toEqual(plain.json());
  });

  it('leaves an answer under 1 KB as it is', async () => {
    const health = await get('/api/health', 'br, gzip');
    expect(health.statusCode).toBe(200);
    expect(health.body.length).toBeLessThan(1024);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.headers['cache-control']).toBe('no-store');
    expect(health.json().status).toBe('ok');
  });

  it('streams an .xlsx download uncompressed (it is a zip already) and readable', async () => {
    const response = await focal.request('GET', `/api/frameworks/${frameworkId}/nodes.xlsx`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
