// Bad input sent to readPlanSource (through its worker thread): each refused with a Vietnamese 400
// naming the reason — empty, too large, a spreadsheet or an image under a plan's name, random
// bytes, a zip bomb, an external entity (never fetched), a table nested past the cap — and a file
// that takes longer than the time bound stopped while the next one is still read.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppError } from '../../http/app-error';
import {
  PLAN_SOURCE_LIMITS,
  PLAN_SOURCE_READER_LIMITS,
  readPlanSource,
  stopIdlePlanSourceWorkers,
} from './read-plan-source';
import { passwordPdf, scannedPdf } from '../../../../test/pdf-fixtures';

/** The 400 readPlanSource answers `bytes` with. */
async function refusalOf(bytes: Buffer, name: string): Promise<string> {
  const error = await readPlanSource(bytes, name).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(400);
  return (error as AppError).message;
}

/** A minimal .docx whose document.xml is `documentXml`, optionally with more parts. */
async function docxWith(documentXml: string, parts: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file('word/document.xml', documentXml);
  for (const [path, text] of Object.entries(parts)) zip.file(path, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('files that are not plan documents', () => {
  it('refuses an empty file', async () => {
    expect(await refusalOf(Buffer.alloc(0), 'ke-hoach.docx')).toBe(
      'Tệp rỗng: không có nội dung để nhập.',
    );
  });

  it('refuses 11 MB of text, naming the 10 MB limit', async () => {
    const text = Buffer.from('Nhiệm vụ cải cách hành chính.\n'.repeat((11 * 1024 * 1024) / 32));
    expect(text.length).toBeGreaterThan(PLAN_SOURCE_LIMITS.maxBytes);
    expect(await refusalOf(text, 'ke-hoach.txt')).toContain('Tệp quá lớn (tối đa 10 MB)');
  });

  it('refuses a spreadsheet renamed .docx as a spreadsheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Nhiệm vụ').addRow(['STT', 'Nội dung', 'Chủ trì']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await refusalOf(xlsx, 'ke-hoach.docx')).toBe(
      'Tệp này là bảng tính Excel, không phải văn bản kế hoạch (dù tên tệp là gì): hãy tải lên tệp Word (.docx), PDF có lớp chữ, hoặc văn bản (.txt, .md).',
    );
  });

  it('refuses a PNG named .pdf as an image needing OCR', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('IHDR'),
      Buffer.alloc(2048, 0),
    ]);
    expect(await refusalOf(png, 'ke-hoach.pdf')).toContain(
      'Tệp này là ảnh, không phải văn bản: cần nhận dạng ký tự (OCR) trước khi nhập',
    );
  });

  it('refuses random bytes as not a plan document', async () => {
    let seed = 11;
    const random = Buffer.alloc(64 * 1024);
    for (let at = 0; at < random.length; at++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      random[at] = seed >>> 16;
    }
    expect(await refusalOf(random, 'ke-hoach.txt')).toBe(
      'Tệp không phải văn bản kế hoạch: hãy tải lên tệp Word (.docx), PDF có lớp chữ, hoặc văn bản (.txt, .md).',
    );
  });

  it('refuses text in a legacy 8-bit encoding, asking for Unicode', async () => {
    // "Uû ban nh©n d©n" as TCVN3 (ABC) bytes: not valid UTF-8.
    const tcvn3 = Buffer.from([0x55, 0xfb, 0x20, 0x62, 0x61, 0x6e, 0x20, 0x6e, 0x68, 0xa9, 0x6e]);
    expect(await refusalOf(tcvn3, 'ke-hoach.txt')).toContain('bảng mã Unicode UTF-8');
  });

  it('refuses a scanned PDF and a password-protected one', async () => {
    expect(await refusalOf(await scannedPdf(), 'ke-hoach.pdf')).toBe(
      'Tệp PDF không có lớp chữ (bản quét): cần nhận dạng ký tự (OCR) trước khi nhập.',
    );
    expect(await refusalOf(passwordPdf(), 'ke-hoach.pdf')).toContain('đặt mật khẩu');
  });
});

describe('hostile .docx files', () => {
  it('refuses a zip bomb: one entry inflating from ~60 kB to 60 MB', async () => {
    const bomb = await docxWith('0'.repeat(60 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusalOf(bomb, 'ke-hoach.docx')).toBe(
      'Tệp Word khi giải nén quá lớn (trên 50 MB): có thể là tệp độc hại, hệ thống từ chối.',
    );
  });

  describe('an external entity', () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.end('bí mật');
    });
    beforeAll(() => new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening)));
    afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

    const withEntity = (system: string) =>
      `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "${system}">]><w:document ${W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    const message =
      'Tệp Word chứa khai báo DOCTYPE/ENTITY (thực thể ngoài, có thể dùng để đọc trộm tệp trên máy chủ): hệ thống từ chối.';

    it('is refused in document.xml, and /etc/passwd never reaches the text', async () => {
      const docx = await docxWith(withEntity('file:///etc/passwd'));
      const refusal = await refusalOf(docx, 'ke-hoach.docx');
      expect(refusal).toBe(message);
      expect(refusal).not.toContain('root:');
    });

    it('is refused in any other part, and its address is never fetched', async () => {
      const { port } = server.address() as AddressInfo;
      const plain = `<w:document ${W}><w:body><w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p></w:body></w:document>`;
      for (const docx of [
        await docxWith(withEntity(`http://127.0.0.1:${port}/trong-than`)),
        await docxWith(plain, {
          'word/styles.xml': withEntity(`http://127.0.0.1:${port}/kieu`),
        }),
        await docxWith(plain, { 'docProps/app.xml': withEntity(`http://127.0.0.1:${port}/app`) }),
      ])
        expect(await refusalOf(docx, 'ke-hoach.docx')).toBe(message);
      expect(requests).toBe(0);
    });
  });

  it('refuses tables nested past the depth cap', async () => {
    const depth = 100; // each level opens w:tbl, w:tr, w:tc: 300 elements deep
    const nested =
      '<w:tbl><w:tr><w:tc>'.repeat(depth) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(depth);
    const docx = await docxWith(`<w:document ${W}><w:body>${nested}</w:body></w:document>`);
    expect(await refusalOf(docx, 'ke-hoach.docx')).toContain('lồng nhau quá sâu');
  });

  it('refuses malformed XML as a broken Word file', async () => {
    const docx = await docxWith(`<w:document ${W}><w:body><w:p></w:body>`);
    expect(await refusalOf(docx, 'ke-hoach.docx')).toBe(
      'Tệp Word (.docx) bị hỏng, không đọc được.',
    );
  });
});

describe('the worker bounds', () => {
  const normal = { ...PLAN_SOURCE_READER_LIMITS };
  afterEach(async () => {
    Object.assign(PLAN_SOURCE_READER_LIMITS, normal);
    await stopIdlePlanSourceWorkers();
  });

  it('stops a read past the time bound with a Vietnamese 400, then reads the next file', async () => {
    await stopIdlePlanSourceWorkers();
    // 1 ms: less than a fresh worker needs to start, so this read is always stopped by the timer.
    PLAN_SOURCE_READER_LIMITS.timeoutMs = 1;
    expect(await refusalOf(Buffer.from('Kế hoạch'), 'a.txt')).toContain('Đọc tệp quá lâu');
    Object.assign(PLAN_SOURCE_READER_LIMITS, normal);
    expect((await readPlanSource(Buffer.from('Kế hoạch'), 'a.txt')).lines).toEqual([
      { text: 'Kế hoạch' },
    ]);
  });
});
