/**
 * Xem lại bản đọc: what the review screen derives from an import's reading — which item a source
 * line belongs to and back, which items need review, the outline as shown (sections with their
 * tasks), the totals after edits, and a person's accumulated line overrides.
 */
import { orderSections } from '@contract/plan-labels';
import { importTotals, needsReview } from '@contract/plan-import-labels';
import type {
  ImportedPlanDto,
  ImportedTaskDto,
  ProvenanceDto,
  lineOverrideSchema,
  importTotalsSchema,
} from '@contract/plan-imports';
import type { z } from 'zod';

/** Sửa cấp dòng as the contract carries it. */
export type LineOverride = z.infer<typeof lineOverrideSchema>;
/** Tổng kết lần nhập as the contract carries it. */
export type ImportTotals = z.infer<typeof importTotalsSchema>;
/** Khoảng dòng nguồn. */
export type SourceSpan = ProvenanceDto['source'][number];

/**
 * Mục được chọn: what the person is looking at, linking both panes — a task (by key), a section
 * or target (by id), a header field (by its provenance key: "number", "basis:2"…), the reporting
 * proposal, or a warning (by index).
 */
export type ReviewItem =
  | { kind: 'task'; key: string }
  | { kind: 'section'; id: string }
  | { kind: 'target'; id: string }
  | { kind: 'field'; key: string }
  | { kind: 'reporting' }
  | { kind: 'warning'; index: number };

/** A stable string for an item (React keys, comparisons). */
export function itemId(item: ReviewItem): string {
  switch (item.kind) {
    case 'task':
      return `task:${item.key}`;
    case 'section':
      return `section:${item.id}`;
    case 'target':
      return `target:${item.id}`;
    case 'field':
      return `field:${item.key}`;
    case 'reporting':
      return 'reporting';
    case 'warning':
      return `warning:${item.index}`;
  }
}

/** The provenance of an item, if the reading has one. */
export function provenanceOf(plan: ImportedPlanDto, item: ReviewItem): ProvenanceDto | undefined {
  switch (item.kind) {
    case 'task':
      return plan.tasks.find((task) => task.key === item.key)?.provenance;
    case 'section':
      return plan.provenance[`section:${item.id}`];
    case 'target':
      return plan.provenance[`target:${item.id}`];
    case 'field':
      return plan.provenance[item.key];
    case 'reporting':
      return plan.reporting?.provenance;
    case 'warning': {
      const warning = plan.warnings[item.index];
      return warning ? { confidence: 1, source: warning.source, flags: [] } : undefined;
    }
  }
}

/** Dòng nguồn của mục: the source spans of an item (none when unknown). */
export function sourceOf(plan: ImportedPlanDto, item: ReviewItem | null): SourceSpan[] {
  return item ? (provenanceOf(plan, item)?.source ?? []) : [];
}

/** Cần xem lại: the item's reading is below the confidence bar or carries a flag. */
export function isMarked(provenance: ProvenanceDto | undefined): boolean {
  return provenance !== undefined && needsReview(provenance);
}

/** Dòng tô sáng: a per-line lookup of the given spans, clipped to the document's length. */
export function highlightedLines(spans: readonly SourceSpan[], lineCount: number): boolean[] {
  const lit = new Array<boolean>(lineCount).fill(false);
  for (const span of spans) {
    for (let line = Math.max(0, span.from); line <= Math.min(span.to, lineCount - 1); line += 1) {
      lit[line] = true;
    }
  }
  return lit;
}

// When spans of several items hold a line, the most specific kind wins, then the shortest span.
const KIND_RANK: Record<ReviewItem['kind'], number> = {
  task: 0,
  target: 1,
  section: 2,
  reporting: 3,
  field: 4,
  warning: 5,
};

function candidates(plan: ImportedPlanDto): { item: ReviewItem; spans: SourceSpan[] }[] {
  const list: { item: ReviewItem; spans: SourceSpan[] }[] = plan.tasks.map((task) => ({
    item: { kind: 'task', key: task.key },
    spans: task.provenance.source,
  }));
  for (const [key, provenance] of Object.entries(plan.provenance)) {
    const [prefix, rest = ''] = key.split(/:(.*)/s);
    const item: ReviewItem =
      prefix === 'section' && rest
        ? { kind: 'section', id: rest }
        : prefix === 'target' && rest
          ? { kind: 'target', id: rest }
          : { kind: 'field', key };
    list.push({ item, spans: provenance.source });
  }
  if (plan.reporting)
    list.push({ item: { kind: 'reporting' }, spans: plan.reporting.provenance.source });
  return list;
}

