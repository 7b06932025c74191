// Plumbing: precompresses the built web app once, at build time, so the server never compresses a
// static file per request: beside every text-like file over 1 KB go `<file>.br` (brotli at its
// maximum quality 11, too slow per request, fine once) and `<file>.gz` (gzip level 9), served by
// @fastify/static's `preCompressed`. A compressed twin no smaller than its file is not written.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files worth compressing (images and fonts other than svg are compressed already). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|wasm|txt|xml|map|ico)$/;

/** Under this many bytes a compressed answer saves less than its headers and a round of work. */
export const MIN_COMPRESS_BYTES = 1024;

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes the .br and .gz twins of every compressible file over 1 KB under `dir`; returns the
 * totals in bytes (raw, brotli, gzip) of the files compressed.
 */
export async function precompressWeb(dir) {
  const totals = { files: 0, raw: 0, br: 0, gzip: 0 };
  const files = (await listFiles(dir)).filter((file) => COMPRESSIBLE.test(file));
  await Promise.all(
    files.map(async (file) => {
      if ((await stat(file)).size <= MIN_COMPRESS_BYTES) return;
      const raw = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      totals.files++;
      totals.raw += raw.length;
      if (br.length < raw.length) await writeFile(`${file}.br`, br);
      if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
      totals.br += Math.min(br.length, raw.length);
      totals.gzip += Math.min(gz.length, raw.length);
    }),
  );
  return totals;
}
