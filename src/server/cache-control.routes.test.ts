// Caching over HTTP: API answers are per session (the CSRF token in /api/auth/me, a province's
// data), so none may be kept by a browser or proxy cache; the built web app keeps its own rules
// (hashed assets cached for a year, index.html never stored).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTenant, buildUser } from '../../test/factories';
import { createTestApp, TestClient, type TestApp } from '../../test/test-app';

const webDist = mkdtempSync(path.join(tmpdir(), 'parplan-web-'));
mkdirSync(path.join(webDist, 'assets'));
writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>parplan</title>');
writeFileSync(path.join(webDist, 'assets', 'index-abc123.js'), 'console.log(1);');

let t: TestApp;
let client: TestClient;
beforeAll(async () => {
  t = await createTestApp({}, { webDist });
  const { tenant, root } = await buildTenant(t.db);
  const unit = await buildOrganisation(t.db, { tenantId: tenant.id, parentId: root.id });
  const user = await buildUser(t.db, {
    tenantId: tenant.id,
    homeOrganisationId: unit.id,
    grants: [{ role: 'viewer', organisationId: root.id }],
  });
  client = await TestClient.signedInAs(t, user);
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

describe('Cache-Control', () => {
  it('forbids storing /api/auth/me, which carries the CSRF token', async () => {
    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toEqual(expect.any(String));
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('forbids storing other API answers, refusals and unknown API paths too', async () => {
    const tree = await client.get('/api/organisations');
    expect(tree.statusCode).toBe(200);
    expect(tree.headers['cache-control']).toBe('no-store');

    const anonymous = await new TestClient(t.app).get('/api/organisations');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');

    const unknown = await client.get('/api/no-such-thing');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['cache-control']).toBe('no-store');
  });

  it('leaves the web app to its own rules: hashed assets for a year, the page never stored', async () => {
    const asset = await client.get('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const page = await client.get('/plans');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>parplan</title>');
    expect(page.headers['cache-control']).toBe('no-store');
  });
});