/** Mục của dòng: the item whose source holds the clicked line (a task before its section), or null. */
export function itemAtLine(plan: ImportedPlanDto, line: number): ReviewItem | null {
  let best: { item: ReviewItem; length: number } | null = null;
  for (const { item, spans } of candidates(plan)) {
    for (const span of spans) {
      if (line < span.from || line > span.to) continue;
      const length = span.to - span.from;
      if (
        best === null ||
        KIND_RANK[item.kind] < KIND_RANK[best.item.kind] ||
        (KIND_RANK[item.kind] === KIND_RANK[best.item.kind] && length < best.length)
      ) {
        best = { item, length };
      }
    }
  }
  return best?.item ?? null;
}

/** One section as the outline tab shows it: printed label, depth and its tasks. */
export interface OutlineEntry {
  id: string;
  label: string;
  heading: string;
  depth: number;
  tasks: ImportedTaskDto[];
}

/** Nhóm nhiệm vụ không thuộc mục: table tasks grouped by their "area" (a merged group row), in order of appearance. */
export interface AreaGroup {
  area: string;
  tasks: ImportedTaskDto[];
}

/**
 * Mục & nhiệm vụ: sections in document order, each labelled as printed ("1.2.1.", else the label
 * the draft will print) with its tasks; tasks outside any section grouped by their area.
 */
export function buildOutline(plan: ImportedPlanDto): {
  sections: OutlineEntry[];
  areas: AreaGroup[];
} {
  const bySection = new Map<string, ImportedTaskDto[]>();
  const areas: AreaGroup[] = [];
  const sectionIds = new Set(plan.content.sections.map((section) => section.id));
  for (const task of plan.tasks) {
    if (task.sectionId !== null && sectionIds.has(task.sectionId)) {
      bySection.set(task.sectionId, [...(bySection.get(task.sectionId) ?? []), task]);
      continue;
    }
    const area = task.area.trim();
    const group = areas.find((candidate) => candidate.area === area);
    if (group) group.tasks.push(task);
    else areas.push({ area, tasks: [task] });
  }
  const sections = orderSections(plan.content.sections).map((entry) => ({
    id: entry.section.id,
    label: plan.sectionLabels[entry.section.id] ?? entry.label,
    heading: entry.section.heading,
    depth: entry.depth,
    tasks: bySection.get(entry.section.id) ?? [],
  }));
  return { sections, areas };
}

/** "1.2. Tên mục" as a picker or a breadcrumb shows a section. */
export function sectionDisplayTitle(entry: Pick<OutlineEntry, 'label' | 'heading'>): string {
  const heading = entry.heading.trim();
  return entry.label ? `${entry.label} ${heading}`.trim() : heading;
}

/** Tổng kết after a person's edits (the same rules as the server's totals). */
export function recomputeTotals(plan: ImportedPlanDto): ImportTotals {
  return importTotals(plan);
}

/** Số mục cần xem lại: tasks and other readings still marked. */
export function countMarked(plan: ImportedPlanDto): number {
  return (
    plan.tasks.filter((task) => needsReview(task.provenance)).length +
    Object.values(plan.provenance).filter(needsReview).length
  );
}

/**
 * Thêm sửa cấp dòng: the person's new choice for a line replaces any earlier one for it; "Đoạn
 * văn" on a line that had no override before is still recorded (it may undo the reader's guess).
 * The list stays sorted by line.
 */
export function withOverride(
  overrides: readonly LineOverride[],
  override: LineOverride,
): LineOverride[] {
  const next = overrides.filter((existing) => existing.line !== override.line);
  next.push(override.role === 'heading' ? override : { line: override.line, role: override.role });
  return next.sort((a, b) => a.line - b.line);
}

/** Bỏ sửa cấp dòng: the line is read as the reader decides again. */
export function withoutOverride(overrides: readonly LineOverride[], line: number): LineOverride[] {
  return overrides.filter((existing) => existing.line !== line);
}

/** Nội dung gửi khi "Tạo dự thảo": the reviewed content and tasks, and the reporting rule only when the person applies it. */
export function draftRequest(plan: ImportedPlanDto, applyReporting: boolean) {
  return {
    content: plan.content,
    tasks: plan.tasks,
    reportingRule: applyReporting && plan.reporting ? plan.reporting.rule : null,
  };
}
