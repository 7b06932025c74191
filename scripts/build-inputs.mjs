// Plumbing: when is a build stale? Each part of dist (the server bundle, the web app) records the
// newest modification time among its inputs when it was built (dist/stamps/<part>.json); the part
// is stale when its output is missing or an input is newer now. Directories count too, so a file
// deleted or renamed makes its folder newer. Plain JS so `npm start` decides without tsx.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The two parts of a build: what each is made from and the file proving it exists. Frameworks
 * (/frameworks) and migrations are read at run time from the package root, so they are no input.
 */
export const BUILD_PARTS = {
  server: {
    inputs: [
      'src/server',
      'src/contract',
      'src/domain',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'scripts/build-server.mjs',
    ],
    output: 'dist/server/main.js',
  },
  web: {
    inputs: [
      'src/web',
      'src/contract',
      'src/domain',
      'package.json',
      'package-lock.json',
      'vite.config.ts',
      'scripts/compress-web.mjs',
    ],
    output: 'dist/web/index.html',
  },
};

/** Test files change no build: editing one must not cost a rebuild. */
const IGNORED = /\.test\.tsx?$/;

/** The newest mtime (ms) of `paths` under `root`, walking folders; missing paths are skipped. */
export function newestInputMs(root, paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      for (const entry of readdirSync(path)) if (!IGNORED.test(entry)) visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

function stampFile(root, part) {
  return join(root, 'dist', 'stamps', `${part}.json`);
}

/** Records that `part` was built from inputs no newer than `inputsNewestMs` (read before building). */
export function writeStamp(root, part, inputsNewestMs) {
  const file = stampFile(root, part);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ inputsNewestMs })}\n`);
}

/** Why `part` must be built, or null when dist holds a build of its current inputs. */
export function staleReason(root, part) {
  const { inputs, output } = BUILD_PARTS[part];
  if (!existsSync(join(root, output))) return `thiếu ${output}`;
  const file = stampFile(root, part);
  if (!existsSync(file)) return `thiếu ${file.slice(root.length + 1)}`;
  const { inputsNewestMs } = JSON.parse(readFileSync(file, 'utf8'));
  if (newestInputMs(root, inputs) > inputsNewestMs) return 'mã nguồn mới hơn bản build';
  return null;
}

/** The parts of dist that are missing or older than their inputs. */
export function staleParts(root) {
  return Object.keys(BUILD_PARTS).filter((part) => staleReason(root, part) !== null);
}
