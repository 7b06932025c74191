// Đọc cây mục và nhiệm vụ văn xuôi: the body of a plan after its opening — the section tree with
// its printed numbering, the parts PlanContent keeps apart (mục đích, yêu cầu, chỉ tiêu, tổ chức
// thực hiện, kinh phí), the index and node each block is about, and, when no appendix table gave
// any task, the tasks written in prose.
import type { IndexKind } from '../../frameworks/index-kind';
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { PlanSection } from '../plan';
import { buildOutline, subtree, type OutlineNode } from './build-outline';
import { indexKindOf } from './detect-index-kind';
import type {
  ImportFlag,
  ImportFramework,
  ImportWarning,
  ImportedTask,
  Provenance,
} from './imported-plan';
import { frameworkFor, matchNode, NODE_MATCH_SURE } from './match-node';
import type { UnitMatcher } from './match-unit';
import { spansOf, type Paragraph, type TextReading } from './paragraph';
import { isBullet, readLabel } from './read-numbering';
import { dutyLeadOf, looksLikeUnit, readProseTasks, type ProseTaskBlock } from './read-prose-tasks';

/** What the outline reader is given: frameworks to match headings, the unit matcher, and whether bullets become tasks (no appendix table held any). */
export interface OutlineContext {
  frameworks: readonly ImportFramework[];
  units: UnitMatcher;
  proseTasks: boolean;
  year: number | null;
}

/**
 * Cây mục đọc được: the content sections (under "NỘI DUNG, NHIỆM VỤ…"), with their printed labels,
 * index kinds and provenance ("section:<id>"); the texts of the parts PlanContent keeps apart
 * (mục đích, yêu cầu, tổ chức thực hiện) and the paragraphs the targets and reporting readers take;
 * and the tasks read from prose.
 */
export interface OutlineReading {
  sections: PlanSection[];
  sectionLabels: Record<string, string>;
  sectionIndexKinds: Record<string, IndexKind>;
  provenance: Record<string, Provenance>;
  purpose: TextReading | null;
  requirements: TextReading | null;
  /** Paragraphs under "CHỈ TIÊU" and the target-like ones of "MỤC ĐÍCH" ("Phấn đấu … đạt từ 85% trở lên"). */
  targetParagraphs: Paragraph[];
  implementation: TextReading | null;
  /** Paragraphs of "TỔ CHỨC THỰC HIỆN", for the reporting-duty reader. */
  implementationParagraphs: Paragraph[];
  tasks: ImportedTask[];
  warnings: ImportWarning[];
}

/** Phần của thân văn bản: where a block's text goes — the section tree or a field of PlanContent. */
type Part = 'purpose' | 'requirements' | 'targets' | 'implementation' | 'content';

function partOfHeading(heading: string): Exclude<Part, 'content'> | null {
  const folded = foldVietnamese(heading);
  if (/^(?:muc dich|muc tieu)\b/.test(folded)) return 'purpose';
  if (/^yeu cau\b/.test(folded)) return 'requirements';
  if (/^(?:cac )?chi tieu\b/.test(folded)) return 'targets';
  if (
    /^(?:to chuc thuc hien|phan cong|kinh phi|nguon kinh phi|che do (?:thong tin,? )?bao cao|trach nhiem thuc hien|dieu khoan thi hanh)\b/.test(
      folded,
    )
  )
    return 'implementation';
  return null;
}

// "Phấn đấu … đạt từ 85% trở lên", "xếp thứ 10/20", "nhóm dẫn đầu": a target among purposes.
const TARGET_LIKE =
  /phan dau|chi tieu|\d+(?:[.,]\d+)?\s*%|xep (?:thu|hang|loai)|nhom (?:dan dau|\d+|cao)|top \d+/;
