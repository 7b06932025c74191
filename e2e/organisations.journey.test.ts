// Journey of a province administrator: log in, browse the tree, search without accents, create a
// commune, import a file with one bad row and see nothing written, log out. Each test signs in
// on its own page and creates its data under codes no other test uses.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  uniqueSuffix,
  waitForText,
} from './browser';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await loginAs(browser, 'dongthap.admin');
});
afterEach(() => page.context().close());

async function openOrganisations() {
  await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
  await page.getByTestId('org-tree').getByText('Tỉnh Đồng Tháp', { exact: true }).waitFor();
}

async function unitCodes(): Promise<string[]> {
  const response = await page.request.get(`${baseUrl()}/api/organisations?includeClosed=true`);
  return ((await response.json()) as { items: { code: string }[] }).items.map((o) => o.code);
}

describe('a province administrator manages the organisation tree', () => {
  it('shows the overview with the role held', async () => {
    await waitForText(page.getByTestId('overview-roles'), 'Quản trị hệ thống');
    expect(await page.getByTestId('tenant-name').innerText()).toBe('Tỉnh Đồng Tháp');
  });

  it('browses the tree and finds "Lấp Vò" when typing "lap vo"', async () => {
    await openOrganisations();
    await waitForText(page.getByTestId('org-tree'), 'Xã Mỹ An Hưng');
    await page.getByTestId('org-search').fill('lap vo');
    const results = page.getByTestId('org-search-results');
    await results.getByText('Huyện Lấp Vò').waitFor();
    expect(await results.innerText()).toContain('Xã Lấp Vò');
  });

  it('creates a commune under the province', async () => {
    const code = `DT.X.TANKHANHTRUNG-${uniqueSuffix()}`;
    const name = `Xã Tân Khánh Trung ${code.slice(-8)}`;
    await openOrganisations();
    await page.getByTestId('org-tree').getByText('Tỉnh Đồng Tháp', { exact: true }).click();
    await waitForText(page.getByTestId('org-detail'), 'Tỉnh, thành phố');
    await page.getByTestId('org-add-child').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('org-form-code').fill(code);
    await dialog.getByTestId('org-form-name').fill(name);
    await dialog.getByTestId('org-form-type').click();
    await page
      .locator('.ant-select-item-option', { hasText: 'Xã, phường, thị trấn, đặc khu' })
      .click();
    const date = dialog.getByTestId('org-form-valid-from');
    await date.click();
    await date.fill('01/07/2025');
    await date.press('Enter');
    await clickAndCheck(
      page,
      dialog.getByRole('button', { name: /Thêm/ }),
      'POST',
      '/api/organisations',
      201,
    );
    expect(await waitForText(page.getByTestId('org-detail'), name)).toContain('01/07/2025');
    expect(await unitCodes()).toContain(code);
  });

  it('imports a file with one bad row: sees the row error and nothing is written', async () => {
    const suffix = uniqueSuffix();
    const csv = [
      'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ',
      `DT.X.MOI1-${suffix},Xã Mới Một,Xã,DT,01/07/2025`,
      `DT.X.MOI1-${suffix}.TP,Công chức Tư pháp – Hộ tịch,Công chức,DT.X.MOI1-${suffix},01/07/2025`,
      `DT.X.MOI2-${suffix},Xã Mới Hai,Xã,KHONG-CO,01/07/2025`,
    ].join('\n');
    await openOrganisations();
    await page.getByTestId('org-import').click();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const errors = page.getByTestId('org-import-errors');
    await errors.waitFor();
    expect(await errors.innerText()).toContain('KHONG-CO');
    expect(await errors.innerText()).toMatch(/\b4\b/);
    expect(await page.getByRole('dialog').innerText()).toContain('chưa có dòng nào được ghi');
    const codes = await unitCodes();
    expect(codes.filter((code) => code.includes(suffix))).toEqual([]);
  });

  it('logs out and lands on the login page; the session no longer works', async () => {
    await page.getByTestId('user-menu').click();
    // The screen goes to the login page before the server has ended the session: wait for its answer.
    const loggedOut = page.waitForResponse(
      (response) => response.url().endsWith('/api/auth/logout') && response.ok(),
    );
    await page.getByTestId('logout').click();
    await loggedOut;
    await page.getByTestId('login-username').waitFor();
    expect((await page.request.get(`${baseUrl()}/api/auth/me`)).status()).toBe(401);
  });
});
