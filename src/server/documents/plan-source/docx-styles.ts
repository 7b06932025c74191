// styles.xml of a .docx: what a paragraph or character style says about bold, alignment, heading
// level and automatic numbering, each resolved through its `basedOn` chain, so a paragraph styled
// "Heading 2" or a style built on it reads as a level-2 heading whatever the file's language.
import { walkXml } from './ooxml-walk';

/** Numbering a style (or a paragraph) asks for: w:numPr. */
export interface NumberingReference {
  numId: string;
  ilvl: number;
}

/** What one style sets, after inheritance. */
export interface ResolvedStyle {
  bold?: boolean;
  centered?: boolean;
  headingLevel?: number;
  numbering?: NumberingReference;
}

/** The styles of one document by id, and the defaults every run starts from. */
export interface DocxStyles {
  paragraph(styleId: string | undefined): ResolvedStyle;
  character(styleId: string | undefined): ResolvedStyle;
  defaultBold: boolean;
}

interface RawStyle {
  type: string;
  name?: string;
  basedOn?: string;
  bold?: boolean;
  jc?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
}

/** OOXML on/off: an absent `w:val` means on. */
export function isOn(value: string | undefined): boolean {
  return value === undefined || !['false', '0', 'off', 'none'].includes(value);
}

/** "heading 3" (the built-in name Word stores in every language) or an outline level → 1-based level. */
function headingLevelOf(style: RawStyle, styleId: string): number | undefined {
  const byName = /^heading\s*([1-9])$/i.exec(style.name ?? '') ?? /^heading([1-9])$/i.exec(styleId);
  if (byName) return Number(byName[1]);
  if (style.outlineLevel !== undefined && style.outlineLevel < 9) return style.outlineLevel + 1;
  return undefined;
}

/** Reads styles.xml (absent → no styles); refuses what walkXml refuses. */
export function readDocxStyles(xml: string | null): DocxStyles {
  const raw = new Map<string, RawStyle>();
  let defaultBold = false;
  const path: string[] = [];
  let current: RawStyle | null = null;
  let currentId = '';
  let defaultParagraphId: string | undefined;
  if (xml)
    walkXml(xml, {
      open(name, attribute) {
        const parent = path.at(-1);
        const grandparent = path.at(-2);
        path.push(name);
        if (name === 'style') {
          current = { type: attribute('type') ?? 'paragraph' };
          currentId = attribute('styleId') ?? '';
          if (current.type === 'paragraph' && isOn(attribute('default')) && attribute('default'))
            defaultParagraphId = currentId;
          return;
        }
        if (name === 'b' && parent === 'rPr' && grandparent === 'rPrDefault') {
          defaultBold = isOn(attribute('val'));
          return;
        }
        if (!current) return;
        const style: RawStyle = current;
        if (parent === 'style') {
          if (name === 'name') style.name = attribute('val');
          else if (name === 'basedOn') style.basedOn = attribute('val');
        } else if (parent === 'rPr' && grandparent === 'style') {
          if (name === 'b') style.bold = isOn(attribute('val'));
        } else if (parent === 'pPr' && grandparent === 'style') {
          if (name === 'jc') style.jc = attribute('val');
          else if (name === 'outlineLvl') style.outlineLevel = Number(attribute('val'));
        } else if (parent === 'numPr' && grandparent === 'pPr') {
          if (name === 'numId') style.numId = attribute('val');
          else if (name === 'ilvl') style.ilvl = Number(attribute('val'));
        }
      },
      close(name) {
        path.pop();
        if (name === 'style' && current) {
          if (currentId) raw.set(currentId, current);
          current = null;
        }
      },
    });

  const resolved = new Map<string, ResolvedStyle>();
  const resolve = (styleId: string, seen: Set<string>): ResolvedStyle => {
    const cached = resolved.get(styleId);
    if (cached) return cached;
    const style = raw.get(styleId);
    if (!style || seen.has(styleId)) return {};
    seen.add(styleId);
    const base = style.basedOn ? resolve(style.basedOn, seen) : {};
    const numbering =
      style.numId !== undefined
        ? { numId: style.numId, ilvl: style.ilvl ?? base.numbering?.ilvl ?? 0 }
        : base.numbering;
    const result: ResolvedStyle = {
      bold: style.bold ?? base.bold,
      centered: style.jc !== undefined ? style.jc === 'center' : base.centered,
      headingLevel: headingLevelOf(style, styleId) ?? base.headingLevel,
      numbering,
    };
    resolved.set(styleId, result);
    return result;
  };
  const lookup = (type: string, fallback?: string) => (styleId: string | undefined) => {
    // A paragraph without w:pStyle has the default paragraph style ("Normal").
    const id = styleId ?? fallback;
    if (id === undefined) return {};
    return raw.get(id)?.type === type ? resolve(id, new Set()) : {};
  };
  return {
    paragraph: lookup('paragraph', defaultParagraphId),
    character: lookup('character'),
    defaultBold,
  };
}
