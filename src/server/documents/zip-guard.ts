// Zip-bomb guard for Office files (.xlsx, .docx are zip archives): the sizes a zip declares can
// lie, so every entry is really inflated — in chunks, nothing kept — against a shared budget
// before any parser sees the file.
import JSZip from 'jszip';
import type { Readable } from 'node:stream';

/** How much a zip may hold, and the errors to answer with (in the caller's words). */
export interface ZipLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
  /** In the caller's words: an AppError on the main thread, a SpreadsheetRefusal in the reader's worker. */
  errors: { corrupt: () => Error; tooLarge: () => Error; tooManyEntries: () => Error };
}

/** Inflates one entry chunk by chunk, stopping as soon as the running total passes `budget`. */
function inflateWithin(
  entry: JSZip.JSZipObject,
  budget: number,
  limits: ZipLimits,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = entry.nodeStream('nodebuffer') as Readable;
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) {
          stream.destroy();
          reject(limits.errors.tooLarge());
        }
      })
      .on('error', () => reject(limits.errors.corrupt()))
      .on('end', () => resolve(size));
  });
}

/** Refuses a corrupt zip, one with too many entries, or one that inflates past the budget; returns the entry names. */
export async function assertSafeZip(buffer: Buffer, limits: ZipLimits): Promise<string[]> {
  const zip = await openSafeZip(buffer, limits);
  return Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
}

/** The same checks, then the opened zip, for a reader that goes on to inflate its parts. */
export async function openSafeZip(buffer: Buffer, limits: ZipLimits): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer); // reads the central directory only
  } catch {
    throw limits.errors.corrupt();
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > limits.maxEntries) throw limits.errors.tooManyEntries();
  let remaining = limits.maxUncompressedBytes;
  for (const entry of entries) remaining -= await inflateWithin(entry, remaining, limits);
  return zip;
}
