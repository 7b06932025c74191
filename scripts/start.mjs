#!/usr/bin/env node
// `npm start`: runs the built server, dist/server/main.js, in this very process (so npm's
// SIGINT/SIGTERM and the parent watch reach the app itself), building first the parts of dist that
// are missing or older than their sources (build-inputs.mjs). Plain JS: no tsx at run time. Where
// the build tools are absent (`npm ci --omit=dev`), an existing build runs as it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD_PARTS, staleReason } from './build-inputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = join(root, BUILD_PARTS.server.output);

const stale = Object.keys(BUILD_PARTS).filter((part) => staleReason(root, part) !== null);
if (stale.length > 0) {
  const canBuild = ['vite', 'esbuild'].every((tool) =>
    existsSync(join(root, 'node_modules', tool, 'package.json')),
  );
  const missing = stale.filter((part) => !existsSync(join(root, BUILD_PARTS[part].output)));
  if (canBuild) {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), ...stale], {
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(1);
  } else if (missing.length > 0) {
    console.error(
      `Chưa có bản build (${missing.map((part) => BUILD_PARTS[part].output).join(', ')}) và không có công cụ build (devDependencies): chạy \`npm ci && npm run build\` trước.`,
    );
    process.exit(1);
  } else {
    console.error(
      `Bản build cũ hơn mã nguồn (${stale.join(', ')}) nhưng không có công cụ build (devDependencies): chạy bản build hiện có.`,
    );
  }
}

console.log(`Chạy bản build ${BUILD_PARTS.server.output}`);
process.setSourceMapsEnabled(true);
await import(pathToFileURL(main).href);
