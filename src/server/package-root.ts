// Plumbing: the package's root folder, found from this module's own location, so what the server
// reads at run time (the migrations, /frameworks, dist/web, the compiled workers) resolves the same
// way from source (tsx, vitest: src/server/…) and from the bundle (dist/server/main.js,
// dist/server/cli/parplan.js), whose modules sit at other depths below the root.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`Không tìm thấy package.json phía trên ${start}`);
  }
}

/** The folder holding package.json (the checkout, or the installed copy in production). */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A path under the package root, e.g. `fromPackageRoot('frameworks')`. */
export function fromPackageRoot(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
