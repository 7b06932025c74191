// A zip bomb named .xlsx is refused from its central directory, before exceljs inflates anything;
// a real export (exceljs's own writer) passes and reads.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierFileError, openDossierFile } from './dossier-file-reader';
import {
  MAX_XLSX_INFLATION_RATIO,
  xlsxInflatedSizes,
  xlsxInflationRefusal,
} from './xlsx-inflation-guard';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parplan-xlsx-guard-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A zip of stored-as-deflate parts, written by hand (local headers, data, central directory,
 * end record). The CRC is left 0: the guard never inflates, and the bomb must not be opened.
 */
function zipOf(parts: { name: string; content: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.content, { level: 9 });
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(part.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(part.content.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    directory.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

describe('xlsx inflation guard', () => {
  it('reads the inflated sizes of every part from the central directory', async () => {
    const path = join(dir, 'small.xlsx');
    await writeFile(
      path,
      zipOf([
        { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
        { name: 'xl/sharedStrings.xml', content: Buffer.alloc(1000, 'a') },
      ]),
    );
    expect(await xlsxInflatedSizes(path)).toEqual([
      { name: '[Content_Types].xml', inflatedBytes: 8 },
      { name: 'xl/sharedStrings.xml', inflatedBytes: 1000 },
    ]);
  });

  it('refuses in Vietnamese a small file whose shared strings inflate over 200× its size', async () => {
    // 64 MB of one letter deflate to about 64 KB: some 1,000× the file.
    const path = join(dir, 'bom.xlsx');
    await writeFile(
      path,
      zipOf([
        { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
        { name: 'xl/sharedStrings.xml', content: Buffer.alloc(64 * 1024 ** 2, 'a') },
      ]),
    );
    const { size } = await stat(path);
    expect(size).toBeLessThan((64 * 1024 ** 2) / MAX_XLSX_INFLATION_RATIO);
    const refusal = await xlsxInflationRefusal(path, size);
    expect(refusal).toContain('«bom nén»');
    const opened = await openDossierFile(path).then(
      () => null,
      (error: unknown) => error,
    );
    expect(opened).toBeInstanceOf(DossierFileError);
    expect((opened as Error).message).toBe(refusal);
  });

  it('lets a real export through (exceljs writes it, the reader reads its rows)', async () => {
    const path = join(dir, 'that.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hồ sơ');
    sheet.addRow(['Mã hồ sơ', 'Mã đơn vị tiếp nhận', 'Mã thủ tục', 'Lĩnh vực']);
    for (let index = 1; index <= 200; index++)
      sheet.addRow([`HS-${index}`, 'DT.STP', '1.001193', 'Hộ tịch']);
    await workbook.xlsx.writeFile(path);
    expect(await xlsxInflationRefusal(path, (await stat(path)).size)).toBeNull();
    const reading = await openDossierFile(path);
    expect(reading.headers.slice(0, 2)).toEqual(['Mã hồ sơ', 'Mã đơn vị tiếp nhận']);
    let rows = 0;
    for await (const row of reading.rows) rows += row.line > 0 ? 1 : 0;
    expect(rows).toBe(200);
    expect(reading.bytesRead()).toBe((await stat(path)).size);
  });
});
