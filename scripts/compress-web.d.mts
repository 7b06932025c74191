// Types of compress-web.mjs (plain JS so the build needs no tsx), for the tests that call it.

/** Under this many bytes a file gets no compressed twin. */
export const MIN_COMPRESS_BYTES: number;

/** Writes <file>.br and <file>.gz beside every compressible file over 1 KB under `dir`. */
export function precompressWeb(
  dir: string,
): Promise<{ files: number; raw: number; br: number; gzip: number }>;
