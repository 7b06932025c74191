// Lint: typescript-eslint on all TypeScript, plus the architecture's import arrows
// (web → contract → domain, server → contract → domain, server → domain; domain → nothing;
// web ✗ server; server ✗ web; one web feature never imports another).
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const zones = [
  {
    target: './src/domain',
    from: ['./src/contract', './src/server', './src/web'],
    message: 'src/domain is pure: it imports nothing of the app.',
  },
  {
    target: './src/contract',
    from: ['./src/server', './src/web'],
    message: 'src/contract may import only src/domain.',
  },
  { target: './src/server', from: './src/web', message: 'The server never imports the web app.' },
  {
    target: './src/web',
    from: ['./src/server', './src/domain'],
    message: 'The web app reaches the domain only through src/contract.',
  },
  // One zone per feature folder: it may import itself, never a sibling feature.
  ...readdirSync('./src/web/features', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      target: `./src/web/features/${entry.name}`,
      from: './src/web/features',
      except: [`./${entry.name}`],
      message:
        'A web feature must not import another feature: compose in src/web/app, share via src/web/components or src/web/lib.',
    })),
];

/** Wall-clock reads, allowed only in src/server/clock.ts. */
const wallClockReads = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message:
      'No wall clock here: take `today`/`now` from the service context (or a Clock from src/server/clock.ts).',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message:
      'No wall clock here: take `now` from the service context (or a Clock from src/server/clock.ts).',
  },
  {
    selector: "CallExpression[callee.name='Date']",
    message: 'Date() reads the wall clock: take `now` from the service context.',
  },
];

/** Waits that give up on a fixed budget instead of a condition. */
const fixedWaits = [
  {
    selector: "CallExpression[callee.property.name='waitForTimeout']",
    message:
      'A fixed sleep: wait for the condition (locator.waitFor, waitForResponse, expect.poll).',
  },
  {
    selector:
      "CallExpression[callee.object.name='vi'][callee.property.name=/^(waitFor|waitUntil)$/][arguments.length<2]",
    message: 'vi.waitFor/waitUntil give up after 1 s by default: pass { timeout }.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.tmp/', 'src/server/db/migrations/'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // no-cycle follows imports only into files it can parse: the TypeScript ones included.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@server/*'],
              message: 'Import server code with relative paths inside src/server only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'crypto',
                'http',
                'zod',
                'react',
                'fastify',
                'pg',
                'drizzle-orm',
                'drizzle-orm/*',
              ],
              message: 'src/domain is pure: no I/O, no frameworks.',
            },
            {
              group: ['@contract/*', '@server/*', '@web/*'],
              message: 'src/domain imports nothing of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@server/*', '@web/*'], message: 'src/contract may import only src/domain.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@server/*', '@domain/*'],
              message: 'The web app reaches the domain only through @contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@web/*'], message: 'The server never imports the web app.' }] },
      ],
    },
  },
  // SQL only in repositories: services and routes call *.repository.ts, never drizzle or the tables.
  {
    files: ['src/server/**/*.service.ts', 'src/server/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@web/*'], message: 'The server never imports the web app.' },
            {
              group: ['@server/*'],
              message: 'Import server code with relative paths inside src/server only.',
            },
            {
              group: ['drizzle-orm', 'drizzle-orm/*', '**/db/schema'],
              message: 'SQL lives in *.repository.ts: call a repository function instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      // Import cycles hide layering mistakes and break module initialisation order.
      'import-x/no-cycle': 'error',
    },
  },
  // What ships never loads test code: test helpers live in test/, and vitest and smtp-server are
  // devDependencies, absent after `npm ci --omit=dev`. (The typescript-eslint twin of
  // no-restricted-imports, so the per-folder rules above stay in force beside it.)
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['vitest', 'smtp-server'].map((name) => ({
            name,
            message: 'Test tooling: only *.test.ts files and test/ may import it.',
          })),
          patterns: [
            {
              regex: '(^|/)test(/|$)',
              message:
                'src never imports test/: move the shared code into src, or the caller into test/.',
            },
          ],
        },
      ],
    },
  },
  // The wall clock is read in one place (src/server/clock.ts); everything else receives a Clock or
  // the request's `today`/`now`, so tests and the e2e app can fix the day (issue 9, item 4).
  {
    files: ['src/server/**/*.ts', 'src/domain/**/*.ts'],
    ignores: ['src/server/clock.ts', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...wallClockReads] },
  },
  // Tests wait for a condition, never for a fixed time nor vitest's 1 s default budget.
  {
    files: ['e2e/**/*.ts', 'test/**/*.ts', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...fixedWaits] },
  },
  // Server and domain tests neither sleep nor read the wall clock (they fix the day instead).
  {
    files: ['src/server/**/*.test.ts', 'src/domain/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...wallClockReads, ...fixedWaits] },
  },
);
