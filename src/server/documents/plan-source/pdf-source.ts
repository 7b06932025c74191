// Reads the text layer of a .pdf (pdfjs-dist) into the SourceDocument: per page, the text pieces
// grouped into lines by their baseline, ordered left to right, a space where words stand apart and
// " | " where a wide gap splits two columns (the two-column header: "ỦY BAN NHÂN DÂN | CỘNG HÒA…");
// each line with its page, left position and bold (the font's name says Bold). A PDF whose pages
// hold (almost) no text is a scan and is refused: it needs OCR first. Tables stay flattened
// lines; the domain's appendix reader reads those.
import type { SourceDocument, SourceLine } from '@domain/plans/import/source-document';
import { PLAN_SOURCE_LIMITS, refusals } from './plan-source-limits';

/** One piece of text as drawn, in page coordinates with y growing downwards. */
interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  fontName: string;
}

/** Gaps between pieces on one line, in multiples of the font size. */
const WORD_GAP = 0.15;
const COLUMN_GAP = 2;
/** Pieces whose baselines differ by less than this share a line (superscripts included). */
const SAME_LINE = 0.5;

type Matrix = readonly number[];

/** m1 × m2 for PDF's 6-number affine matrices. */
function multiply(m1: Matrix, m2: Matrix): number[] {
  const [a1, b1, c1, d1, e1, f1] = m1 as [number, number, number, number, number, number];
  const [a2, b2, c2, d2, e2, f2] = m2 as [number, number, number, number, number, number];
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

const isBoldFont = (name: string | undefined) =>
  name !== undefined && /bold|black|heavy|semibold|demi/i.test(name);

/** Groups a page's pieces into lines (top to bottom) of pieces (left to right). */
function groupLines(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Piece[][] = [];
  let current: Piece[] = [];
  let baseline = 0;
  let size = 0;
  for (const piece of sorted) {
    if (current.length > 0 && piece.y - baseline <= SAME_LINE * Math.max(size, piece.size))
      current.push(piece);
    else {
      if (current.length > 0) lines.push(current);
      current = [piece];
      baseline = piece.y;
      size = piece.size;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/** The text of one line: pieces joined by what their gaps say; a piece drawn twice (fake bold) once. */
function lineText(pieces: Piece[]): string {
  let text = '';
  let previous: Piece | null = null;
  for (const piece of pieces) {
    if (previous) {
      const size = Math.max(previous.size, piece.size);
      if (piece.text === previous.text && Math.abs(piece.x - previous.x) < 0.3 * size) continue;
      const gap = piece.x - (previous.x + previous.width);
      if (gap > COLUMN_GAP * size) text = `${text.trimEnd()} | `;
      else if (gap > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
    }
    text += piece.text;
    previous = piece;
  }
  return text.trim();
}

/** pdfjs's errors → the reader's refusals (a password, a broken file). */
function loadFailure(error: unknown): Error {
  const name = (error as { name?: string } | null)?.name;
  return name === 'PasswordException' ? refusals.encryptedPdf() : refusals.corruptPdf();
}

/** Reads every page's text layer; refuses encrypted, over-long and text-less (scanned) files. */
export async function readPdfSource(bytes: Uint8Array): Promise<SourceDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw loadFailure(error);
  }
  try {
    if (document.numPages > PLAN_SOURCE_LIMITS.maxPages) throw refusals.tooManyPages();
    const pages: Array<{ pieces: Piece[]; width: number }> = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const matrix = multiply(viewport.transform, item.transform as number[]);
        pieces.push({
          text: item.str,
          x: matrix[4]!,
          y: matrix[5]!,
          width: item.width,
          size: Math.hypot(matrix[2]!, matrix[3]!) || item.height || 10,
          fontName: item.fontName,
        });
        characters += item.str.replace(/\s/g, '').length;
      }
      pages.push({ pieces, width: viewport.width });
      page.cleanup();
    }
    if (characters < PLAN_SOURCE_LIMITS.minTextCharactersPerPage * document.numPages)
      throw refusals.scannedPdf();

    const lines: SourceLine[] = [];
    for (const [index, { pieces, width }] of pages.entries()) {
      const fonts = await fontNames(document, index + 1, pieces);
      // Reduced, not spread: a hostile page may hold more pieces than the call stack takes arguments.
      const left = pieces.reduce((least, piece) => Math.min(least, piece.x), Infinity);
      const right = pieces.reduce((most, piece) => Math.max(most, piece.x + piece.width), 0);
      for (const linePieces of groupLines(pieces)) {
        if (lines.length >= PLAN_SOURCE_LIMITS.maxLines) throw refusals.tooManyLines();
        const start = linePieces[0]!.x;
        const end = linePieces.reduce((most, piece) => Math.max(most, piece.x + piece.width), 0);
        const line: SourceLine = {
          text: lineText(linePieces),
          page: index + 1,
          indent: Math.round(start * 10) / 10,
        };
        if (linePieces.every((piece) => isBoldFont(fonts.get(piece.fontName)))) line.bold = true;
        // Centred: the middle of the page, clearly narrower than the text block, off its left edge.
        const isNarrow = end - start < 0.7 * (right - left);
        if (isNarrow && start > left + 1 && Math.abs((start + end) / 2 - width / 2) < 0.05 * width)
          line.centered = true;
        lines.push(line);
      }
    }
    return { format: 'pdf', lines, tables: [] };
  } finally {
    await document.destroy();
  }
}

type PdfDocument = Awaited<
  ReturnType<(typeof import('pdfjs-dist/legacy/build/pdf.mjs'))['getDocument']>['promise']
>;

/**
 * The real names of the fonts a page's pieces use ("ABCDEF+TimesNewRomanPS-BoldMT"): pdfjs gives
 * them only once the page's drawing operators are loaded, so this is a second pass per page.
 */
async function fontNames(
  document: PdfDocument,
  pageNumber: number,
  pieces: Piece[],
): Promise<Map<string, string | undefined>> {
  const names = new Map<string, string | undefined>();
  if (pieces.length === 0) return names;
  const page = await document.getPage(pageNumber);
  await page.getOperatorList();
  for (const piece of pieces) {
    if (names.has(piece.fontName)) continue;
    const font = page.commonObjs.has(piece.fontName)
      ? (page.commonObjs.get(piece.fontName) as { name?: string } | null)
      : null;
    names.set(piece.fontName, font?.name);
  }
  page.cleanup();
  return names;
}
