// Dựng cây mục: which paragraphs are headings and at which level. Levels follow the order in
// which numbering styles appear in THIS document — the first style seen is level 1, a style seen
// first under it is level 2, and a style seen before closes the levels below it — because plans
// mix orders (I./1./a)/- in one, A./I./1./1.1. in another). Nested numbers ("2.7.1.") find their
// parent by their digits.
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { ImportWarning } from './imported-plan';
import type { Paragraph } from './paragraph';
import { isBullet, isNextLetter, readLabel, type NumberLabel } from './read-numbering';

/** Mục trong cây đọc được: a heading paragraph (null for the root), its label, level and the body paragraphs right under it. */
export interface OutlineNode {
  paragraph: Paragraph | null;
  label: NumberLabel | null;
  /** Level identity of the label ("roman", "decimal", "nested2", "lower", "dash", "none"). */
  key: string;
  /** The heading's text without its label (and without a trailing colon). */
  heading: string;
  parent: OutlineNode | null;
  children: OutlineNode[];
  /** Paragraphs after the heading and before the next heading, in order. */
  body: Paragraph[];
  /** How sure the heading is a heading (a numbered short line: high; a long numbered paragraph: lower). */
  confidence: number;
}

/** Cây mục đọc được: the root (its body is what precedes the first heading), every node in document order, and the order warnings. */
export interface OutlineTree {
  root: OutlineNode;
  nodes: OutlineNode[];
  warnings: ImportWarning[];
}

const MAX_HEADING = 160;

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toLocaleUpperCase('vi');
}

/** Dòng chỉ có chức năng trường ("+ Đơn vị chủ trì: …", "+ Thời gian: …"): never a heading. */
export function isFieldLine(text: string): boolean {
  return /^(?:(?:don vi|co quan|bo phan)\s+)?(?:tham muu\s+)?(?:chu tri|phoi hop|thuc hien|thoi gian|thoi han|san pham|ket qua)\b[^:]{0,25}:/.test(
    foldVietnamese(text),
  );
}

/** Tiêu đề có nhãn: a numbered line that reads as a heading — short and open-ended, all capitals, or bold. */
function isHeadingText(label: NumberLabel, paragraph: Paragraph): boolean {
  const rest = label.rest.trim();
  if (rest.length > 300) return false;
  if (isAllCaps(rest)) return true;
  if (paragraph.hints.bold && rest.length <= 200) return true;
  const top = label.style === 'roman' || label.style === 'upper_letter';
  if (/[.;]$/.test(rest)) {
    // "1. Mục đích." is a heading; "1. Giao Phòng Nội vụ theo dõi, đôn đốc … ." is an item.
    return rest.length <= 40 && !/[.;]\s/.test(rest.slice(0, -1));
  }
  return rest.length <= (top ? 200 : MAX_HEADING);
}

function headingOf(text: string): string {
  return text
    .trim()
    .replace(/\s*:\s*$/, '')
    .trim();
}

/** Thứ tự liền nhau: true when `next` is the sibling after `previous` (letters in Vietnamese or Latin order). */
function follows(previous: NumberLabel, next: NumberLabel): boolean {
  if (previous.letter !== null && next.letter !== null)
    return isNextLetter(previous.letter, next.letter);
  if (previous.path && next.path && previous.path.length === next.path.length) {
    const same = previous.path.slice(0, -1).join('.') === next.path.slice(0, -1).join('.');
    return same && next.path.at(-1) === previous.path.at(-1)! + 1;
  }
  return previous.ordinal !== null && next.ordinal === previous.ordinal + 1;
}

/**
 * Dựng cây mục: reads each paragraph's label, decides heading or body, and places headings by
 * the document's own style order. An override (role heading with a level, body, ignore) wins;
 * a .docx heading level is a heading. Numbers out of order (skipped, repeated) give a warning.
 */
