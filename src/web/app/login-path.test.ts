// The login form has a budget of JavaScript (≤ 250 KB brotli, measured by bench/web-load.ts). This
// guards the three largest things it was made to do without, by following the static imports (the
// ones the bundler must load before running a module; `import()` and type-only imports are not
// followed) from the entry and from the login page, which the app preloads when it opens on /login.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
const ALIASES: Record<string, string> = {
  '@web/': 'web/',
  '@contract/': 'contract/',
  '@domain/': 'domain/',
};

/** The file a specifier names, or null for a package or a non-script file (styles). */
function resolveSource(specifier: string, fromFile: string): string | null {
  const alias = Object.keys(ALIASES).find((prefix) => specifier.startsWith(prefix));
  let base: string;
  if (alias) base = join(SRC, ALIASES[alias]!, specifier.slice(alias.length));
  else if (specifier.startsWith('.')) base = join(dirname(fromFile), specifier);
  else return null;
  const candidates = [`${base}.ts`, `${base}.tsx`, base, join(base, 'index.ts')];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file)) ?? null;
}

/** Specifiers a module needs at run time: value imports and re-exports, not `import type`. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          clause.name === undefined &&
          named !== undefined &&
          ts.isNamedImports(named) &&
          named.elements.length > 0 &&
          named.elements.every((element) => element.isTypeOnly));
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier
    ) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** Every source file and package reached from `entries` through static imports. */
function loginPath(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = entries.map((entry) => join(SRC, entry));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of staticImports(file)) {
      const target = resolveSource(specifier, file);
      if (target) pending.push(target);
      else if (!specifier.startsWith('.') && !specifier.startsWith('@web/'))
        packages.add(
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  }
  return { files, packages };
}

describe('what the login form waits for', () => {
  const { files, packages } = loginPath([
    'web/main.tsx',
    'web/features/auth/routes/login-page.tsx',
  ]);
  const sourceFiles = [...files].map((file) => relative(SRC, file));

  it('reaches the login page and the API client (the walk follows the real imports)', () => {
    expect(sourceFiles).toEqual(
      expect.arrayContaining([
        'web/lib/api-client.ts',
        'web/lib/current-user.ts',
        'web/lib/i18n.ts',
        'web/features/auth/components/login-form.tsx',
      ]),
    );
    expect([...packages]).toEqual(expect.arrayContaining(['react', 'antd', 'i18next']));
  });

  it('holds no zod: API schemas are imported beside the request (lazyEndpoint)', () => {
    expect([...packages]).not.toContain('zod');
  });

  it('holds only the sign-in words of the dictionary, no domain labels, no dayjs', () => {
    expect(sourceFiles).toContain('web/lib/locales/sign-in.vi.ts');
    expect(sourceFiles).not.toContain('web/lib/locales/signed-in.vi.ts');
    expect(sourceFiles.filter((file) => file.startsWith('domain/'))).toEqual([]);
    expect([...packages]).not.toContain('dayjs');
  });
});
