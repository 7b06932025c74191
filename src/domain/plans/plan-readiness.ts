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
 * task without content); warnings do not — a real plan may leave a task's lead, timeframe or
 * output unstated ("không nêu"), and a timeframe the parser could not read needs a human look.
 * Number and date are not checked: the clerk gives them in the act of issuing.
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
  // A group task ("Các xã, phường") is one written task over several rows: judged once, on its first row.
  const seenGroups = new Set<string>();
  tasks.forEach((task, index) => {
    const row = index + 1;
    if (task.groupId !== null) {
      if (seenGroups.has(task.groupId)) return;
      seenGroups.add(task.groupId);
    }
    const warn = (field: string, message: string) =>
      issues.push({
        severity: 'warning',
        taskRow: row,
        field,
        message: `Nhiệm vụ ${row}: ${message}`,
      });
    if (!task.content.trim()) {
      issues.push({
        severity: 'error',
        taskRow: row,
        field: 'content',
        message: `Nhiệm vụ ${row}: chưa nhập nội dung.`,
      });
    }
    if (!task.leadOrganisationId && !task.leadSuggestion.trim()) {
      warn('leadOrganisationId', 'không nêu cơ quan chủ trì.');
    } else if (!task.leadOrganisationId) {
      warn(
        'leadOrganisationId',
        `cơ quan chủ trì "${task.leadSuggestion.trim()}" không có trong danh sách đơn vị, không theo dõi báo cáo được.`,
      );
    }
    const timeframe = parseTimeframe(task.timeframeText, { defaultYear: content.year });
    if (timeframe.kind === 'not_stated') {
      warn('timeframeText', 'không nêu thời gian thực hiện.');
    } else if (timeframe.kind === 'unknown') {
      warn(
        'timeframeText',
        `không đọc được thời gian thực hiện "${task.timeframeText}", cần xem lại.`,
      );
    }
    if (task.outputKind === 'not_stated' && !task.outputDescription.trim()) {
      warn('outputKind', 'không nêu kết quả, sản phẩm.');
    }
  });
  return issues;
}

/** True when nothing blocks issuing (warnings allowed). */
export function canIssue(issues: readonly ReadinessIssue[]): boolean {
  return issues.every((issue) => issue.severity !== 'error');
}
