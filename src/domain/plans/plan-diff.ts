// So sánh hai phiên bản kế hoạch: what an amended plan changed from the version it replaces.
import type { PlanContent, PlanTask } from './plan';

/** Phiên bản để so sánh: the content and the tasks, each task keyed by its lineage (the same task across versions). */
export interface PlanSnapshot {
  content: PlanContent;
  tasks: readonly { key: string; task: PlanTask }[];
}

/** Thay đổi: one difference, with Vietnamese label and the values before and after as display text. */
export interface PlanChange {
  kind: 'content' | 'task_added' | 'task_removed' | 'task_changed';
  /** Lineage key of the task, for task changes. */
  taskKey: string | null;
  field: string;
  label: string;
  before: string;
  after: string;
}

const CONTENT_LABELS: Record<keyof PlanContent, string> = {
  parentBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  number: 'Số',
  symbol: 'Ký hiệu',
  place: 'Địa danh',
  issuedOn: 'Ngày ban hành',
  year: 'Năm',
  title: 'Trích yếu',
  preamble: 'Mở đầu',
  basis: 'Căn cứ',
  purpose: 'Mục đích',
  requirements: 'Yêu cầu',
  frameworkIds: 'Chỉ số của kế hoạch',
  targets: 'Chỉ tiêu',
  sections: 'Nội dung',
  appendixTable: 'Phụ lục bảng nhiệm vụ',
  implementation: 'Tổ chức thực hiện',
  reportingDuties: 'Chế độ báo cáo',
  recipients: 'Nơi nhận',
  signature: 'Chữ ký',
};

/** Trường nội dung của nhiệm vụ compared between versions (status is a working field, not content). */
const TASK_LABELS: Partial<Record<keyof PlanTask, string>> = {
  area: 'Lĩnh vực',
  content: 'Nội dung',
  solution: 'Giải pháp',
  nodeLinks: 'Tiêu chí liên kết',
  leadOrganisationId: 'Cơ quan chủ trì',
  coordinatingOrganisationIds: 'Cơ quan phối hợp',
  coordinatingNote: 'Phối hợp khác',
  outputKind: 'Loại sản phẩm',
  outputDescription: 'Kết quả/sản phẩm',
  timeframeText: 'Thời gian thực hiện',
  note: 'Ghi chú',
};

/** `display` turns ids into names for the before/after text (organisation ids → names). */
export type DisplayValue = (field: string, value: unknown) => string;

const defaultDisplay: DisplayValue = (_field, value) =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value)
        : JSON.stringify(value);

/**
 * So sánh kế hoạch: the content fields that differ, then tasks added, removed or changed (field
 * by field), matched by lineage key; moves within the list are not changes.
 */
export function diffPlans(
  before: PlanSnapshot,
  after: PlanSnapshot,
  display: DisplayValue = defaultDisplay,
): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const field of Object.keys(CONTENT_LABELS) as (keyof PlanContent)[]) {
    const a = before.content[field];
    const b = after.content[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      changes.push({
        kind: 'content',
        taskKey: null,
        field,
        label: CONTENT_LABELS[field],
        before: display(field, a),
        after: display(field, b),
      });
    }
  }
  const beforeTasks = new Map(before.tasks.map((entry) => [entry.key, entry.task]));
  const afterKeys = new Set(after.tasks.map((entry) => entry.key));
  for (const { key, task } of after.tasks) {
    const old = beforeTasks.get(key);
    if (!old) {
      changes.push({
        kind: 'task_added',
        taskKey: key,
        field: 'task',
        label: 'Thêm nhiệm vụ',
        before: '',
        after: task.content,
      });
      continue;
    }
    for (const field of Object.keys(TASK_LABELS) as (keyof PlanTask)[]) {
      if (JSON.stringify(old[field]) !== JSON.stringify(task[field])) {
        changes.push({
          kind: 'task_changed',
          taskKey: key,
          field,
          label: `${task.content.slice(0, 60)} — ${TASK_LABELS[field] ?? field}`,
          before: display(field, old[field]),
          after: display(field, task[field]),
        });
      }
    }
  }
  for (const { key, task } of before.tasks) {
    if (!afterKeys.has(key)) {
      changes.push({
        kind: 'task_removed',
        taskKey: key,
        field: 'task',
        label: 'Bỏ nhiệm vụ',
        before: task.content,
        after: '',
      });
    }
  }
  return changes;
}