const TASK_HEADING = /nhiem vu|giai phap/;
// A heading that is only "Mục tiêu" / "Mục đích" / "Yêu cầu" (a sub-item "1.1. Mục tiêu" under a
// task part) states goals, not assignments.
const NOT_TASK_HEADING =
  /^(?:ket qua|thuc trang|tinh hinh|danh gia|ton tai|han che|nguyen nhan|boi canh|(?:muc tieu|muc dich|yeu cau)(?: chung| cu the)?\s*[:.]?$)/;
const DUTY_HEADING =
  /phan cong|trach nhiem (?:cua|thuc hien)|nhiem vu cua (?:cac|tung)|giao nhiem vu/;

/** Dòng thân mục: a bullet as "- …" / "+ …", anything else as printed, spaces collapsed. */
function bodyLine(paragraph: Paragraph): string {
  const text = paragraph.text.replace(/\s+/g, ' ').trim();
  const label = readLabel(text);
  if (label && isBullet(label) && label.key !== 'star')
    return `${label.style === 'plus' ? '+' : '-'} ${label.rest}`;
  return text;
}

function headingLine(node: OutlineNode): string {
  return node.label ? `${node.label.printed} ${node.heading}` : node.heading;
}

/**
 * Nối dòng bị ngắt: joins a one-line paragraph to the one-line paragraph before it when it
 * plainly continues it (starts in lower case, or follows a long line that ended mid-sentence).
 * The cleaner joins hard wraps already; this keeps the reader sound on text it did not join.
 */
function joinContinuations(paragraphs: readonly Paragraph[]): Paragraph[] {
  const joined: Paragraph[] = [];
  // Whether the last paragraph was built from single source lines only (so may take more).
  let lastFromLines = false;
  for (const paragraph of paragraphs) {
    const text = paragraph.text.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    // A page number alone ("4") is never a paragraph.
    if (/^\d{1,3}$/.test(text) && !paragraph.override) continue;
    const current = { ...paragraph, text };
    const single =
      current.span.from === current.span.to &&
      !current.override &&
      current.hints.headingLevel === undefined &&
      current.hints.listLevel === undefined;
    const previous = joined.at(-1);
    if (previous && lastFromLines && single && !readLabel(text)) {
      const before = previous.text;
      const open = !/[.!?:]$/.test(before) && !(/;$/.test(before) && /^\p{Lu}/u.test(text));
      if (open && (/^\p{Ll}/u.test(text) || before.length >= 60)) {
        joined[joined.length - 1] = {
          ...previous,
          text: `${before} ${text}`,
          span: { from: previous.span.from, to: current.span.to },
        };
        continue;
      }
    }
    joined.push(current);
    lastFromLines = single;
  }
  return joined;
}

function textReading(
  lines: string[],
  paragraphs: Paragraph[],
  confidence: number,
): TextReading | null {
  const text = lines.filter((line) => line !== '').join('\n');
  return text ? { text, confidence, source: spansOf(sortBySpan(paragraphs)) } : null;
}

function sortBySpan(paragraphs: Paragraph[]): Paragraph[] {
  return [...paragraphs].sort((a, b) => a.span.from - b.span.from);
}

