// PDFs built in the test run (no binary fixture committed): pages with real fonts, a scan, and a
// password-protected file, for the plan-document reader's tests and timings.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

const FONTS = '/usr/share/fonts/truetype/liberation2';

/** A new PDF with Liberation Serif regular and bold embedded (subset), as a plan's fonts. */
export async function pdfWithFonts() {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(readFileSync(`${FONTS}/LiberationSerif-Regular.ttf`), {
    subset: true,
  });
  const bold = await pdf.embedFont(readFileSync(`${FONTS}/LiberationSerif-Bold.ttf`), {
    subset: true,
  });
  return { pdf, regular, bold };
}

/** Draws `text` with its baseline `top` points below the top of an A4 page. */
export const drawText = (
  page: PDFPage,
  text: string,
  x: number,
  top: number,
  font: PDFFont,
  size = 13,
) => page.drawText(text, { x, y: 842 - top, size, font });

/** Draws `text` centred on the page's width. */
export const drawCentred = (page: PDFPage, text: string, top: number, font: PDFFont, size = 14) =>
  drawText(page, text, (595 - font.widthOfTextAtSize(text, size)) / 2, top, font, size);

/** A grey PNG of `size`×`size` pixels, encoded here (no binary fixture). */
export function greyPng(size: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((size + 1) * size, 0x80);
  for (let row = 0; row < size; row++) rows[row * (size + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A scanned plan: each page one image, and a page number stamped as text on the first. */
export async function scannedPdf(): Promise<Buffer> {
  const { pdf, regular } = await pdfWithFonts();
  const image = await pdf.embedPng(greyPng(64));
  for (let number = 0; number < 3; number++) {
    const page = pdf.addPage([595, 842]);
    page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    if (number === 0) drawText(page, 'Trang 1', 280, 820, regular, 10);
  }
  return Buffer.from(await pdf.save());
}

/** A PDF whose Standard security handler does not open with the empty password. */
export function passwordPdf(): Buffer {
  const hex = (byte: number) => byte.toString(16).padStart(2, '0').repeat(32);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x11)}> /U <${hex(0x22)}> /P -4 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '0123456789abcdef0123456789abcdef';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
