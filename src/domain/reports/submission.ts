// Báo cáo của đơn vị cho một kỳ: its life (draft → submitted → accepted, or returned and
// submitted again), how a period looks for a unit on a given day, and KPI values as typed.
import { parseViNumber } from '../shared/vi-format';
import { daysLate } from './calendar-days';

/** Trạng thái báo cáo: dự thảo, đã nộp, bị trả lại, đã tiếp nhận. */
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;

/** Trạng thái báo cáo: one of SUBMISSION_STATUSES. */
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Tên trạng thái báo cáo, as shown on screen. */
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã nộp',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

/** True while the unit may still edit the report (a draft, or returned for corrections). */
export function isEditable(status: SubmissionStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** Tình trạng kỳ báo cáo của một đơn vị, as the heatmap colours it. */
export const PERIOD_CELL_STATUSES = [
  'not_due',
  'in_progress',
  'on_time',
  'late',
  'missing',
  'returned',
  'accepted',
] as const;

/** Tình trạng kỳ báo cáo: one of PERIOD_CELL_STATUSES. */
export type PeriodCellStatus = (typeof PERIOD_CELL_STATUSES)[number];

/** Tên tình trạng kỳ báo cáo. */
export const PERIOD_CELL_STATUS_LABELS: Record<PeriodCellStatus, string> = {
  not_due: 'Chưa đến hạn',
  in_progress: 'Đang soạn',
  on_time: 'Nộp đúng hạn',
  late: 'Nộp muộn',
  missing: 'Chưa nộp (quá hạn)',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

/**
 * Tình trạng kỳ: for one unit and period on `today` (ISO) — accepted; returned; submitted on
 * time or late (by the days late fixed at submission); a draft or nothing before the due day is
 * in progress / not due; after it, missing. The due day itself is still on time.
 */
export function periodCellStatus(
  submission: { status: SubmissionStatus; daysLate: number | null } | null,
  due: string,
  today: string,
): PeriodCellStatus {
  if (submission?.status === 'accepted') return 'accepted';
  if (submission?.status === 'returned') return 'returned';
  if (submission?.status === 'submitted')
    return (submission.daysLate ?? 0) > 0 ? 'late' : 'on_time';
  if (today > due) return 'missing';
  return submission ? 'in_progress' : 'not_due';
}

/** Số ngày nộp muộn: 0 on or before the due day. */
export function lateDaysAt(due: string, submittedOn: string): number {
  return daysLate(due, submittedOn);
}

/**
 * Đọc giá trị chỉ tiêu: "98,5%", "98.5", "1.234" → a number; anything else → the Vietnamese
 * message for that field. An empty value means "not reported" (null).
 */
export function parseKpiValue(text: string): { value: number | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  const value = parseViNumber(trimmed);
  if (value === null) return { error: `«${trimmed}» không phải là số (ví dụ hợp lệ: 98,5%).` };
  return { value };
}

/** Tỷ lệ hoàn thành: tasks done among those counted, as a percentage (null when there are none). */
export interface Completion {
  key: string;
  total: number;
  done: number;
  percent: number | null;
  /** Điểm còn có thể lấy lại: points at stake of the tasks not done yet. */
  openPointsAtStake: number;
  recoveredPointsAtStake: number;
}

/** Tỷ lệ hoàn thành theo nhóm: groups tasks by `keyOf` (unit, area…) and counts the done ones. */
export function completionBy<T extends { status: string; pointsAtStake: number }>(
  tasks: readonly T[],
  keyOf: (task: T) => string,
): Completion[] {
  const groups = new Map<string, T[]>();
  for (const task of tasks) groups.set(keyOf(task), [...(groups.get(keyOf(task)) ?? []), task]);
  return [...groups].map(([key, group]) => {
    const done = group.filter((task) => task.status === 'done');
    const open = group.filter((task) => task.status !== 'done');
    const sum = (list: T[]) =>
      Math.round(list.reduce((total, task) => total + task.pointsAtStake, 0) * 10000) / 10000;
    return {
      key,
      total: group.length,
      done: done.length,
      percent: group.length === 0 ? null : Math.round((done.length / group.length) * 1000) / 10,
      openPointsAtStake: sum(open),
      recoveredPointsAtStake: sum(done),
    };
  });
}

/**
 * Chưa nộp đúng hạn: how a unit stands in the list of the consolidated report, or null when its
 * report came in on time. An accepted report that was submitted late counts as late; a period
 * not yet due lists who has not reported so far.
 */
export function notOnTimeStatus(
  status: PeriodCellStatus,
  daysLate: number | null,
): PeriodCellStatus | null {
  if (status === 'on_time') return null;
  if (status === 'accepted') return (daysLate ?? 0) > 0 ? 'late' : null;
  return status;
}

/**
 * Đơn vị báo cáo: every lead and coordinating unit of a plan's assignments (giao), in order of first
 * appearance. A request (đề nghị) to a body the issuer does not direct — Mặt trận, đoàn thể — is
 * tracked by its status but carries no reporting duty, so it makes no unit owe a report.
 */
export function reportingUnits(
  tasks: readonly {
    leadOrganisationId: string | null;
    leadName: string | null;
    coordinating: readonly { id: string; name: string }[];
    kind?: 'assignment' | 'request';
  }[],
): { id: string; name: string }[] {
  const units = new Map<string, string>();
  for (const task of tasks) {
    if (task.kind === 'request') continue;
    if (task.leadOrganisationId && task.leadName) units.set(task.leadOrganisationId, task.leadName);
    for (const unit of task.coordinating) units.set(unit.id, unit.name);
  }
  return [...units].map(([id, name]) => ({ id, name }));
}
