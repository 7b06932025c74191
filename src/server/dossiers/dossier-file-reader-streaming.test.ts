// The dossier reader streams: what it keeps in the heap while reading large generated exports
// (measured after forcing a collection, and with garbage included), and chunk boundaries.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { DOSSIER_COLUMN_LABELS } from '@domain/kpis/dossier-columns';
import type { DossierRowResult } from '@domain/kpis/dossier-row-result';
import { openDossierFile } from './dossier-file-reader';

async function readAll(rows: AsyncIterable<DossierRowResult>) {
  const all: DossierRowResult[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parplan-dossier-stream-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** V8's collector, to measure what a reader keeps rather than what it has not yet freed. */
function exposedGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}
const gc = exposedGc();

describe('openDossierFile streams', () => {
  it('reads a 100,000-row CSV with the heap growing by less than 50 MB', async () => {
    const path = join(dir, 'large.csv');
    const out = createWriteStream(path);
    // Quoted: two labels hold a comma ("Có phí, lệ phí").
    out.write(
      Object.values(DOSSIER_COLUMN_LABELS)
        .map((label) => `"${label}"`)
        .join(',') + '\n',
    );
    const rowCount = 100_000;
    for (let i = 0; i < rowCount; i++) {
      const day = (i % 28) + 1;
      const line = [
        `000.00.12.H42-2403${String(day).padStart(2, '0')}-${String(i).padStart(6, '0')}`,
        `XA-${i % 97}`,
        `1.00${i % 50}`,
        'Cấp giấy chứng nhận quyền sử dụng đất lần đầu',
        'Đất đai',
        `${String(day).padStart(2, '0')}/03/2024 08:${String(i % 60).padStart(2, '0')}`,
        `${String(Math.min(day + 10, 31)).padStart(2, '0')}/03/2024`,
        i % 3 === 0 ? '' : `${String(Math.min(day + 5, 31)).padStart(2, '0')}/03/2024 15:10`,
        i % 3 === 0 ? 'Đang xử lý' : 'Đã trả kết quả',
        i % 2 === 0 ? 'Trực tuyến' : 'Trực tiếp',
        i % 2 === 0 ? 'Toàn trình' : '',
        i % 4 === 0 ? 'Có' : 'Không',
        'Có',
        String(i % 3),
        String(i % 5),
        'Có',
        'Không',
        'Có',
        String((i % 5) + 1),
        'Không',
      ].join(',');
      if (!out.write(line + '\n')) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const { size } = await stat(path);

    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let kept = 0;
    let read = 0;
    let valid = 0;
    const reading = await openDossierFile(path);
    for await (const row of reading.rows) {
      read += 1;
      if ('dossier' in row) valid += 1;
      if (read % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      if (read % 10_000 === 0) {
        gc();
        kept = Math.max(kept, process.memoryUsage().heapUsed - baseline);
      }
    }
    const growthMb = (peak - baseline) / 1024 / 1024;
    const keptMb = kept / 1024 / 1024;
    console.log(
      `dossier reader: ${read} rows of a ${(size / 1024 / 1024).toFixed(1)} MB CSV, heap grew ${growthMb.toFixed(1)} MB at most (garbage included), kept ${keptMb.toFixed(1)} MB after collection`,
    );
    expect(read).toBe(rowCount);
    expect(valid).toBe(rowCount);
    expect(growthMb).toBeLessThan(50);
    // The file's text alone is 22.9 MB (more as a JS string): a reader keeping it would fail here.
    expect(keptMb).toBeLessThan(20);
  }, 120_000);

  it('keeps quoted cells with commas and line breaks whole across chunk boundaries', async () => {
    const path = join(dir, 'quoted.csv');
    const header =
      'Mã hồ sơ;Mã đơn vị;Mã thủ tục;Tên thủ tục;Lĩnh vực;Ngày tiếp nhận;Trạng thái;Hình thức nộp';
    const name = (i: number) => `Thủ tục số ${i}; có "ngoặc kép"\r\nvà xuống dòng`;
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `HS-${i};XA-LV;1.001;"${name(i).replaceAll('"', '""')}";Hộ tịch;01/03/2024;Đang xử lý;Trực tiếp`,
    );
    await writeFile(path, [header, ...rows].join('\r\n')); // over 256 KB: several chunks; no final line break
    const read = await readAll((await openDossierFile(path)).rows);
    expect(read).toHaveLength(5000);
    read.forEach((row, i) => {
      expect(row).toMatchObject({
        line: i + 2,
        dossier: { code: `HS-${i}`, procedureName: name(i) },
      });
    });
  });

  it('hands rows over in batches, one per chunk: bad rows on both sides of a boundary', async () => {
    const path = join(dir, 'boundary.csv');
    const header = 'Mã hồ sơ;Mã đơn vị;Mã thủ tục;Lĩnh vực;Ngày tiếp nhận;Trạng thái;Hình thức nộp';
    // ASCII rows of one length, so where the first 256 KB chunk ends is known: `inFirst` whole
    // rows fit after the header, the next one is cut by the boundary and read with chunk two.
    const row = (i: number, date: string) =>
      `HS-${String(i).padStart(6, '0')};XA-LV;1.001;Ho tich;${date};Dang xu ly;Truc tiep\n`;
    const rowBytes = row(0, '01/03/2024').length;
    const inFirst = Math.floor((256 * 1024 - Buffer.byteLength(header + '\n')) / rowBytes);
    // The last whole row of chunk one (row inFirst - 1) and the cut one (row inFirst) are bad.
    const bad = new Set([inFirst - 1, inFirst]);
    const total = inFirst + 500;
    const text = Array.from({ length: total }, (_, i) =>
      row(i, bad.has(i) ? '31/02/2024' : '01/03/2024'),
    );
    await writeFile(path, header + '\n' + text.join(''));

    const batches: DossierRowResult[][] = [];
    for await (const batch of (await openDossierFile(path)).batches) batches.push(batch);
    expect(batches[0]).toHaveLength(inFirst);
    const lastOfFirst = batches[0]!.at(-1)!;
    const firstOfSecond = batches[1]![0]!;
    // Line = row index + 2 (the header is line 1).
    expect(lastOfFirst).toMatchObject({ line: inFirst + 1, errors: [{ code: 'unreadable_date' }] });
    expect(firstOfSecond).toMatchObject({
      line: inFirst + 2,
      errors: [{ code: 'unreadable_date' }],
    });
    const all = batches.flat();
    expect(all.map((r) => r.line)).toEqual(Array.from({ length: total }, (_, i) => i + 2));
    expect(all.filter((r) => 'errors' in r).map((r) => r.line)).toEqual([inFirst + 1, inFirst + 2]);
  });

  it('reads a 20,000-row XLSX keeping less than 50 MB of heap', async () => {
    const path = join(dir, 'large.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useSharedStrings: true,
    });
    const sheet = writer.addWorksheet('Hồ sơ');
    sheet.addRow(Object.values(DOSSIER_COLUMN_LABELS)).commit();
    const rowCount = 20_000;
    for (let i = 0; i < rowCount; i++) {
      const day = (i % 28) + 1;
      sheet
        .addRow([
          `HS-${i}`,
          `XA-${i % 97}`,
          `1.00${i % 50}`,
          'Cấp giấy chứng nhận quyền sử dụng đất',
          'Đất đai',
          new Date(Date.UTC(2024, 2, day, 8, i % 60)),
          new Date(Date.UTC(2024, 2, Math.min(day + 10, 31))),
          new Date(Date.UTC(2024, 2, Math.min(day + 5, 31), 15, 10)),
          'Đã trả kết quả',
          i % 2 === 0 ? 'Trực tuyến' : 'Trực tiếp',
          i % 2 === 0 ? 'Toàn trình' : null,
          'Không',
          'Có',
          i % 3,
          i % 5,
          'Có',
          'Không',
          'Có',
          (i % 5) + 1,
          'Không',
        ])
        .commit();
    }
    sheet.commit();
    await writer.commit();

    gc();
    const baseline = process.memoryUsage().heapUsed;
    let kept = 0;
    let valid = 0;
    let read = 0;
    const reading = await openDossierFile(path);
    for await (const row of reading.rows) {
      read += 1;
      if ('dossier' in row) valid += 1;
      if (read % 5000 === 0) {
        gc();
        kept = Math.max(kept, process.memoryUsage().heapUsed - baseline);
      }
    }
    const keptMb = kept / 1024 / 1024;
    console.log(`dossier reader: ${read} XLSX rows, heap kept ${keptMb.toFixed(1)} MB at most`);
    expect(valid).toBe(rowCount);
    expect(keptMb).toBeLessThan(50);
  }, 120_000);
});
