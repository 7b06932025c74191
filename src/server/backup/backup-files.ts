// Plumbing: file work of backup and restore — copying a live tree that may change under us,
// hashing, the .tar.gz (the `tar` package), and changing owner for the postgres OS user.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  chmod,
  chown,
  copyFile,
  lstat,
  mkdir,
  readdir,
  readFile,
  writeFile,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as tar from 'tar';
import type { PostgresUser } from '../db/postgres-user';

/** sha256 (hex) and size of a file, streamed. */
export async function hashFile(path: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    sizeBytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

const isGone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Copies `from` into `to` recursively. `skipContents(relativeDir)` keeps a directory but none of
 * its entries; `skipFile(relativePath)` leaves a file out. Files that vanish while we walk (a
 * live cluster drops temporary files) are skipped: WAL replay recreates what matters.
 */
export async function copyTree(
  from: string,
  to: string,
  rules: { skipContents?: (dir: string) => boolean; skipFile?: (file: string) => boolean } = {},
  relative = '',
): Promise<void> {
  await mkdir(join(to, relative), { recursive: true, mode: 0o700 });
  if (relative !== '' && rules.skipContents?.(relative)) return;
  let entries;
  try {
    entries = await readdir(join(from, relative), { withFileTypes: true });
  } catch (error) {
    if (isGone(error)) return;
    throw error;
  }
  for (const entry of entries) {
    const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) await copyTree(from, to, rules, path);
    else if (entry.isFile() && !rules.skipFile?.(path)) {
      try {
        await copyFile(join(from, path), join(to, path));
      } catch (error) {
        if (!isGone(error)) throw error;
      }
    }
  }
}

/** Copies one file, creating its folder. */
export async function copyFileInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
}

/** Gives `path` and everything under it to `user` (the postgres OS user when we run as root). */
export async function chownTree(path: string, user: PostgresUser): Promise<void> {
  await chown(path, user.uid, user.gid);
  if (!(await lstat(path)).isDirectory()) return;
  for (const entry of await readdir(path)) await chownTree(join(path, entry), user);
}

/** Writes `entries` of `folder` into a gzip-compressed tar file `out` (mode 600: it holds passwords). */
export async function writeArchive(folder: string, entries: string[], out: string): Promise<void> {
  await writeFile(out, '', { mode: 0o600 });
  await chmod(out, 0o600);
  await tar.c({ gzip: true, file: out, cwd: folder, portable: true }, entries);
}

/** Unpacks the .tar.gz `file` into `folder`. */
export async function extractArchive(file: string, folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await tar.x({ file, cwd: folder, preserveOwner: false });
}

/** Reads a small text file of the unpacked archive. */
export const readText = (path: string) => readFile(path, 'utf8');
