// Reads a .docx (already opened behind the zip-bomb guard) into the SourceDocument: the body's
// paragraphs in order, those inside tables included, with the hints Word keeps — bold, centred,
// heading level, list level and the automatic number rendered as Word shows it — and each table
// row as one line plus a SourceTable with spans and vertical merges. Headers and footers (running
// page headers) are not read; nested tables are flattened into their cell's text.
import type JSZip from 'jszip';
import type {
  SourceCell,
  SourceDocument,
  SourceLine,
  SourceTable,
} from '@domain/plans/import/source-document';
import { ListNumbering } from './docx-numbering';
import { isOn, readDocxStyles, type DocxStyles } from './docx-styles';
import { hasXmlDeclarations, walkXml } from './ooxml-walk';
import { PLAN_SOURCE_LIMITS, refusals } from './plan-source-limits';

/** A paragraph as read, before it becomes a line or a cell's text. */
interface ParagraphOut {
  text: string;
  bold: boolean;
  centered: boolean;
  headingLevel?: number;
  listLevel?: number;
  listLabel?: string;
  indent?: number;
  page: number;
}

interface ParagraphState {
  text: string;
  styleId?: string;
  jc?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  indent?: number;
  /** Runs holding visible text, and how many of them are bold. */
  textRuns: number;
  boldRuns: number;
  /** Page where its first character lies. */
  page?: number;
  /** A section break ends with this paragraph (w:sectPr in its w:pPr): the next starts a page. */
  sectionBreak: boolean;
}

interface RunState {
  bold?: boolean;
  styleId?: string;
  hidden: boolean;
  text: string;
}

interface CellState {
  parts: string[];
  bold: boolean[];
  span: number;
  mergedFromAbove: boolean;
}

interface RowState {
  cells: CellState[];
  page?: number;
}

/** Elements whose content is not the document's current text: tracked-change history, the fallback copy of alternate content, deleted runs. */
const SKIPPED = new Set([
  'Fallback',
  'del',
  'moveFrom',
  'pPrChange',
  'rPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'sectPrChange',
  'numberingChange',
]);

/** Reads the body of `word/document.xml` with its styles and numbering. */
export async function readDocxSource(zip: JSZip): Promise<SourceDocument> {
  const xmlParts = Object.values(zip.files).filter(
    (entry) => !entry.dir && /\.(?:xml|rels)$/i.test(entry.name),
  );
  const texts = new Map<string, string>();
  for (const entry of xmlParts) {
    const text = await entry.async('string');
    // Any part, read or not: a declared entity is refused, never expanded.
    if (hasXmlDeclarations(text)) throw refusals.xmlDeclarations();
    texts.set(entry.name, text);
  }
  const documentXml = texts.get('word/document.xml');
  if (documentXml === undefined) throw refusals.notAPlanDocument();
  const styles = readDocxStyles(texts.get('word/styles.xml') ?? null);
  const numbering = new ListNumbering(texts.get('word/numbering.xml') ?? null);
  return readDocumentXml(documentXml, styles, numbering);
}

