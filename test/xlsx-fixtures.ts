// Test set-up for hostile spreadsheets: a minimal valid .xlsx written part by part with jszip, so a
// test can put any sheet XML in it (a claimed dimension, far-away cells) exactly as an attacker would.
import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** One inline-string cell, e.g. `<c r="ALL1" t="inlineStr">…`. */
export const textCell = (address: string, text: string) =>
  `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** The sheet XML around rows: `{ 1: [textCell('A1', 'x')] }`, with an optional claimed dimension. */
export function sheetXml(
  rows: Record<number, string[]>,
  extra: { dimension?: string; after?: string } = {},
) {
  const body = Object.entries(rows)
    .map(([row, cells]) => `<row r="${row}">${cells.join('')}</row>`)
    .join('');
  const dimension = extra.dimension ? `<dimension ref="${extra.dimension}"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${dimension}<sheetData>${body}</sheetData>${extra.after ?? ''}</worksheet>`;
}

/** A minimal .xlsx whose first (and only) sheet is `sheet`. */
export async function minimalXlsx(sheet: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets><sheet name="Trang 1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The file of issue 9: only cells ALL1 and A200000, the sheet claiming everything in between. */
export const sparseFarAwayXlsx = () =>
  minimalXlsx(
    sheetXml(
      { 1: [textCell('ALL1', 'x')], 200000: [textCell('A200000', 'y')] },
      { dimension: 'A1:ALL200000' },
    ),
  );