/** Đọc cây mục: numbering (I., A., 1., 1.1., a), -, +), headings vs body, index and node of each block, and prose tasks. */
export function readOutline(body: readonly Paragraph[], ctx: OutlineContext): OutlineReading {
  const paragraphs = joinContinuations(body.filter((paragraph) => paragraph.table === undefined));
  const tree = buildOutline(paragraphs);

  // Each node's part: top-level headings decide; under "MỤC ĐÍCH, YÊU CẦU" the sub-headings do.
  const parts = new Map<OutlineNode, Part>();
  for (const top of tree.root.children) {
    const part = partOfHeading(top.heading) ?? 'content';
    for (const node of subtree(top)) {
      const own = node === top ? part : partOfHeading(node.heading);
      const inherited = parts.get(node.parent!) ?? part;
      parts.set(
        node,
        part === 'purpose' || part === 'requirements'
          ? own && own !== 'implementation'
            ? own
            : inherited
          : part,
      );
    }
  }
  const contentNodes = tree.nodes.filter((node) => parts.get(node) === 'content');

  // Sections, their labels, index kinds, frameworks and nodes.
  const ids = new Map<OutlineNode, string>();
  // Paragraphs before the first heading (the opening reader keeps the preamble) make section "s1".
  const untitled = tree.root.body.length > 0 ? 1 : 0;
  contentNodes.forEach((node, index) => ids.set(node, `s${index + 1 + untitled}`));
  const kinds = new Map<OutlineNode, IndexKind | null>();
  const frameworks = new Map<OutlineNode, ImportFramework | null>();
  const nodeCodes = new Map<OutlineNode, string | null>();
  const sections: PlanSection[] = [];
  const sectionLabels: Record<string, string> = {};
  const sectionIndexKinds: Record<string, IndexKind> = {};
  const provenance: Record<string, Provenance> = {};
  const nodeLinksOf = new Map<OutlineNode, { frameworkId: string; code: string }[]>();
  for (const node of contentNodes) {
    const id = ids.get(node)!;
    const parent = node.parent && ids.has(node.parent) ? node.parent : null;
    const own = indexKindOf(node.heading);
    const kind = own ?? (parent ? (kinds.get(parent) ?? null) : null);
    kinds.set(node, kind);
    const ownFramework = own ? frameworkFor(own, ctx.frameworks, ctx.year) : null;
    const framework = own ? ownFramework : parent ? (frameworks.get(parent) ?? null) : null;
    frameworks.set(node, framework);
    const parentCode = parent ? (nodeCodes.get(parent) ?? null) : null;
    const match = framework && !own ? matchNode(node.heading, framework, parentCode) : null;
    nodeCodes.set(node, match?.code ?? parentCode);
    if (kind) sectionIndexKinds[id] = kind;
    const flags: ImportFlag[] = [];
    let confidence = node.confidence;
    if (match) {
      confidence = Math.min(confidence, match.confidence);
      if (match.by === 'name' && match.confidence < NODE_MATCH_SURE) flags.push('node_guess');
    }
    const effectiveCode = match?.code ?? parentCode;
    nodeLinksOf.set(
      node,
      framework && effectiveCode ? [{ frameworkId: framework.id, code: effectiveCode }] : [],
    );
    sectionLabels[id] = node.label?.printed ?? '';
    provenance[`section:${id}`] = {
      confidence: Math.round(confidence * 100) / 100,
      source: spansOf([node.paragraph!]),
      flags,
    };
    sections.push({
      id,
      parentId: parent ? ids.get(parent)! : null,
      numbering: node.label?.style ?? 'none',
      heading: node.heading,
      body: '',
      frameworkId: ownFramework?.id ?? null,
      nodeCode: match?.code ?? null,
    });
  }

  // Prose tasks: content blocks, and duty lists ("Phân công …: a) Phòng Nội vụ") anywhere.
  let tasks: ImportedTask[] = [];
  let consumed = new Set<Paragraph>();
  if (ctx.proseTasks) {
    const taskContext = new Map<OutlineNode, boolean>();
    const blocks: ProseTaskBlock[] = [];
    for (const node of tree.nodes) {
      const folded = foldVietnamese(node.heading);
      const inherited = node.parent ? (taskContext.get(node.parent) ?? false) : false;
      const context = NOT_TASK_HEADING.test(folded)
        ? false
        : TASK_HEADING.test(folded) || inherited;
      taskContext.set(node, context);
      const part = parts.get(node);
      const dutyParent = DUTY_HEADING.test(folded);
      const underDuty =
        node.parent !== null && DUTY_HEADING.test(foldVietnamese(node.parent.heading));
      // "c) Phòng Văn hóa và Thông tin: tuyên truyền …": the unit, then its duty, in the heading.
      const [unitPart = '', ...dutyParts] = node.heading.split(':');
      const dutyLead = underDuty && looksLikeUnit(unitPart) ? dutyLeadOf(unitPart) : null;
      const inlineDuty = dutyLead && dutyParts.join(':').trim() ? dutyParts.join(':').trim() : null;
      if (part === 'content' || (part === 'implementation' && (dutyParent || dutyLead))) {
        blocks.push({
          node,
          sectionId: ids.get(node) ?? null,
          taskContext: part === 'content' && context && !dutyParent,
          dutyLead,
          dutyParent,
          inlineDuty,
          nodeLinks: nodeLinksOf.get(node) ?? [],
        });
      }
    }
    ({ tasks, consumed } = readProseTasks(blocks, { units: ctx.units, year: ctx.year }));
  }
  for (const node of contentNodes) {
    const section = sections.find((item) => item.id === ids.get(node))!;
    const kept = node.body.filter((paragraph) => !consumed.has(paragraph));
    section.body = kept.map(bodyLine).join('\n');
    provenance[`section:${section.id}`]!.source = spansOf(sortBySpan([node.paragraph!, ...kept]));
  }

  // The parts PlanContent keeps apart.
  const partText = (part: Part) => {
    const lines: string[] = [];
    const taken: Paragraph[] = [];
    for (const node of tree.nodes.filter((item) => parts.get(item) === part)) {
      const isPartHeading = partOfHeading(node.heading) !== null;
      if (consumed.has(node.paragraph!)) {
        // A duty-list heading that became a task ("c) Phòng Văn hóa: tuyên truyền …").
      } else if (!isPartHeading || (part === 'implementation' && node.parent !== tree.root)) {
        lines.push(headingLine(node));
      } else if (
        part === 'implementation' &&
        !/^to chuc thuc hien/.test(foldVietnamese(node.heading))
      ) {
        // "IV. KINH PHÍ THỰC HIỆN" beside "V. TỔ CHỨC THỰC HIỆN": keep its heading in the text.
        lines.push(node.heading);
      }
      taken.push(node.paragraph!);
      const kept = node.body.filter((paragraph) => !consumed.has(paragraph));
      lines.push(...kept.map(bodyLine));
      taken.push(...node.body);
    }
    return { lines, taken };
  };
  const purpose = partText('purpose');
  const requirements = partText('requirements');
  const targets = partText('targets');
  const implementation = partText('implementation');
  const partHeadings = new Set(
    tree.nodes
      .filter((node) => partOfHeading(node.heading) !== null)
      .map((node) => node.paragraph!),
  );
  const targetParagraphs = sortBySpan([
    ...targets.taken.filter((paragraph) => !partHeadings.has(paragraph)),
    ...purpose.taken.filter(
      (paragraph) =>
        tree.nodes.every((node) => node.paragraph !== paragraph) &&
        TARGET_LIKE.test(foldVietnamese(paragraph.text)),
    ),
  ]);
  const implementationParagraphs = sortBySpan(
    implementation.taken.filter((paragraph) =>
      tree.root.children.every((node) => node.paragraph !== paragraph),
    ),
  );
  if (untitled) {
    const id = 's1';
    sections.unshift({
      id,
      parentId: null,
      numbering: 'none',
      heading: '',
      body: tree.root.body.map(bodyLine).join('\n'),
      frameworkId: null,
      nodeCode: null,
    });
    sectionLabels[id] = '';
    provenance[`section:${id}`] = { confidence: 0.5, source: spansOf(tree.root.body), flags: [] };
  }

  return {
    sections,
    sectionLabels,
    sectionIndexKinds,
    provenance,
    purpose: textReading(purpose.lines, purpose.taken, 0.85),
    requirements: textReading(requirements.lines, requirements.taken, 0.85),
    targetParagraphs,
    implementation: textReading(implementation.lines, implementation.taken, 0.85),
    implementationParagraphs,
    tasks,
    warnings: tree.warnings,
  };
}
