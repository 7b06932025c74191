// Plumbing: one vitest run with a project per tier (domain, server, web, e2e).
import { defineConfig } from 'vitest/config';
import { aliases } from './vite.config.ts';

const shared = { resolve: { alias: aliases } };

/**
 * `expect.poll` waits for a condition, never for vitest's default 1 s: a save, a refetch or a
 * render on a loaded 2-core machine takes longer, and a condition that holds returns at once.
 * (`vi.waitFor` has no global default: give it `{ timeout }` where it is used.)
 */
const patientPolls = { poll: { timeout: 30_000, interval: 100 } };

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'domain',
          include: ['src/domain/**/*.test.ts', 'src/contract/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        ...shared,
        test: {
          name: 'server',
          include: ['src/server/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/database.global-setup.ts'],
          expect: patientPolls,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: { name: 'web', include: ['src/web/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        ...shared,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/app.global-setup.ts'],
          expect: patientPolls,
          // Each journey signs in and builds its own data, beside a CPU hog in the stress runs.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
