import { formatViDate } from '../shared/vi-format';
import type { Deadline, Notice } from './reminders';

// The Vietnamese wording of reminder e-mails: one subject line and a plain-text body per notice.
// Subjects keep the deadline's title last so that a mailbox sorted by subject groups by urgency.

/** Tên loại hạn: "Nhiệm vụ" or "Báo cáo", as the first word of a sentence. */
const DEADLINE_KIND_LABELS: Readonly<Record<Deadline['kind'], string>> = {
  task: 'Nhiệm vụ',
  report: 'Báo cáo',
  assessment_self: 'Tự đánh giá',
  assessment_appraisal: 'Thẩm định',
  assessment_explanation: 'Giải trình',
};

/** Tên loại hạn, e.g. "Báo cáo", "Tự đánh giá" (a digest line starts with it). */
export function deadlineKindLabel(kind: Deadline['kind']): string {
  return DEADLINE_KIND_LABELS[kind];
}

/**
 * The deadline as a subject names it: its title, or for a round's window the window first
 * ("Tự đánh giá: Sở Tư pháp — Đánh giá Chỉ số CCHC năm 2026"), since the title is the unit and round.
 */
function subjectTitle(deadline: Deadline): string {
  return deadline.kind === 'task' || deadline.kind === 'report'
    ? deadline.title
    : `${DEADLINE_KIND_LABELS[deadline.kind]}: ${deadline.title}`;
}

/** What is still missing, by kind: a task is completed, a report is submitted. */
const NOT_DONE_PHRASES: Readonly<Record<Deadline['kind'], string>> = {
  task: 'chưa hoàn thành',
  report: 'chưa nộp',
  assessment_self: 'chưa gửi kết quả tự đánh giá',
  assessment_appraisal: 'chưa xác nhận kết quả thẩm định',
  assessment_explanation: 'chưa giải trình đủ',
};

/**
 * Tiêu đề thư nhắc hạn: "Nhắc hạn: còn 3 ngày — Báo cáo quý I/2024", "Đến hạn hôm nay: …",
 * "Quá hạn 1 ngày: …", "Quá hạn 3 ngày (báo cáo lãnh đạo): …". Throws when the notice is
 * about another deadline.
 */
export function noticeSubject(notice: Notice, deadline: Deadline): string {
  assertSameDeadline(notice, deadline);
  const title = subjectTitle(deadline);
  switch (notice.kind) {
    case 'before':
      return `Nhắc hạn: còn ${notice.daysBefore ?? 0} ngày — ${title}`;
    case 'due_today':
      return `Đến hạn hôm nay: ${title}`;
    case 'overdue':
      return `Quá hạn ${notice.daysLate ?? 1} ngày: ${title}`;
    case 'escalation':
      return `Quá hạn ${notice.daysLate ?? 0} ngày (báo cáo lãnh đạo): ${title}`;
  }
}

/**
 * Nội dung thư nhắc hạn: plain text naming the deadline, its due date as dd/mm/yyyy and what
 * to do; an escalation reads differently for the unit's leader and for the focal unit.
 */
export function noticeBody(notice: Notice, deadline: Deadline): string {
  assertSameDeadline(notice, deadline);
  const subject = `${DEADLINE_KIND_LABELS[deadline.kind]} «${deadline.title}»`;
  const due = formatViDate(notice.due);
  const notDone = NOT_DONE_PHRASES[deadline.kind];
  switch (notice.kind) {
    case 'before':
      return (
        `${subject} đến hạn ngày ${due} (còn ${notice.daysBefore ?? 0} ngày).\n` +
        'Đề nghị đơn vị hoàn thành và cập nhật trên hệ thống đúng hạn.'
      );
    case 'due_today':
      return (
        `${subject} đến hạn hôm nay, ngày ${due}.\n` +
        'Đề nghị đơn vị hoàn thành và cập nhật trên hệ thống trong ngày.'
      );
    case 'overdue':
      return (
        `${subject} đã quá hạn ${notice.daysLate ?? 1} ngày (hạn ngày ${due}) mà ${notDone}.\n` +
        'Đề nghị đơn vị khẩn trương hoàn thành và cập nhật trên hệ thống.'
      );
    case 'escalation': {
      const late = `${subject} đã quá hạn ${notice.daysLate ?? 0} ngày (hạn ngày ${due}) mà ${notDone}.`;
      return notice.audience === 'focal'
        ? `${late}\nThông báo để đơn vị đầu mối theo dõi, đôn đốc.`
        : `${late}\nĐề nghị lãnh đạo đơn vị chỉ đạo hoàn thành.`;
    }
  }
}

function assertSameDeadline(notice: Notice, deadline: Deadline): void {
  if (notice.deadlineId !== deadline.id || notice.deadlineKind !== deadline.kind) {
    throw new RangeError(
      `Notice for ${notice.deadlineKind} ${notice.deadlineId} given ${deadline.kind} ${deadline.id}`,
    );
  }
}
