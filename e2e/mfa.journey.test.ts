// Journey of two-factor sign-in: a new user turns it on from "Bảo mật tài khoản" (the QR code and
// the secret as text), signs out, signs in with a code from an authenticator app, then with a
// recovery code; the sessions list marks this device and "Đăng xuất các phiên khác" ends another.
// Then the administrator sees "Xác thực 2 bước" on the user in "Người dùng" and resets it: the
// user's open session ends, and (editors are not required to use it) the password alone signs in.
//
// Time: the journeys' app keeps real instants (PARPLAN_TODAY fixes only the day: session expiry
// compares with PostgreSQL's now()), so the test computes codes as an app on the phone would, from
// the real time. The server tests inject the instant instead. To stay clear of the replay rule
// without waiting, the sign-in code is the next 30 s step's (the ±1 step drift accepts it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD, baseUrl, launchBrowser, loginAs, waitForText } from './browser';
import { createUserWithRole } from './home-fixtures';

let browser: Browser;
let user: { id: string; login: string; password: string };
let secret: string;
let recoveryCodes: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await loginAs(browser, 'dongthap.admin', DEMO_PASSWORD);
  user = await createUserWithRole(admin.request, {
    fullName: 'Trần Thị Bảo Mật',
    home: 'DT.SNV.CCHC',
    role: 'editor',
    roleAt: 'DT.SNV.CCHC',
  });
  await admin.context().close();
});
afterAll(() => browser.close());

/** The authenticator app's code `stepsAhead` 30 s steps from now. */
const appCode = (stepsAhead = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });

/** The password step on a fresh page, up to the second step's form. */
async function passwordStep(): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId('login-username').fill(user.login);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await waitForText(page.getByTestId('second-step-verify'), 'Xác thực bước hai');
  return page;
}

async function secondStep(page: Page, code: string) {
  await page.getByTestId('second-step-code').fill(code);
  await page.getByTestId('second-step-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

async function openSecurityPage(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('account-security').click();
  await page.getByTestId('account-security-page').waitFor();
}

describe('two-factor sign-in with an authenticator app', () => {
  it('turns on from "Bảo mật tài khoản" with the QR code, the secret as text and a first code', async () => {
    const page = await loginAs(browser, user.login, user.password);
    await openSecurityPage(page);
    await waitForText(page.getByTestId('two-factor-status'), 'Chưa bật');
    await page.getByTestId('two-factor-enable').click();
    await page.getByTestId('enrolment-qr').waitFor();
    expect(await page.getByTestId('enrolment-qr').getAttribute('src')).toMatch(
      /^data:image\/svg\+xml/,
    );
    secret = (await page.getByTestId('enrolment-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByTestId('enrolment-code').fill(appCode());
    await page.getByTestId('enrolment-submit').click();
    const codesText = await waitForText(page.getByTestId('recovery-codes'), /-/);
    recoveryCodes = codesText.split(/\s+/).filter((line) => /^[0-9a-z]{5}-[0-9a-z]{5}$/.test(line));
    expect(recoveryCodes).toHaveLength(10);
    await page.getByTestId('enrolment-continue').click();
    await waitForText(page.getByTestId('two-factor-status'), 'Đang bật');
    await page.context().close();
  });

  it('after the password asks for a code, and signs in with the app’s code', async () => {
    const page = await passwordStep();
    await page.getByTestId('second-step-code').fill('000000');
    await page.getByTestId('second-step-submit').click();
    await waitForText(page.getByTestId('second-step-verify'), 'Mã xác thực không đúng');
    await secondStep(page, appCode(1));
    await page.context().close();
  });

  it('signs in with a recovery code, and shows the sessions with this device; signs the others out', async () => {
    const elsewhere = await passwordStep();
    await secondStep(elsewhere, recoveryCodes[0]!);
    const page = await passwordStep();
    await secondStep(page, recoveryCodes[1]!.toUpperCase());

    await openSecurityPage(page);
    await waitForText(page.getByTestId('two-factor-status'), 'Còn 8 mã khôi phục');
    const table = page.getByTestId('sessions-table');
    await table.getByTestId('this-device').waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect((await elsewhere.request.get(`${baseUrl()}/api/auth/me`)).status()).toBe(200);

    await page.getByTestId('sign-out-others').click();
    await waitForText(page.locator('.ant-message'), /Đã đăng xuất \d+ phiên khác/);
    expect((await elsewhere.request.get(`${baseUrl()}/api/auth/me`)).status()).toBe(401);
    expect((await page.request.get(`${baseUrl()}/api/auth/me`)).status()).toBe(200);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await elsewhere.context().close();
    await page.context().close();
  });

  it('is reset by the administrator from "Người dùng": sessions end, the password alone signs in', async () => {
    // A session opened with a recovery code (the app's codes stay clear of the replay rule).
    const before = await passwordStep();
    await secondStep(before, recoveryCodes[2]!);

    const admin = await loginAs(browser, 'dongthap.admin', DEMO_PASSWORD);
    await admin.goto(`${baseUrl()}/users`);
    await admin.getByTestId('users-search').fill(user.login);
    const row = admin.getByTestId('users-table').locator(`tr[data-row-key="${user.id}"]`);
    await waitForText(row.getByTestId('two-factor-tag'), 'Xác thực 2 bước');
    await row.getByTestId('reset-two-factor').click();
    await waitForText(
      admin.getByTestId('reset-two-factor-hint'),
      'mọi phiên đăng nhập của họ kết thúc ngay',
    );
    await admin.getByTestId('reset-two-factor-ok').click();
    await waitForText(
      admin.locator('.ant-message'),
      `Đã đặt lại xác thực hai bước của «${user.login}»`,
    );
    await expect.poll(() => row.getByTestId('two-factor-tag').count()).toBe(0);
    expect(await row.getByTestId('reset-two-factor').count()).toBe(0);
    expect((await before.request.get(`${baseUrl()}/api/auth/me`)).status()).toBe(401);

    const page = await loginAs(browser, user.login, user.password);
    expect(await page.getByTestId('second-step-verify').count()).toBe(0);
    await openSecurityPage(page);
    await waitForText(page.getByTestId('two-factor-status'), 'Chưa bật');
    await Promise.all([before, admin, page].map((p) => p.context().close()));
  });
});
