// Cây mục của kế hoạch: blocks A., B. per index, I./1./1.1./2.7.1. headings, a) b) … đ) items in
// Vietnamese letter order, then "-" and "+" — numbered the way the plan writes them, any depth.
import type { PlanSection } from './plan';

/** Kiểu đánh số: A. · I. · 1. · 1.1. (the parent's number and its own) · a) · - · + · none. */
export const NUMBERING_STYLES = [
  'upper_letter',
  'roman',
  'decimal',
  'decimal_nested',
  'lower_letter',
  'dash',
  'plus',
  'none',
] as const;

/** Kiểu đánh số: one of NUMBERING_STYLES. */
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

/** Nhãn kiểu đánh số, for the style picker. */
export const NUMBERING_STYLE_LABELS: Record<NumberingStyle, string> = {
  upper_letter: 'A., B., C.',
  roman: 'I., II., III.',
  decimal: '1., 2., 3.',
  decimal_nested: '1.1., 1.2. (theo mục cha)',
  lower_letter: 'a), b), c)',
  dash: '- (gạch đầu dòng)',
  plus: '+ (dấu cộng)',
  none: 'Không đánh số',
};

/**
 * Chữ cái đánh số mục theo thứ tự tiếng Việt: a b c d đ e g h i k l m n o p q r s t u v x y —
 * no f, j, w, z, and "đ" after "d", as Nghị định 30 lists items.
 */
export const VIETNAMESE_ITEM_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const; // prettier-ignore

const ROMAN_PARTS: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
]; // prettier-ignore

/** Số La Mã: 1 → "I", 14 → "XIV" (any positive count). */
export function toRoman(count: number): string {
  let rest = count;
  let text = '';
  for (const [value, letters] of ROMAN_PARTS) {
    while (rest >= value) {
      text += letters;
      rest -= value;
    }
  }
  return text;
}

/** Chữ thứ n (1-based) in Vietnamese item order; past "y" the letters double ("aa", "bb"…). */
export function itemLetter(count: number): string {
  const letters = VIETNAMESE_ITEM_LETTERS;
  const letter = letters[(count - 1) % letters.length] ?? 'a';
  return letter.repeat(Math.floor((count - 1) / letters.length) + 1);
}

/** Mục theo thứ tự văn bản: a section with its depth (0 = top) and printed label ("2.7.1.", "a)", "-"). */
export interface OrderedSection {
  section: PlanSection;
  depth: number;
  label: string;
}

/** The numeric stem of a label a nested number continues ("2.7." → "2.7"), or null ("A.", "a)"). */
function numericStem(label: string): string | null {
  const match = /^(\d+(?:\.\d+)*)\.$/.exec(label);
  return match?.[1] ?? null;
}

function labelFor(style: NumberingStyle, count: number, parentLabel: string | null): string {
  switch (style) {
    case 'upper_letter':
      return `${itemLetter(count).toLocaleUpperCase('vi')}.`;
    case 'roman':
      return `${toRoman(count)}.`;
    case 'decimal':
      return `${count}.`;
    case 'decimal_nested': {
      const stem = parentLabel ? numericStem(parentLabel) : null;
      return stem ? `${stem}.${count}.` : `${count}.`;
    }
    case 'lower_letter':
      return `${itemLetter(count)})`;
    case 'dash':
      return '-';
    case 'plus':
      return '+';
    case 'none':
      return '';
  }
}

/**
 * Mục theo thứ tự văn bản: parents before children, siblings in their stored order, each numbered
 * among its siblings of the same style (a "-" paragraph between 1. and 2. does not shift them).
 * Assumes a valid tree (checkSectionTree); sections under an unknown parent are left out.
 */
export function orderSections(sections: readonly PlanSection[]): OrderedSection[] {
  const children = new Map<string | null, PlanSection[]>();
  for (const section of sections) {
    children.set(section.parentId, [...(children.get(section.parentId) ?? []), section]);
  }
  const ordered: OrderedSection[] = [];
  const visited = new Set<string>();
  const visit = (parentId: string | null, depth: number, parentLabel: string | null) => {
    const counts = new Map<NumberingStyle, number>();
    for (const section of children.get(parentId) ?? []) {
      // Guard against a cycle reaching here despite validation: never visit a section twice.
      if (visited.has(section.id)) continue;
      visited.add(section.id);
      const count = (counts.get(section.numbering) ?? 0) + 1;
      counts.set(section.numbering, count);
      const label = labelFor(section.numbering, count, parentLabel);
      ordered.push({ section, depth, label });
      visit(section.id, depth + 1, label);
    }
  };
  visit(null, 0, null);
  return ordered;
}