/** Walks the body once, building lines and tables as paragraphs and tables close. */
export function readDocumentXml(
  xml: string,
  styles: DocxStyles,
  numbering: ListNumbering,
): SourceDocument {
  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  const path: string[] = [];
  let skipDepth = 0;
  const paragraphs: ParagraphState[] = [];
  // A stack: a text box's paragraphs sit inside a run of the paragraph that anchors them.
  const runs: RunState[] = [];
  const tableStack: RowState[][] = [];
  let inText = false;

  // Pages: a break counts once even when Word marks it twice (w:br then w:lastRenderedPageBreak).
  let page = 1;
  let sawPageBreak = false;
  let textSinceBreak = false;
  const pageBreak = () => {
    sawPageBreak = true;
    if (textSinceBreak) page++;
    textSinceBreak = false;
  };

  const pushLine = (line: SourceLine) => {
    if (lines.length >= PLAN_SOURCE_LIMITS.maxLines) throw refusals.tooManyLines();
    lines.push(line);
  };

  const currentCell = (): CellState | undefined => tableStack.at(-1)?.at(-1)?.cells.at(-1);

  const addText = (text: string) => {
    const paragraph = paragraphs.at(-1);
    const run = runs.at(-1);
    if (!paragraph || !run || run.hidden) return;
    run.text += text;
    if (text.trim()) {
      textSinceBreak = true;
      paragraph.page ??= page;
      const row = tableStack.at(-1)?.at(-1);
      if (row) row.page ??= page;
    }
  };

  const finishParagraph = (state: ParagraphState): ParagraphOut => {
    const style = styles.paragraph(state.styleId);
    const numId = state.numId ?? style.numbering?.numId;
    const ilvl = state.ilvl ?? style.numbering?.ilvl ?? 0;
    const list = numId !== undefined ? numbering.next(numId, ilvl) : null;
    const body = state.text.replace(/\t/g, ' ');
    const headingLevel =
      state.outlineLevel !== undefined && state.outlineLevel < 9
        ? state.outlineLevel + 1
        : style.headingLevel;
    const out: ParagraphOut = {
      text: list ? `${list.label}${list.separator}${body}` : body,
      bold: state.textRuns > 0 && state.boldRuns === state.textRuns,
      centered: state.jc !== undefined ? state.jc === 'center' : (style.centered ?? false),
      page: state.page ?? page,
    };
    if (headingLevel !== undefined) out.headingLevel = headingLevel;
    if (list) {
      out.listLevel = list.level;
      out.listLabel = list.label;
    }
    const indent = state.indent ?? list?.indent;
    if (indent !== undefined) out.indent = indent;
    return out;
  };

  const emitParagraph = (out: ParagraphOut) => {
    const cell = currentCell();
    if (cell) {
      cell.parts.push(out.text);
      if (out.text.trim()) cell.bold.push(out.bold);
      return;
    }
    const line: SourceLine = { text: out.text };
    if (out.bold) line.bold = true;
    if (out.centered) line.centered = true;
    if (out.headingLevel !== undefined) line.headingLevel = out.headingLevel;
    if (out.listLevel !== undefined) line.listLevel = out.listLevel;
    if (out.listLabel !== undefined) line.listLabel = out.listLabel;
    if (out.indent !== undefined) line.indent = out.indent;
    line.page = out.page; // dropped at the end when the file marks no page break at all
    pushLine(line);
  };

  const finishTable = (rows: RowState[]) => {
    const enclosing = currentCell();
    if (enclosing) {
      // A table inside a cell: its rows become lines of that cell's text.
      for (const row of rows) {
        const text = row.cells.map((cell) => cell.parts.join(' ').trim()).join(' | ');
        enclosing.parts.push(text);
        const bolds = row.cells.flatMap((cell) => cell.bold);
        if (text.trim()) enclosing.bold.push(bolds.length > 0 && bolds.every(Boolean));
      }
      return;
    }
    const table: SourceTable = { rows: [] };
    const index = tables.length;
    tables.push(table);
    rows.forEach((row, rowIndex) => {
      const cells: SourceCell[] = row.cells.map((cell) => ({
        text: cell.parts.join('\n'),
        span: cell.span,
        mergedFromAbove: cell.mergedFromAbove,
      }));
      const bolds = row.cells.flatMap((cell) => cell.bold);
      const line: SourceLine = {
        text: cells.map((cell) => cell.text.replace(/\n/g, ' ')).join(' | '),
        table: { index, row: rowIndex },
        page: row.page ?? page,
      };
      if (bolds.length > 0 && bolds.every(Boolean)) line.bold = true;
      table.rows.push({ line: lines.length, cells });
      pushLine(line);
    });
  };

  walkXml(xml, {
    open(name, attribute) {
      const parent = path.at(-1);
      const grandparent = path.at(-2);
      path.push(name);
      if (skipDepth > 0 || SKIPPED.has(name)) {
        skipDepth++;
        return;
      }
      const paragraph = paragraphs.at(-1);
      const run = runs.at(-1);
      switch (name) {
        case 'p':
          paragraphs.push({ text: '', textRuns: 0, boldRuns: 0, sectionBreak: false });
          return;
        case 'r':
          runs.push({ hidden: false, text: '' });
          return;
        case 't':
          inText = parent === 'r';
          return;
        case 'tab':
          if (parent === 'r') addText(' ');
          return;
        case 'br':
          if (parent !== 'r') return;
          if (attribute('type') === 'page') pageBreak();
          else addText(' ');
          return;
        case 'cr':
          if (parent === 'r') addText(' ');
          return;
        case 'noBreakHyphen':
          if (parent === 'r') addText('-');
          return;
        case 'lastRenderedPageBreak':
          pageBreak();
          return;
        case 'tbl':
          tableStack.push([]);
          return;
        case 'tr':
          tableStack.at(-1)?.push({ cells: [] });
          return;
        case 'tc':
          tableStack
            .at(-1)
            ?.at(-1)
            ?.cells.push({ parts: [], bold: [], span: 1, mergedFromAbove: false });
          return;
      }
      if (parent === 'tcPr') {
        const cell = currentCell();
        if (cell && name === 'gridSpan') cell.span = Math.max(1, Number(attribute('val')) || 1);
        if (cell && name === 'vMerge') cell.mergedFromAbove = attribute('val') !== 'restart';
      } else if (parent === 'rPr' && grandparent === 'r' && run) {
        if (name === 'b') run.bold = isOn(attribute('val'));
        else if (name === 'rStyle') run.styleId = attribute('val');
        else if (name === 'vanish') run.hidden = isOn(attribute('val'));
      } else if (parent === 'pPr' && grandparent === 'p' && paragraph) {
        if (name === 'pStyle') paragraph.styleId = attribute('val');
        else if (name === 'jc') paragraph.jc = attribute('val');
        else if (name === 'outlineLvl') paragraph.outlineLevel = Number(attribute('val'));
        else if (name === 'ind') {
          const twips = attribute('left') ?? attribute('start');
          if (twips !== undefined && /^-?\d+$/.test(twips)) paragraph.indent = Number(twips) / 20;
        } else if (name === 'pageBreakBefore' && isOn(attribute('val'))) pageBreak();
        else if (name === 'sectPr') paragraph.sectionBreak = true;
      } else if (parent === 'numPr' && grandparent === 'pPr' && paragraph) {
        if (name === 'numId') paragraph.numId = attribute('val');
        else if (name === 'ilvl') paragraph.ilvl = Number(attribute('val')) || 0;
      } else if (name === 'type' && parent === 'sectPr' && grandparent === 'pPr' && paragraph) {
        if (attribute('val') === 'continuous') paragraph.sectionBreak = false;
      }
    },
    close(name) {
      path.pop();
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      switch (name) {
        case 't':
          inText = false;
          return;
        case 'r': {
          const paragraph = paragraphs.at(-1);
          const run = runs.pop();
          if (run && paragraph && !run.hidden) {
            paragraph.text += run.text;
            if (run.text.trim()) {
              const bold =
                run.bold ??
                styles.character(run.styleId).bold ??
                styles.paragraph(paragraph.styleId).bold ??
                styles.defaultBold;
              paragraph.textRuns++;
              if (bold) paragraph.boldRuns++;
            }
          }
          return;
        }
        case 'p': {
          const state = paragraphs.pop();
          if (!state) return;
          emitParagraph(finishParagraph(state));
          if (state.sectionBreak) pageBreak();
          return;
        }
        case 'tbl': {
          const rows = tableStack.pop();
          if (rows) finishTable(rows);
          return;
        }
      }
    },
    text(text) {
      if (inText && skipDepth === 0) addText(text);
    },
  });
  if (!sawPageBreak) for (const line of lines) delete line.page;
  return { format: 'docx', lines, tables };
}
