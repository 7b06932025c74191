// Khoảng trắng giữa các dòng: how far apart the inked lines at the top of page 1 of a rendered
// document are, to check that Vietnamese stacked diacritics ("ĐỒNG THÁP", "Độc lập") clear the
// line above. Reads a PDF (scripts/render-docx writes one), rasterises page 1 in grey at 300 dpi
// with poppler's pdftoppm, and prints, for the header's left column, its right column and the
// full width below the header, every band of pixel rows holding ink and the blank rows between
// consecutive bands. Two lines whose marks touch show as one tall band with no gap.
// Usage: npx tsx scripts/measure-line-gaps.ts file.pdf [--to-mm 110]
// Needs pdftoppm (poppler-utils); CI does not install it, so this stays a script.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DPI = 300;
const MM = DPI / 25.4;
/** Page geometry of plan-docx-style.ts: left margin 30 mm, text 165 mm, header left column 38 %. */
const LEFT_MARGIN_MM = 30;
const TEXT_WIDTH_MM = 165;
const LEFT_COLUMN_MM = TEXT_WIDTH_MM * 0.38;
/** Marks above capitals: a band at most this tall (px) sitting at most MARKS_GAP rows over the letters. */
const MARKS_MAX = 14;
const MARKS_GAP = 4;
/** A pixel darker than this (0 black – 255 white) is ink; anti-aliased edges count. */
const INK = 160;

interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Parses a binary PGM (P5, maxval 255), what `pdftoppm -gray` writes. */
function readPgm(bytes: Buffer): Grey {
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset]!))) offset++;
    if (bytes[offset] === 0x23) {
      while (bytes[offset] !== 0x0a) offset++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[offset]!)))
      token += String.fromCharCode(bytes[offset++]!);
    header.push(token);
  }
  offset++;
  const [magic, width, height] = [header[0], Number(header[1]), Number(header[2])];
  if (magic !== 'P5') throw new Error(`not a binary PGM: ${magic}`);
  return { width, height, pixels: bytes.subarray(offset, offset + width * height) };
}

/** Bands of consecutive rows with ink between columns x0 and x1 (pixels), from row 0 to maxRow. */
function inkBands(image: Grey, x0: number, x1: number, maxRow: number): [number, number][] {
  const bands: [number, number][] = [];
  let start = -1;
  for (let y = 0; y < Math.min(maxRow, image.height); y++) {
    let inked = false;
    for (let x = Math.max(0, x0); x < Math.min(x1, image.width) && !inked; x++)
      inked = image.pixels[y * image.width + x]! < INK;
    if (inked && start < 0) start = y;
    if (!inked && start >= 0) {
      bands.push([start, y - 1]);
      start = -1;
    }
  }
  if (start >= 0) bands.push([start, maxRow - 1]);
  // A short band a few rows from a taller one is marks of its letters: above capitals ("Ủ",
  // "Ồ", "Á" float a pixel or two over the letter) or a dot below ("Ộ", "Ệ"). It belongs to the
  // nearer line, and a line is measured from its highest mark to its lowest.
  const lines: [number, number][] = [];
  bands.forEach(([top, bottom], index) => {
    const previous = lines.at(-1);
    const next = bands[index + 1];
    const short = bottom - top + 1 <= MARKS_MAX;
    const gapAbove = previous ? top - previous[1] - 1 : Infinity;
    const gapBelow = next ? next[0] - bottom - 1 : Infinity;
    if (short && previous && gapAbove <= MARKS_GAP && gapAbove < gapBelow) previous[1] = bottom;
    else if (short && next && gapBelow <= MARKS_GAP) next[0] = top;
    else lines.push([top, bottom]);
  });
  return lines;
}

function report(label: string, bands: [number, number][]): void {
  console.log(`\n${label}`);
  console.log('  top(mm)  height(px)  blank rows above (px)');
  bands.forEach(([top, bottom], index) => {
    const previous = bands[index - 1];
    const gap = previous ? top - previous[1] - 1 : null;
    // A band taller than one 14 pt line with its marks (about 62 px) is two lines touching.
    const note =
      bottom - top + 1 > 75
        ? '  two or more lines touching'
        : gap !== null && gap <= 3
          ? '  touching'
          : '';
    console.log(
      `  ${(top / MM).toFixed(1).padStart(6)}  ${String(bottom - top + 1).padStart(10)}  ${String(gap ?? '-').padStart(8)}${note}`,
    );
  });
}

const pdf = process.argv[2];
if (!pdf) {
  console.error('Usage: npx tsx scripts/measure-line-gaps.ts file.pdf [--to-mm 110]');
  process.exit(2);
}
const toIndex = process.argv.indexOf('--to-mm');
const toMm = toIndex > 0 ? Number(process.argv[toIndex + 1]) : 110;

const dir = mkdtempSync(join(tmpdir(), 'line-gaps-'));
try {
  execFileSync('pdftoppm', ['-gray', '-r', String(DPI), '-f', '1', '-l', '1', pdf, join(dir, 'p')]);
  const file = execFileSync('ls', [dir]).toString().trim().split('\n')[0]!;
  const image = readPgm(readFileSync(join(dir, file)));
  const maxRow = Math.round(toMm * MM);
  const left = Math.round(LEFT_MARGIN_MM * MM);
  const middle = Math.round((LEFT_MARGIN_MM + LEFT_COLUMN_MM) * MM);
  const right = Math.round((LEFT_MARGIN_MM + TEXT_WIDTH_MM) * MM);
  console.log(`${pdf}: page 1 at ${DPI} dpi (1 pt = ${(DPI / 72).toFixed(2)} px), to ${toMm} mm`);
  report(
    'Header, left column (parent body, issuing body, rule, Số)',
    inkBands(image, left, middle, maxRow),
  );
  report(
    'Header, right column (motto, slogan, rule, place and date), then the title across it',
    inkBands(image, middle, right, maxRow),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
