// Chặn tệp Excel «bom nén»: an .xlsx is a zip, and a few kilobytes can inflate to gigabytes. Before
// exceljs opens it, the zip's central directory (at the end of the file, read without inflating
// anything) tells each part's inflated size: the file is refused when the parts together would
// inflate beyond 200× the file (real exports inflate 5–20×), or when a part the reader keeps in
// memory (shared strings, styles) would exceed 512 MB.
import { open } from 'node:fs/promises';

/** Inflated parts may weigh at most this many times the file. */
export const MAX_XLSX_INFLATION_RATIO = 200;
/** Inflated bytes allowed for a part held in memory while reading (shared strings, styles). */
export const MAX_XLSX_CACHED_PART_BYTES = 512 * 1024 ** 2;

const CACHED_PARTS = /^xl\/(?:sharedStrings|styles)\.xml$/i;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end-of-directory record (22 bytes) plus the longest zip comment. */
const TAIL_BYTES = 22 + 0xffff;
/** A 32-bit size of all ones: the real size is in a ZIP64 field, i.e. 4 GB or more. */
const ZIP64_MARK = 0xffffffff;

/** The zip's parts and their inflated sizes, or null when no central directory is found. */
export async function xlsxInflatedSizes(
  path: string,
): Promise<{ name: string; inflatedBytes: number }[] | null> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, TAIL_BYTES);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let at = tailLength - 22; at >= 0; at--)
      if (tail.readUInt32LE(at) === END_OF_DIRECTORY) {
        end = at;
        break;
      }
    if (end < 0) return null;
    const directoryBytes = tail.readUInt32LE(end + 12);
    const directoryAt = tail.readUInt32LE(end + 16);
    if (directoryAt + directoryBytes > size) return null;
    const directory = Buffer.alloc(directoryBytes);
    await handle.read(directory, 0, directoryBytes, directoryAt);
    const parts: { name: string; inflatedBytes: number }[] = [];
    for (let at = 0; at + 46 <= directoryBytes;) {
      if (directory.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
      const inflated = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      parts.push({ name, inflatedBytes: inflated === ZIP64_MARK ? Infinity : inflated });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return parts;
  } finally {
    await handle.close();
  }
}

/** Why the .xlsx at `path` (of `fileBytes`) must not be opened, in Vietnamese; null when it may. */
export async function xlsxInflationRefusal(
  path: string,
  fileBytes: number,
): Promise<string | null> {
  const parts = await xlsxInflatedSizes(path);
  // No readable directory: exceljs will fail on it and the reader says the file is corrupt.
  if (parts === null) return null;
  const total = parts.reduce((sum, part) => sum + part.inflatedBytes, 0);
  const cached = parts.find(
    (part) => CACHED_PARTS.test(part.name) && part.inflatedBytes > MAX_XLSX_CACHED_PART_BYTES,
  );
  if (total > MAX_XLSX_INFLATION_RATIO * fileBytes || cached)
    return 'Tệp Excel khi giải nén sẽ lớn bất thường (nghi là «bom nén»), nên không được mở. Hãy xuất lại danh sách hồ sơ từ hệ thống, hoặc lưu thành .csv rồi nhập.';
  return null;
}
