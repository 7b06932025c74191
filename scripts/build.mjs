#!/usr/bin/env node
// `npm run build`: the web app (vite → dist/web, then precompressed .br/.gz) and the server (esbuild
// → dist/server), each stamped with its inputs' newest time (build-inputs.mjs) so `npm start` and
// the test setups rebuild only what is stale.
//   node scripts/build.mjs [server] [web] [--if-stale]
// No part named: both. `--if-stale`: only the named parts that are missing or older than their
// sources. Needs the devDependencies (vite, esbuild). Progress on stderr; exit 1 on a failed build.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { BUILD_PARTS, newestInputMs, staleReason, writeStamp } from './build-inputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const ifStale = args.includes('--if-stale');
const named = args.filter((arg) => !arg.startsWith('--'));
for (const part of named) {
  if (!(part in BUILD_PARTS)) {
    console.error(`Không có phần build "${part}" (chọn: ${Object.keys(BUILD_PARTS).join(', ')}).`);
    process.exit(2);
  }
}
const wanted = named.length > 0 ? named : Object.keys(BUILD_PARTS);

const megabytes = (bytes) =>
  (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 2 });

const builders = {
  async web() {
    // A production build whatever the caller's environment: under vitest NODE_ENV is 'test', and
    // vite then bundles React's development runtime (twice the bytes, dev warnings).
    process.env.NODE_ENV = 'production';
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
    const { precompressWeb } = await import('./compress-web.mjs');
    const totals = await precompressWeb(join(root, 'dist', 'web'));
    return `${totals.files} tệp nén trước: ${megabytes(totals.raw)} MB → ${megabytes(totals.br)} MB (br), ${megabytes(totals.gzip)} MB (gzip)`;
  },
  async server() {
    const { buildServer } = await import('./build-server.mjs');
    const entries = await buildServer(root);
    return `dist/server: ${entries.join(', ')}`;
  },
};

try {
  for (const part of wanted) {
    const reason = staleReason(root, part);
    if (ifStale && reason === null) continue;
    // Read before building: a source saved during the build is newer than the stamp, so stale next time.
    const inputsNewestMs = newestInputMs(root, BUILD_PARTS[part].inputs);
    const started = performance.now();
    console.error(`Build ${part}${reason ? ` (${reason})` : ''} …`);
    const summary = await builders[part]();
    writeStamp(root, part, inputsNewestMs);
    const seconds = ((performance.now() - started) / 1000).toLocaleString('vi-VN', {
      maximumFractionDigits: 1,
    });
    console.error(`Build ${part} xong sau ${seconds} s — ${summary}`);
  }
} catch (error) {
  console.error(error);
  process.exit(1);
}