export function buildOutline(paragraphs: readonly Paragraph[]): OutlineTree {
  const root: OutlineNode = {
    paragraph: null,
    label: null,
    key: 'root',
    heading: '',
    parent: null,
    children: [],
    body: [],
    confidence: 1,
  };
  const nodes: OutlineNode[] = [];
  const warnings: ImportWarning[] = [];
  let stack: OutlineNode[] = [];
  const top = () => stack.at(-1) ?? root;

  const place = (node: OutlineNode, level: number | null) => {
    if (level !== null) stack = stack.slice(0, Math.max(0, level - 1));
    else {
      const path = node.label?.path;
      const byPath =
        path && path.length > 1
          ? stack.findLastIndex(
              (open) => open.label?.path?.join('.') === path.slice(0, -1).join('.'),
            )
          : -1;
      if (byPath >= 0) stack = stack.slice(0, byPath + 1);
      else {
        const same = stack.findIndex((open) => open.key === node.key);
        if (same >= 0) stack = stack.slice(0, same);
      }
    }
    const parent = top();
    const previous = parent.children.filter((child) => child.key === node.key).at(-1);
    if (
      previous?.label &&
      node.label &&
      !isBullet(node.label) &&
      !follows(previous.label, node.label)
    ) {
      warnings.push({
        code: 'numbering_order',
        message: `Số thứ tự mục "${node.label.printed}" không liền sau "${previous.label.printed}" (thiếu hoặc lặp số thứ tự); hãy kiểm tra lại cấp của mục.`,
        source: [node.paragraph!.span],
      });
    }
    node.parent = parent;
    parent.children.push(node);
    stack.push(node);
    nodes.push(node);
  };

  paragraphs.forEach((paragraph, index) => {
    const override = paragraph.override;
    if (override?.role === 'ignore') return;
    let label = readLabel(paragraph.text);
    // "V." after "U." is the letter, "I." after "H." too: take the reading that continues the open level.
    if (label?.alternative) {
      const alt = { ...label, ...label.alternative };
      const open = (key: string) => stack.find((node) => node.key === key)?.label ?? null;
      const primaryOpen = open(label.key);
      const alternativeOpen = open(alt.key);
      if (
        alternativeOpen &&
        follows(alternativeOpen, alt) &&
        !(primaryOpen && follows(primaryOpen, label))
      )
        label = { ...alt, alternative: null };
    }
    const next = paragraphs[index + 1];
    const node = (key: string, heading: string, confidence: number): OutlineNode => ({
      paragraph,
      label,
      key,
      heading: headingOf(heading),
      parent: null,
      children: [],
      body: [],
      confidence,
    });
    if (override?.role === 'heading') {
      place(node(label?.key ?? 'none', label?.rest ?? paragraph.text, 1), override.level ?? null);
      return;
    }
    if (override?.role === 'body' || override?.role === 'task') {
      top().body.push(paragraph);
      return;
    }
    if (paragraph.hints.headingLevel) {
      place(
        node(label?.key ?? 'none', label?.rest ?? paragraph.text, 0.9),
        paragraph.hints.headingLevel,
      );
      return;
    }
    if (!label) {
      const text = paragraph.text.trim();
      const short = text.length <= 120 && !/[.;,]$/.test(text);
      if (
        short &&
        (isAllCaps(text) || (paragraph.hints.bold && text.length >= 4)) &&
        !isFieldLine(text)
      )
        place(node('none', text, 0.7), null);
      else top().body.push(paragraph);
      return;
    }
    if (isBullet(label)) {
      // "- Về công khai TTHC:" over "+" items is a heading; a bullet over nothing is body text.
      const nextLabel = next ? readLabel(next.text) : null;
      const opensList =
        /:$/.test(label.rest.trim()) &&
        label.rest.length <= 120 &&
        nextLabel !== null &&
        isBullet(nextLabel) &&
        nextLabel.key !== label.key &&
        !isFieldLine(nextLabel.rest) &&
        !stack.some((open) => open.key === nextLabel.key);
      if (opensList) place(node(label.key, label.rest, 0.6), null);
      else top().body.push(paragraph);
      return;
    }
    if (isHeadingText(label, paragraph)) {
      place(node(label.key, label.rest, 0.9), null);
      return;
    }
    // A long numbered paragraph among numbered headings of its style is their sibling.
    if (stack.some((open) => open.key === label.key)) {
      place(node(label.key, label.rest, 0.6), null);
      return;
    }
    top().body.push(paragraph);
  });
  return { root, nodes, warnings };
}

/** Nhánh: the node and every node under it, in document order. */
export function subtree(node: OutlineNode): OutlineNode[] {
  return [node, ...node.children.flatMap(subtree)];
}
