import { parseTimeframe } from './parse-timeframe';
import type { PlanContent, PlanTask } from './plan';

/** Vấn đề trước khi ban hành: a blocking error or a warning, with the task row (1-based) it concerns. */
export interface ReadinessIssue {
  severity: 'error' | 'warning';
  /** Dòng nhiệm vụ (1-based position), or null for the plan itself. */
  taskRow: number | null;
  field: string;
  message: string;
}

/**
 * Kiểm tra trước khi ban hành: errors block issuing (no title, issuing body or signer; no task; a
 * task without content or lead unit); warnings do not (a timeframe the parser could not read, or
 * none stated — allowed, but a human should look at it first). Number and date are not checked: the clerk
 * gives them in the act of issuing.
 */
export function checkPlanReadiness(
  content: PlanContent,
  tasks: readonly PlanTask[],
): ReadinessIssue[] {
  const issues: ReadinessIssue[] = [];
  const planError = (field: string, message: string) =>
    issues.push({ severity: 'error', taskRow: null, field, message });
  if (!content.title.trim()) planError('title', 'Chưa nhập trích yếu (tên kế hoạch).');
  if (!content.issuingBody.trim()) planError('issuingBody', 'Chưa nhập tên cơ quan ban hành.');
  if (!content.signature.signerName.trim())
    planError('signature.signerName', 'Chưa nhập họ tên người ký.');
  if (tasks.length === 0) planError('tasks', 'Kế hoạch chưa có nhiệm vụ nào.');
  tasks.forEach((task, index) => {
    const row = index + 1;
    if (!task.content.trim()) {
      issues.push({
        severity: 'error',
        taskRow: row,
        field: 'content',
        message: `Nhiệm vụ ${row}: chưa nhập nội dung.`,
      });
    }
    if (!task.leadOrganisationId) {
      issues.push({
        severity: 'error',
        taskRow: row,
        field: 'leadOrganisationId',
        message: `Nhiệm vụ ${row}: chưa chọn cơ quan chủ trì.`,
      });
    }
    const timeframeKind = parseTimeframe(task.timeframeText, { defaultYear: content.year }).kind;
    if (timeframeKind === 'not_stated') {
      issues.push({
        severity: 'warning',
        taskRow: row,
        field: 'timeframeText',
        message: `Nhiệm vụ ${row}: chưa nêu thời gian thực hiện.`,
      });
    }
    if (timeframeKind === 'unknown') {
      issues.push({
        severity: 'warning',
        taskRow: row,
        field: 'timeframeText',
        message: `Nhiệm vụ ${row}: không đọc được thời gian thực hiện "${task.timeframeText}", cần xem lại.`,
      });
    }
  });
  return issues;
}

/** True when nothing blocks issuing (warnings allowed). */
export function canIssue(issues: readonly ReadinessIssue[]): boolean {
  return issues.every((issue) => issue.severity !== 'error');
}
