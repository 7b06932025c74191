// Plumbing: one vitest run with a project per tier (domain, server, web, e2e).
import { defineConfig } from 'vitest/config';
import { aliases } from './vite.config.ts';

const shared = { resolve: { alias: aliases } };

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
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
