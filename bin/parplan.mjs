#!/usr/bin/env node
// The `parplan` bin: runs the built CLI (dist/server/cli/parplan.js) when it is current, else the
// TypeScript source through tsx (a development checkout with edits not built yet). Without tsx
// (`npm ci --omit=dev`) the build runs as it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { staleReason } from '../scripts/build-inputs.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(root, 'dist', 'server', 'cli', 'parplan.js');
const tsxInstalled = existsSync(join(root, 'node_modules', 'tsx', 'package.json'));
if (existsSync(built) && (!tsxInstalled || staleReason(root, 'server') === null)) {
  await import(pathToFileURL(built).href);
} else {
  const tsx = import.meta.resolve('tsx');
  const result = spawnSync(
    process.execPath,
    ['--import', tsx, join(root, 'src', 'server', 'cli', 'parplan.ts'), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exitCode = result.status ?? 1;
}
