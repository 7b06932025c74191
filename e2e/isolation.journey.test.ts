// Isolation journey: a user of another province cannot open a Đồng Tháp unit by URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchBrowser, loginAs } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function dongThapUnitId(name: string): Promise<string> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'dongthap.noivu', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const list = await fetch(`${baseUrl()}/api/organisations?q=${encodeURIComponent(name)}`, {
    headers: { cookie },
  });
  const unit = ((await list.json()) as { items: { id: string; name: string }[] }).items.find(
    (o) => o.name === name,
  );
  if (!unit) throw new Error(`${name} not found`);
  return unit.id;
}

describe('tenant isolation in the browser', () => {
  it('shows a Vĩnh Long admin "not found" for a Đồng Tháp unit opened by URL, and the API answers 404', async () => {
    const unitId = await dongThapUnitId('Xã Lấp Vò');
    const page = await loginAs(browser, 'vinhlong.admin');
    await page.goto(`${baseUrl()}/organisations?unit=${unitId}`);
    const detail = page.getByTestId('org-detail');
    await page.getByText('Không tìm thấy dữ liệu yêu cầu.').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('Xã Lấp Vò');
    expect(await detail.count()).toBeLessThanOrEqual(1);
    const api = await page.request.get(`${baseUrl()}/api/organisations/${unitId}`);
    expect(api.status()).toBe(404);
    expect(await page.getByTestId('org-tree').innerText()).toContain('Tỉnh Vĩnh Long');
  });
});
