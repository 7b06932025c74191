import { formatViDate } from '../shared/vi-format';

// Thông báo sự kiện: what happened to a report, a plan or a task, worded once for the bell and the
// e-mail, with its link and a key that is stable per event (the same event twice — a retried
// request, a second call — gives the same key, so a user gets one notice per event).

/** Báo cáo kỳ được nhắc đến: one unit's report of one period of a plan. */
export interface ReportRef {
  planId: string;
  planTitle: string;
  /** Đơn vị ban hành kế hoạch: whose focal reviews the report. */
  planUnitId: string;
  periodKey: string;
  /** "Quý IV/2026". */
  periodLabel: string;
  organisationId: string;
  organisationName: string;
}

/** Kế hoạch được nhắc đến, as its notices name it. */
export interface PlanRef {
  id: string;
  title: string;
  /** Số kế hoạch (null while a draft). */
  number: string | null;
  /** Ngày ban hành (ISO), null while a draft. */
  issuedOn: string | null;
  issuingUnitName: string;
}

/** Bên trong trao đổi về báo cáo: the reporting unit, or the focal unit that reviews it. */
export type CommentSide = 'unit' | 'reviewer';

/** Một sự kiện cần thông báo. */
export type NoticeEvent =
  /** Đơn vị nộp báo cáo (`version`: the report's version after the submit). */
  | { kind: 'submitted'; report: ReportRef; version: number; daysLate: number }
  /** Đầu mối trả lại báo cáo với ý kiến. */
  | { kind: 'returned'; report: ReportRef; version: number; comment: string }
  /** Đầu mối tiếp nhận báo cáo. */
  | { kind: 'accepted'; report: ReportRef; version: number }
  /** Ban hành kế hoạch (the first version); `unitIds`: lead and coordinating units of its tasks. */
  | { kind: 'plan_issued'; plan: PlanRef; unitIds: readonly string[] }
  /** Ban hành văn bản sửa đổi, bổ sung; `unitIds`: units of the new and the replaced version. */
  | { kind: 'plan_amended'; plan: PlanRef; unitIds: readonly string[] }
  /** Giao nhiệm vụ: a unit became the lead of a task of a plan in force. */
  | {
      kind: 'task_assigned';
      plan: PlanRef;
      task: { id: string; content: string };
      unitId: string;
    }
  /** Ý kiến hoặc đề nghị giải trình trong trao đổi về một báo cáo; `participants`: earlier authors of the other side. */
  | {
      kind: 'comment' | 'explanation_request';
      report: ReportRef;
      commentId: string;
      fromSide: CommentSide;
      authorName: string;
      authorUnitName: string;
      body: string;
      participants: readonly string[];
    }
  /**
   * Đề nghị giải trình trong đợt đánh giá: an appraiser asks the unit about one criterion
   * (`version`: the entry's version after the request, so a second request is a new notice).
   */
  | {
      kind: 'assessment_explanation_request';
      round: { id: string; name: string };
      unit: { id: string; name: string };
      nodeCode: string;
      version: number;
      authorName: string;
      request: string;
    };

/** Loại thông báo sự kiện (the kinds users may also choose by e-mail). */
export type NoticeEventKind = NoticeEvent['kind'];

/** Every event kind, in the order the preferences list them. */
export const NOTICE_EVENT_KINDS = [
  'submitted',
  'returned',
  'accepted',
  'plan_issued',
  'plan_amended',
  'task_assigned',
  'comment',
  'explanation_request',
  'assessment_explanation_request',
] as const satisfies readonly NoticeEventKind[];

/** How much of a comment a notice quotes (the thread has it all). */
const QUOTE_CHARS = 300;

/** Khóa sự kiện: one per event, e.g. "submitted:<plan>/<period>/<unit>@v4", "comment:<id>". */
export function noticeEventKey(event: NoticeEvent): string {
  switch (event.kind) {
    case 'submitted':
    case 'returned':
    case 'accepted':
      return `${event.kind}:${reportKey(event.report)}@v${event.version}`;
    case 'plan_issued':
    case 'plan_amended':
      return `${event.kind}:${event.plan.id}`;
    case 'task_assigned':
      return `task_assigned:${event.task.id}@${event.unitId}`;
    case 'comment':
    case 'explanation_request':
      return `${event.kind}:${event.commentId}`;
    case 'assessment_explanation_request':
      return `${event.kind}:${event.round.id}/${event.unit.id}/${event.nodeCode}@v${event.version}`;
  }
}

