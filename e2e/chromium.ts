// Plumbing: how the journeys and bench/web-load.ts launch Debian's Chromium (no vitest here, so
// a bench can import it).
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (installed by scripts/install-system-deps.sh when missing). */
export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless, without the background traffic that would skew a measurement. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
