// Plumbing for browser journeys: Debian's Chromium driven by playwright-core, and a login step.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import {
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
  type Request,
} from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchChromium } from './chromium';

/** The demo password printed by `npm start`. */
export const DEMO_PASSWORD = 'CaiCach#2024';

/**
 * How long one action (click, fill, waitFor) or one navigation may wait for its condition.
 * Set once on every page: on a loaded 2-core machine a save plus a refetch takes seconds, and a
 * condition that holds returns at once, so only a real failure pays the whole budget.
 */
export const ACTION_TIMEOUT_MS = 30_000;
export const NAVIGATION_TIMEOUT_MS = 45_000;

export function baseUrl(): string {
  return inject('e2eBaseUrl');
}

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Opens a fresh page (own cookies), logs in through the form, and waits for the overview. */
export async function loginAs(
  browser: Browser,
  login: string,
  password = DEMO_PASSWORD,
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId('login-username').fill(login);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
  return page;
}

/**
 * Waits, with Playwright's auto-waiting, until `locator` shows `text` (a substring or a pattern)
 * and returns its text: for what a save or a refetch changes on screen.
 */
export async function waitForText(locator: Locator, text: string | RegExp): Promise<string> {
  const showing = locator.filter({ hasText: text });
  await showing.waitFor();
  return showing.innerText();
}

/** A suffix that keeps the data one test creates apart from every other test's (codes, titles). */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8).toUpperCase();
}

/** The CSRF token of the session behind `request` (sent as x-csrf-token on writes). */
export async function csrfOf(request: APIRequestContext): Promise<string> {
  const me = (await (await request.get(`${baseUrl()}/api/auth/me`)).json()) as {
    csrfToken: string;
  };
  return me.csrfToken;
}

/** A downloaded .docx: its document.xml and the text of its runs, joined. */
export async function readDocx(path: string): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1])
    .join('');
  return { xml, text };
}

/**
 * Saves a full-page screenshot under test-results/screenshots/<name>.png (git-ignored), for the
 * closing note of a change that alters what users see. Returns the path written. With `focus`,
 * the window scrolled to that element instead: a page of ninety criteria is too tall to look at.
 */
export async function saveScreenshot(page: Page, name: string, focus?: Locator): Promise<string> {
  const path = `test-results/screenshots/${name}.png`;
  await focus?.scrollIntoViewIfNeeded();
  await page.screenshot({ path, fullPage: focus === undefined });
  return path;
}

/** How long one click may take to send its write before it is clicked again. */
const WRITE_SENT_TIMEOUT_MS = 10_000;

/**
 * Clicks `button` and checks the server took the write it sends (`method`, a path — query left
 * out — ending in `pathEnd`) with `status`: a refusal fails here with its status and body rather
 * than as a missing text later. Under load a click on a page whose layout is still settling (a dialog
 * zooming in, a PDF frame, a refetch landing) can land beside the button and send nothing; the
 * button is then clicked again, up to 3 times — only while no request has gone out, so a write
 * is never sent twice. The page is brought to the front first: a background page's timers and
 * animation frames are throttled.
 */
export async function clickAndCheck(
  page: Page,
  button: Locator,
  method: string,
  pathEnd: string,
  status = 200,
): Promise<void> {
  let sent: Request | null = null;
  const watch = (request: Request) => {
    if (
      sent === null &&
      request.method() === method &&
      new URL(request.url()).pathname.endsWith(pathEnd)
    )
      sent = request;
  };
  page.on('request', watch);
  try {
    await page.bringToFront();
    for (let attempt = 1; attempt <= 3 && sent === null; attempt++) {
      await button.click();
      await expect
        .poll(() => sent !== null, { timeout: WRITE_SENT_TIMEOUT_MS })
        .toBe(true)
        .catch(() => undefined);
    }
  } finally {
    page.off('request', watch);
  }
  const request = sent as Request | null;
  if (request === null) {
    // A form that refused to send says why under its fields: name it in the failure.
    const refusals = await page.locator('.ant-form-item-explain-error:visible').allInnerTexts();
    throw new Error(`${method} …${pathEnd}: 3 clicks sent nothing; form errors: ${refusals}`);
  }
  const response = await request.response();
  expect(response?.status(), await response?.text()).toBe(status);
}

/** Runs `act` (a step that is harmless to repeat) until `shown` appears: 3 tries of 10 s. */
export async function repeatUntilShown(act: () => Promise<void>, shown: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await act();
    const appeared = await shown
      .waitFor({ timeout: WRITE_SENT_TIMEOUT_MS })
      .then(() => true)
      .catch((error: unknown) => {
        if (attempt < 3) return false;
        throw error;
      });
    if (appeared) return;
  }
}

/** Clicks `button` (an action checked on the page, nothing sent) until `shown` appears, 3 tries. */
export const clickUntilShown = (button: Locator, shown: Locator): Promise<void> =>
  repeatUntilShown(() => button.click(), shown);

/** The options showing `text` in the newest open antd Select or TreeSelect dropdown. */
export const openOptions = (page: Page, text: string | RegExp): Locator =>
  page
    .locator('.ant-select-dropdown:visible')
    .last()
    .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper', { hasText: text });

/**
 * Picks the option showing `text` in an antd Select or TreeSelect — `field` is its root (a
 * data-testid) or its search input (a label) — typing `search` first when given, and waits until
 * the field shows `shown` (default `text`). Under load a click can land while the list redraws
 * and pick nothing, and the form then refuses to send; the pick is tried again, up to 3 times.
 * `which` chooses among several matching options (default the first).
 */
export async function pickOption(
  page: Page,
  field: Locator,
  text: string | RegExp,
  options: { search?: string; shown?: string | RegExp; which?: 'first' | 'last' } = {},
): Promise<void> {
  const root = field.locator(
    'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const shown = options.shown ?? text;
  const option = () =>
    options.which === 'last' ? openOptions(page, text).last() : openOptions(page, text).first();
  for (let attempt = 1; ; attempt++) {
    if (!(await option().isVisible())) {
      await root.click();
      if (options.search) await page.keyboard.type(options.search);
    }
    await option().click();
    const shows = expect.poll(() => root.innerText(), { timeout: 5_000 });
    try {
      await (typeof shown === 'string' ? shows.toContain(shown) : shows.toMatch(shown));
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