/** Tiêu đề mục như in: "2.7.1. Về thủ tục hành chính", "a) Phòng Nội vụ", "- …", or the heading alone. */
export function sectionTitle(entry: Pick<OrderedSection, 'label' | 'section'>): string {
  const heading = entry.section.heading.trim();
  return entry.label ? `${entry.label} ${heading}`.trim() : heading;
}

/** What the tree check needs besides the sections: the plan's indices and the nodes each has. */
export interface SectionTreeContext {
  frameworkIds: readonly string[];
  /** Node codes per framework id, to check a section's node; frameworks missing here are not checked. */
  nodeCodes?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Lỗi cây mục: one reason a section tree is refused, in Vietnamese, naming the section. */
export interface SectionTreeError {
  sectionId: string;
  message: string;
}

/**
 * Kiểm tra cây mục: refuses duplicate ids, a parent that is not in the plan, a cycle (a section
 * under itself), an index the plan does not link, a node code its index does not have, and a
 * node without an index. Messages name the heading.
 */
export function checkSectionTree(
  sections: readonly PlanSection[],
  context: SectionTreeContext,
): SectionTreeError[] {
  const errors: SectionTreeError[] = [];
  const byId = new Map<string, PlanSection>();
  const name = (section: PlanSection) => `Mục "${section.heading.trim() || section.id}"`;
  for (const section of sections) {
    if (byId.has(section.id)) {
      errors.push({ sectionId: section.id, message: `${name(section)}: mã mục bị trùng.` });
    }
    byId.set(section.id, section);
  }
  for (const section of sections) {
    if (section.parentId !== null && !byId.has(section.parentId)) {
      errors.push({
        sectionId: section.id,
        message: `${name(section)}: mục cha không có trong kế hoạch.`,
      });
      continue;
    }
    const seen = new Set<string>([section.id]);
    let parentId = section.parentId;
    while (parentId !== null) {
      if (seen.has(parentId)) {
        errors.push({
          sectionId: section.id,
          message: `${name(section)}: cây mục bị vòng lặp (một mục nằm trong chính nó).`,
        });
        break;
      }
      seen.add(parentId);
      parentId = byId.get(parentId)?.parentId ?? null;
    }
    if (section.frameworkId !== null && !context.frameworkIds.includes(section.frameworkId)) {
      errors.push({
        sectionId: section.id,
        message: `${name(section)}: bộ chỉ số của mục không nằm trong các chỉ số của kế hoạch.`,
      });
    }
    if (section.nodeCode !== null) {
      const frameworkId = effectiveFrameworkId(section, byId);
      if (frameworkId === null) {
        errors.push({
          sectionId: section.id,
          message: `${name(section)}: chọn bộ chỉ số trước khi gắn tiêu chí ${section.nodeCode}.`,
        });
      } else if (context.nodeCodes?.get(frameworkId)?.has(section.nodeCode) === false) {
        errors.push({
          sectionId: section.id,
          message: `${name(section)}: bộ chỉ số không có tiêu chí ${section.nodeCode}.`,
        });
      }
    }
  }
  return errors;
}

/** Chỉ số của mục: its own index, else the nearest ancestor's (block "B. PAPI" covers its areas). */
export function effectiveFrameworkId(
  section: PlanSection,
  byId: ReadonlyMap<string, PlanSection>,
): string | null {
  const seen = new Set<string>();
  let current: PlanSection | undefined = section;
  while (current && !seen.has(current.id)) {
    if (current.frameworkId !== null) return current.frameworkId;
    seen.add(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return null;
}

/** Mục mới: a top-level "1." section with no index, for callers that state only id and heading. */
export function newSection(
  fields: Pick<PlanSection, 'id' | 'heading'> & Partial<PlanSection>,
): PlanSection {
  return {
    parentId: null,
    numbering: 'decimal',
    body: '',
    frameworkId: null,
    nodeCode: null,
    ...fields,
  };
}