/** Where the web app shows the event's object: the report, or the plan (a task is shown in its plan). */
export function noticeEventLink(event: NoticeEvent): string {
  if (event.kind === 'assessment_explanation_request') {
    return `/assessment/${event.round.id}/units/${event.unit.id}/explanations`;
  }
  if ('report' in event) {
    const { planId, periodKey, organisationId } = event.report;
    return `/reports/${planId}/${periodKey}/${organisationId}`;
  }
  return `/plans/${event.plan.id}`;
}

/** Tiêu đề và nội dung: the subject line and the plain-text body of the event's notice. */
export function noticeEventText(event: NoticeEvent): { subject: string; body: string } {
  switch (event.kind) {
    case 'submitted': {
      const { report } = event;
      const late = event.daysLate > 0 ? ` (muộn ${event.daysLate} ngày)` : '';
      return {
        subject: `Báo cáo đã nộp: ${report.organisationName} — ${report.periodLabel}`,
        body:
          `${report.organisationName} đã nộp báo cáo ${report.periodLabel} thực hiện ` +
          `kế hoạch “${report.planTitle}”${late}.\nĐề nghị xem xét, tiếp nhận hoặc trả lại báo cáo.`,
      };
    }
    case 'returned': {
      const { report } = event;
      return {
        subject: `Báo cáo bị trả lại: ${report.periodLabel} — ${report.planTitle}`,
        body:
          `Báo cáo ${report.periodLabel} của ${report.organisationName} (kế hoạch ` +
          `“${report.planTitle}”) bị trả lại với ý kiến: “${quote(event.comment)}”.\n` +
          'Đề nghị đơn vị chỉnh sửa và nộp lại.',
      };
    }
    case 'accepted': {
      const { report } = event;
      return {
        subject: `Báo cáo đã được tiếp nhận: ${report.periodLabel} — ${report.planTitle}`,
        body: `Báo cáo ${report.periodLabel} của ${report.organisationName} (kế hoạch “${report.planTitle}”) đã được tiếp nhận.`,
      };
    }
    case 'plan_issued':
      return {
        subject: `Kế hoạch mới ban hành: ${event.plan.title}`,
        body:
          `${planName(event.plan)} của ${event.plan.issuingUnitName} đã được ban hành; đơn vị ` +
          'được giao chủ trì hoặc phối hợp thực hiện nhiệm vụ.\nĐề nghị đơn vị triển khai và báo cáo theo quy định.',
      };
    case 'plan_amended':
      return {
        subject: `Kế hoạch được sửa đổi, bổ sung: ${event.plan.title}`,
        body:
          `${planName(event.plan)} của ${event.plan.issuingUnitName} sửa đổi, bổ sung kế hoạch ` +
          'trước đã được ban hành; nhiệm vụ của đơn vị có thể đã thay đổi.\nĐề nghị đơn vị xem lại và triển khai theo kế hoạch mới.',
      };
    case 'task_assigned':
      return {
        subject: `Nhiệm vụ được giao: ${event.task.content}`,
        body: `Theo ${planName(event.plan)}, đơn vị được giao chủ trì nhiệm vụ “${event.task.content}”.`,
      };
    case 'comment':
    case 'explanation_request': {
      const { report } = event;
      const isRequest = event.kind === 'explanation_request';
      const what = `báo cáo ${report.periodLabel} của ${report.organisationName}`;
      return {
        subject: isRequest ? `Đề nghị giải trình: ${what}` : `Ý kiến mới về ${what}`,
        body:
          `${event.authorName} (${event.authorUnitName}) ${isRequest ? 'đề nghị giải trình' : 'có ý kiến'} ` +
          `về ${what}: “${quote(event.body)}”.`,
      };
    }
    case 'assessment_explanation_request':
      return {
        subject: `Đề nghị giải trình tiêu chí ${event.nodeCode}: ${event.round.name}`,
        body:
          `${event.authorName} (Hội đồng thẩm định) đề nghị ${event.unit.name} giải trình, bổ sung ` +
          `tiêu chí ${event.nodeCode}: “${quote(event.request)}”.\nĐề nghị đơn vị trả lời trong thời hạn giải trình.`,
      };
  }
}

const reportKey = (report: ReportRef) =>
  `${report.planId}/${report.periodKey}/${report.organisationId}`;

/** Kế hoạch số 88 ngày 15/01/2026 “…”, or Kế hoạch “…” when it carries no number yet. */
function planName(plan: PlanRef): string {
  const number = plan.number ? ` số ${plan.number}` : '';
  const date = plan.issuedOn ? ` ngày ${formatViDate(plan.issuedOn)}` : '';
  return `Kế hoạch${number}${date} “${plan.title}”`;
}

function quote(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
}
