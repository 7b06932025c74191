// Plumbing for the test setups: the tests that spawn the app run the built one (dist/), so a setup
// first rebuilds what is missing or older than its sources — the same rule and script as
// `npm start` (scripts/build-inputs.mjs, scripts/build.mjs) — so they never test yesterday's code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BuildPart } from '../scripts/build-inputs.mjs';

/** The checkout's root, where dist/ and scripts/ are. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Runs `node scripts/build.mjs --if-stale <parts>`; throws when the build fails. */
export function ensureBuilt(parts: BuildPart[]): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', ...parts], {
    cwd: PACKAGE_DIR,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error(`node scripts/build.mjs ${parts.join(' ')} failed (${result.status})`);
}
