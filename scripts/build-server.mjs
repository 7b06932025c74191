// Plumbing: compiles the server with esbuild into dist/server — our TypeScript bundled (the
// @domain/@contract aliases from tsconfig.json resolved), every npm package left to node_modules
// (`packages: 'external'`), ESM for Node 20, with source maps. Entries: the server (main.js), the
// operator CLI (cli/parplan.js, once src/server/cli/parplan.ts exists) and the two worker threads
// (workers/*.js, found there by documents/worker-pool.ts). The bundle's imports are recorded in
// dist/server/esbuild-meta.json, where a test checks none is a devDependency.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** Output name (under dist/server, without .js) → source entry. */
export const SERVER_ENTRIES = {
  main: 'src/server/main.ts',
  'cli/parplan': 'src/server/cli/parplan.ts',
  'workers/plan-source-worker': 'src/server/documents/plan-source/plan-source-worker.ts',
  'workers/spreadsheet-worker': 'src/server/documents/spreadsheet-worker.ts',
};

/** Builds dist/server from scratch; returns the entries built. */
export async function buildServer(root) {
  const outdir = join(root, 'dist', 'server');
  rmSync(outdir, { recursive: true, force: true });
  const entryPoints = Object.fromEntries(
    Object.entries(SERVER_ENTRIES).filter(([, source]) => existsSync(join(root, source))),
  );
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    tsconfig: join(root, 'tsconfig.json'),
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(join(outdir, 'esbuild-meta.json'), JSON.stringify(result.metafile));
  return Object.keys(entryPoints);
}
