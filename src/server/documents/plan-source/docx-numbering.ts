// Số tự động of a .docx: numbering.xml read into its list definitions, and a counter that renders
// each numbered paragraph's label ("1.", "1.2.", "a)", "-") as Word shows it — counted per list and
// level, deeper levels restarting after a higher one, a w:num with start overrides counting on its
// own (how Word and the docx library restart a list). The label is what the structure rules read
// ("a)" is a sub-item), since the paragraph's own text does not hold it.
import { walkXml } from './ooxml-walk';

/** One level of a list definition (w:lvl). */
interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  /** w:lvlRestart: restart after a level ≤ this (1-based) is used; 0 = never; absent = any higher. */
  restart?: number;
  /** w:isLgl: every %n of this level's text shown as a decimal ("1.1." under "I."). */
  legal: boolean;
  /** w:suff: what separates the label from the text. */
  suffix: string;
  /** Left indent in points (w:ind w:left/start). */
  indent?: number;
}

interface NumDefinition {
  abstractNumId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDefinition>;
}

/** A rendered label: the text before the paragraph, its separator and level. */
export interface ListLabel {
  label: string;
  /** " " or "" (w:suff nothing). */
  separator: string;
  level: number;
  indent?: number;
}

const newLevel = (): LevelDefinition => ({
  start: 1,
  format: 'decimal',
  text: '',
  legal: false,
  suffix: 'tab',
});

const twipsToPoints = (value: string | undefined) =>
  value !== undefined && /^-?\d+$/.test(value) ? Number(value) / 20 : undefined;

/** 1 → "a", 26 → "z", 27 → "aa": Word's letter numbering (Latin letters, not the Vietnamese order). */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(value: number): string {
  if (value < 1 || value >= 4000) return String(value);
  let rest = value;
  let text = '';
  for (const [amount, symbol] of ROMAN)
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  return text;
}

/** A counter value in a level's w:numFmt; formats with no Latin rendering fall back to decimal. */
export function formatListNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value);
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** A bullet's symbol as plan text writes it: "+" stays "+", every other mark (•, ●, , –) is "-". */
function bulletLabel(text: string): string {
  return text.trim() === '+' ? '+' : '-';
}

/** Reads numbering.xml (absent → no lists) and counts labels as paragraphs arrive in order. */
export class ListNumbering {
  private readonly abstracts = new Map<string, Map<number, LevelDefinition>>();
  private readonly nums = new Map<string, NumDefinition>();
  /** Counter values per list (a w:num with overrides, else its w:abstractNum) and level. */
  private readonly counters = new Map<string, Map<number, number>>();

  constructor(xml: string | null) {
    if (xml) this.read(xml);
  }

  private read(xml: string): void {
    const path: string[] = [];
    let abstract: Map<number, LevelDefinition> | null = null;
    let num: NumDefinition | null = null;
    let level: LevelDefinition | null = null;
    let overrideLevel = -1;
    walkXml(xml, {
      open: (name, attribute) => {
        const parent = path.at(-1);
        path.push(name);
        const val = attribute('val');
        if (name === 'abstractNum') {
          abstract = new Map();
          this.abstracts.set(attribute('abstractNumId') ?? '', abstract);
        } else if (name === 'num' && parent === 'numbering') {
          num = { abstractNumId: '', startOverrides: new Map(), levelOverrides: new Map() };
          this.nums.set(attribute('numId') ?? '', num);
        } else if (name === 'abstractNumId' && num) num.abstractNumId = val ?? '';
        else if (name === 'lvlOverride' && num) overrideLevel = Number(attribute('ilvl') ?? 0);
        else if (name === 'startOverride' && num)
          num.startOverrides.set(overrideLevel, Number(val ?? 1));
        else if (name === 'lvl') {
          level = newLevel();
          const ilvl = Number(attribute('ilvl') ?? 0);
          if (parent === 'lvlOverride' && num) num.levelOverrides.set(overrideLevel, level);
          else abstract?.set(ilvl, level);
        } else if (level && parent === 'lvl') {
          if (name === 'start') level.start = Number(val ?? 1);
          else if (name === 'numFmt') level.format = val ?? 'decimal';
          else if (name === 'lvlText') level.text = val ?? '';
          else if (name === 'lvlRestart') level.restart = Number(val ?? 0);
          else if (name === 'isLgl') level.legal = val !== '0' && val !== 'false';
          else if (name === 'suff') level.suffix = val ?? 'tab';
        } else if (level && name === 'ind' && parent === 'pPr')
          level.indent = twipsToPoints(attribute('left') ?? attribute('start'));
      },
      close: (name) => {
        path.pop();
        if (name === 'lvl') level = null;
        else if (name === 'abstractNum') abstract = null;
        else if (name === 'num') num = null;
      },
    });
  }

  private levelOf(num: NumDefinition, ilvl: number): LevelDefinition | undefined {
    return num.levelOverrides.get(ilvl) ?? this.abstracts.get(num.abstractNumId)?.get(ilvl);
  }

  private startOf(num: NumDefinition, ilvl: number): number {
    return num.startOverrides.get(ilvl) ?? this.levelOf(num, ilvl)?.start ?? 1;
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, counting it; null when not numbered. */
  next(numId: string, ilvl: number): ListLabel | null {
    const num = this.nums.get(numId);
    const level = num && this.levelOf(num, ilvl);
    if (!num || !level) return null; // numId "0" means "no numbering" and is never defined
    const key = num.startOverrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractNumId}`;
    let counter = this.counters.get(key);
    if (!counter) this.counters.set(key, (counter = new Map()));
    counter.set(ilvl, (counter.get(ilvl) ?? this.startOf(num, ilvl) - 1) + 1);
    for (const deeper of [...counter.keys()].filter((other) => other > ilvl)) {
      const restart = this.levelOf(num, deeper)?.restart;
      if (restart === undefined || (restart > 0 && ilvl <= restart - 1)) counter.delete(deeper);
    }
    const label =
      level.format === 'bullet'
        ? bulletLabel(level.text)
        : level.text.replace(/%([1-9])/g, (_whole, digit: string) => {
            const other = Number(digit) - 1;
            const value = counter.get(other) ?? this.startOf(num, other);
            const format = level.legal
              ? 'decimal'
              : (this.levelOf(num, other)?.format ?? 'decimal');
            return formatListNumber(value, format);
          });
    const separator = level.suffix === 'nothing' || label === '' ? '' : ' ';
    return { label, separator, level: ilvl, indent: level.indent };
  }
}
