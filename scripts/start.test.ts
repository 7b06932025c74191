// `npm start` serves from dist: scripts/start.mjs runs dist/server/main.js in its own process (no
// tsx), which serves dist/web's precompressed files; and it rebuilds exactly when dist is missing
// or older than its sources (scripts/build-inputs.mjs), never for an edited test.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUILD_PARTS,
  newestInputMs,
  staleParts,
  staleReason,
  writeStamp,
} from './build-inputs.mjs';
import { findFreePort } from '../src/server/db/free-port';
import { stopOrphanPostmaster } from '../src/server/db/orphan-postgres';
import { PACKAGE_DIR } from '../test/ensure-build';
import { spawnApp, type SpawnedApp } from '../test/spawn-app';
import { createThrowawayDir } from '../test/throwaway-postgres';

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('when dist is stale', () => {
  /** A checkout in miniature, every file and folder dated 01/01/2026, both parts built then. */
  function builtCheckout(): { root: string; touch(path: string, seconds: number): void } {
    const root = mkdtempSync(join(tmpdir(), 'parplan-stale-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const files = [
      'src/server/main.ts',
      'src/server/main.test.ts',
      'src/web/main.tsx',
      'src/domain/rule.ts',
      'package-lock.json',
      'dist/server/main.js',
      'dist/web/index.html',
    ];
    const built = new Date('2026-01-01T00:00:00Z');
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    for (const path of [...files, 'src/server', 'src/web', 'src/domain', 'src'])
      utimesSync(join(root, path), built, built);
    for (const part of ['server', 'web'] as const)
      writeStamp(root, part, newestInputMs(root, BUILD_PARTS[part].inputs));
    const touch = (path: string, seconds: number) => {
      const later = new Date(built.getTime() + seconds * 1000);
      utimesSync(join(root, path), later, later);
    };
    return { root, touch };
  }

  it('builds nothing when every input is as old as the build', () => {
    const { root } = builtCheckout();
    expect(staleParts(root)).toEqual([]);
  });

  it('rebuilds the server alone after a server source changed, both after a domain rule', () => {
    const { root, touch } = builtCheckout();
    touch('src/server/main.ts', 60);
    expect(staleReason(root, 'server')).toBe('mã nguồn mới hơn bản build');
    expect(staleParts(root)).toEqual(['server']);
    touch('src/domain/rule.ts', 60);
    expect(staleParts(root)).toEqual(['server', 'web']);
  });

  it('rebuilds after a new lock file, but not for an edited test', () => {
    const { root, touch } = builtCheckout();
    touch('src/server/main.test.ts', 60);
    expect(staleParts(root)).toEqual([]);
    touch('package-lock.json', 60);
    expect(staleParts(root)).toEqual(['server', 'web']);
  });

  it('rebuilds after a source was deleted (its folder is newer) or the build was removed', () => {
    const { root } = builtCheckout();
    rmSync(join(root, 'src/web/main.tsx'));
    expect(staleParts(root)).toEqual(['web']);
    rmSync(join(root, 'dist/server/main.js'));
    expect(staleReason(root, 'server')).toBe('thiếu dist/server/main.js');
  });
});

describe('npm start (node scripts/start.mjs)', () => {
  it('runs dist/server/main.js in its own process and serves dist/web precompressed', async () => {
    const { dir: dataDir, remove } = createThrowawayDir('parplan-start-dist-');
    cleanups.push(remove, () => stopOrphanPostmaster(join(dataDir, 'postgres')));
    const port = await findFreePort();
    const app: SpawnedApp = spawnApp({
      dataDir,
      port,
      args: ['scripts/start.mjs'],
      env: { PARPLAN_DEMO_DATA: 'false', PARPLAN_JOBS: 'false' },
    });
    cleanups.push(() => app.child.kill('SIGKILL'));
    await app.waitForHealth(90_000);

    // The setup built dist from these sources: nothing to rebuild, the bundle runs.
    expect(app.output()).toContain('Chạy bản build dist/server/main.js');
    expect(app.output()).not.toMatch(/^Build /m);
    // The app (holder of the data directory's lock) is start.mjs's own process, without tsx.
    expect(Number(readFileSync(join(dataDir, 'parplan.lock'), 'utf8'))).toBe(app.child.pid);
    const commandLine = readFileSync(`/proc/${app.child.pid}/cmdline`, 'utf8').split('\0');
    expect(commandLine).toContain('scripts/start.mjs');
    expect(commandLine.join(' ')).not.toContain('tsx');

    const index = readFileSync(join(PACKAGE_DIR, 'dist/web/index.html'), 'utf8');
    const page = await fetch(`http://127.0.0.1:${port}/organisations`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toBe(index);

    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)![1]!;
    const asset = await fetch(`http://127.0.0.1:${port}${script}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe(readFileSync(join(PACKAGE_DIR, `dist/web${script}`), 'utf8'));

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  }, 120_000);
});
