// The server bundle runs after `npm ci --omit=dev`: every package it imports at run time is a
// dependency (never a devDependency such as tsx, vitest, smtp-server or drizzle-kit), and none of
// its modules comes from test/. Read from the build's own record of its imports (esbuild metafile);
// the setup built dist/server from the current sources.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../test/ensure-build';

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { imports: { path: string; external?: boolean }[]; entryPoint?: string }>;
}

const meta = JSON.parse(
  readFileSync(join(PACKAGE_DIR, 'dist/server/esbuild-meta.json'), 'utf8'),
) as Metafile;
const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier);

describe('the server bundle (dist/server)', () => {
  it('has the server and both worker threads as entries', () => {
    const entries = Object.values(meta.outputs).flatMap((output) => output.entryPoint ?? []);
    expect(entries).toEqual(
      expect.arrayContaining([
        'src/server/main.ts',
        'src/server/documents/plan-source/plan-source-worker.ts',
        'src/server/documents/spreadsheet-worker.ts',
      ]),
    );
  });

  it('imports at run time only node built-ins and packages listed in dependencies', () => {
    const packages = new Set(
      Object.values(meta.outputs)
        .flatMap((output) => output.imports)
        .filter((entry) => entry.external && !isBuiltin(entry.path))
        .map((entry) => packageOf(entry.path)),
    );
    expect(packages.size).toBeGreaterThan(10);
    const notDependencies = [...packages].filter((name) => !(name in manifest.dependencies));
    expect(notDependencies).toEqual([]);
    for (const devOnly of ['tsx', 'vitest', 'smtp-server', 'drizzle-kit', 'esbuild', 'vite'])
      expect(packages.has(devOnly), devOnly).toBe(false);
  });

  it('bundles nothing from test/ nor any test file', () => {
    const inputs = Object.keys(meta.inputs);
    expect(inputs.length).toBeGreaterThan(100);
    expect(inputs.filter((input) => /^test\/|\.test\.tsx?$|\.fixture\.ts$/.test(input))).toEqual(
      [],
    );
  });
});
