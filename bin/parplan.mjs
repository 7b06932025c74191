#!/usr/bin/env node
// The `parplan` bin: runs the built CLI (dist/server/cli/parplan.js) when it exists, else the
// TypeScript source through tsx (a development checkout, where tsx is installed).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(root, 'dist', 'server', 'cli', 'parplan.js');
if (existsSync(built)) {
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
