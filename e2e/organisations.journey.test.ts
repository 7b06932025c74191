// Journey of a province administrator: log in, browse the tree, search without accents, create a
// commune, import a file with one bad row and see nothing written, log out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, loginAs } from './browser';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await loginAs(browser, 'dongthap.admin');
});
afterAll(() => browser.close());

async function unitCodes(): Promise<string[]> {
  const response = await page.request.get(`${baseUrl()}/api/organisations?includeClosed=true`);
  return ((await response.json()) as { items: { code: string }[] }).items.map((o) => o.code);
}

describe('a province administrator manages the organisation tree', () => {
  it('shows the overview with the role held', async () => {
    await expect
      .poll(() => page.getByTestId('overview-roles').innerText())
      .toContain('Quản trị hệ thống');
    expect(await page.getByTestId('tenant-name').innerText()).toBe('Tỉnh Đồng Tháp');
  });

  it('browses the tree and finds "Lấp Vò" when typing "lap vo"', async () => {
    await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
    const tree = page.getByTestId('org-tree');
    await tree.getByText('Tỉnh Đồng Tháp', { exact: true }).waitFor();
    await expect.poll(() => tree.innerText()).toContain('Xã Mỹ An Hưng');
    await page.getByTestId('org-search').fill('lap vo');
    const results = page.getByTestId('org-search-results');
    await results.getByText('Huyện Lấp Vò').waitFor();
    expect(await results.innerText()).toContain('Xã Lấp Vò');
    await page.getByTestId('org-search').fill('');
  });

  it('creates a commune under the province', async () => {
    await page.getByTestId('org-tree').getByText('Tỉnh Đồng Tháp', { exact: true }).click();
    await expect
      .poll(() => page.getByTestId('org-detail').innerText())
      .toContain('Tỉnh, thành phố');
    await page.getByTestId('org-add-child').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('org-form-code').fill('DT.X.TANKHANHTRUNG');
    await dialog.getByTestId('org-form-name').fill('Xã Tân Khánh Trung');
    await dialog.getByTestId('org-form-type').click();
    await page
      .locator('.ant-select-item-option', { hasText: 'Xã, phường, thị trấn, đặc khu' })
      .click();
    const date = dialog.getByTestId('org-form-valid-from');
    await date.click();
    await date.fill('01/07/2025');
    await date.press('Enter');
    await dialog.getByRole('button', { name: /Thêm/ }).click();
    await expect
      .poll(() => page.getByTestId('org-detail').innerText())
      .toContain('Xã Tân Khánh Trung');
    expect(await page.getByTestId('org-detail').innerText()).toContain('01/07/2025');
    expect(await unitCodes()).toContain('DT.X.TANKHANHTRUNG');
  });

  it('imports a file with one bad row: sees the row error and nothing is written', async () => {
    const csv = [
      'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ',
      'DT.X.MOI1,Xã Mới Một,Xã,DT,01/07/2025',
      'DT.X.MOI1.TP,Công chức Tư pháp – Hộ tịch,Công chức,DT.X.MOI1,01/07/2025',
      'DT.X.MOI2,Xã Mới Hai,Xã,KHONG-CO,01/07/2025',
    ].join('\n');
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
    expect(codes).not.toContain('DT.X.MOI1');
    expect(codes).not.toContain('DT.X.MOI2');
    await page.keyboard.press('Escape');
  });

  it('logs out and lands on the login page; the session no longer works', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
    expect((await page.request.get(`${baseUrl()}/api/auth/me`)).status()).toBe(401);
  });
});
