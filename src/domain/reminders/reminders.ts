import { isIsoDate } from '../shared/vi-format';

// Which reminder and escalation notices fall due on a given day. Pure: the job that sends them
// asks `noticesFor(deadlines, today, settings)` once a day and skips keys it already sent.
//
// Each notice fires on exactly one day, so a day missed by the job is not caught up: the job
// runs daily and is idempotent by `noticeKey`. "Quá hạn" is sent once (day +1) and "báo cáo
// lãnh đạo" once (day +N); a repeated daily list of what is still overdue is a separate digest.

const MS_PER_DAY = 86_400_000;

/**
 * Loại hạn: a task, a report, or the closing day of a scoring round's window for one unit —
 * tự đánh giá (not yet submitted), thẩm định (not yet confirmed), giải trình (requests unanswered).
 */
export type DeadlineKind =
  'task' | 'report' | 'assessment_self' | 'assessment_appraisal' | 'assessment_explanation';

/** Hạn cần nhắc: a task's or a report's due date (ISO), or a round window's closing day, and the unit responsible for it. */
export interface Deadline {
  kind: DeadlineKind;
  id: string;
  due: string;
  unitId: string;
  title: string;
  /** Hoàn thành (task) or đã nộp (report): nothing is sent for it any more. */
  done: boolean;
}

/** Cấu hình nhắc hạn: days before the due date, on the day itself, and days late to escalate. */
export interface ReminderSettings {
  /** Nhắc trước hạn: whole days before the due date (1–60, no repeats), e.g. [3, 1]. */
  daysBefore: readonly number[];
  /** Nhắc vào ngày đến hạn. */
  onTheDay: boolean;
  /** Báo cáo lãnh đạo sau N ngày quá hạn (1–90). */
  escalateAfterDays: number;
}

/** Cấu hình mặc định: 3 and 1 days before, on the day, escalate on the 3rd day late. */
export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = {
  daysBefore: [3, 1],
  onTheDay: true,
  escalateAfterDays: 3,
};

/** Loại thông báo: before the due date, on it, the first day late, escalation on day N late. */
export type NoticeKind = 'before' | 'due_today' | 'overdue' | 'escalation';

/** Người nhận: the responsible unit, its leader (lãnh đạo đơn vị), or the focal unit (đầu mối). */
export type NoticeAudience = 'unit' | 'unit_leader' | 'focal';

/**
 * Thông báo nhắc hạn: one message to one audience about one deadline. `daysBefore` is set on
 * 'before' notices only, `daysLate` on 'overdue' and 'escalation' only.
 */
export interface Notice {
  kind: NoticeKind;
  deadlineId: string;
  deadlineKind: Deadline['kind'];
  due: string;
  daysBefore?: number;
  daysLate?: number;
  audience: NoticeAudience;
}

/**
 * Thông báo đến hạn hôm nay: the notices due exactly on `today` (ISO), in the order of
 * `deadlines`, each deadline's in the order before → due today → overdue → escalation
 * (leader, then focal). Done deadlines yield nothing. With N = 1 the overdue notice and the
 * escalation both fall on day +1. Settings are trusted: check them with
 * `validateReminderSettings` where they are entered. Throws RangeError on a non-ISO date.
 */
export function noticesFor(
  deadlines: readonly Deadline[],
  today: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): Notice[] {
  const todayDay = toEpochDay(today);
  const notices: Notice[] = [];
  for (const deadline of deadlines) {
    if (deadline.done) continue;
    // Positive after the due date, negative before it.
    const offset = todayDay - toEpochDay(deadline.due);
    const base = { deadlineId: deadline.id, deadlineKind: deadline.kind, due: deadline.due };
    if (offset < 0 && settings.daysBefore.includes(-offset)) {
      notices.push({ ...base, kind: 'before', daysBefore: -offset, audience: 'unit' });
    }
    if (offset === 0 && settings.onTheDay) {
      notices.push({ ...base, kind: 'due_today', audience: 'unit' });
    }
    if (offset === 1) {
      notices.push({ ...base, kind: 'overdue', daysLate: 1, audience: 'unit' });
    }
    if (offset === settings.escalateAfterDays) {
      for (const audience of ['unit_leader', 'focal'] as const) {
        notices.push({ ...base, kind: 'escalation', daysLate: offset, audience });
      }
    }
  }
  return notices;
}

/**
 * Khoá chống gửi trùng: "deadlineKind:id:kind:audience:due", with 'before' written as
 * "before-3" so the 3-day and 1-day reminders differ. The due date is part of the key: when a
 * deadline moves, its reminders start again. The id is URI-encoded so that a ':' in it cannot
 * make two keys collide.
 */
export function noticeKey(notice: Notice): string {
  const kind = notice.kind === 'before' ? `before-${notice.daysBefore ?? 0}` : notice.kind;
  const id = encodeURIComponent(notice.deadlineId);
  return `${notice.deadlineKind}:${id}:${kind}:${notice.audience}:${notice.due}`;
}

/**
 * Kiểm tra cấu hình nhắc hạn: Vietnamese messages for days before that are not whole numbers
 * 1–60 or repeat, a non-boolean "on the day", and N outside 1–90; an empty list when valid.
 * An empty `daysBefore` is allowed (no reminders before the due date).
 */
export function validateReminderSettings(settings: ReminderSettings): string[] {
  const problems: string[] = [];
  const days: unknown = settings.daysBefore;
  if (!Array.isArray(days)) {
    problems.push('Số ngày nhắc trước hạn phải là một danh sách.');
  } else {
    const seen = new Set<number>();
    for (const value of days as unknown[]) {
      if (!isWholeNumberIn(value, 1, 60)) {
        problems.push(
          `Số ngày nhắc trước hạn phải là số nguyên từ 1 đến 60 (đang là ${String(value)}).`,
        );
        continue;
      }
      if (seen.has(value)) problems.push(`Số ngày nhắc trước hạn ${value} bị lặp lại.`);
      seen.add(value);
    }
  }
  if (typeof settings.onTheDay !== 'boolean') {
    problems.push('Tuỳ chọn nhắc vào ngày đến hạn phải là có hoặc không.');
  }
  if (!isWholeNumberIn(settings.escalateAfterDays, 1, 90)) {
    problems.push(
      'Số ngày quá hạn trước khi báo cáo lãnh đạo phải là số nguyên từ 1 đến 90 ' +
        `(đang là ${String(settings.escalateAfterDays)}).`,
    );
  }
  return problems;
}

function isWholeNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Days since 1970-01-01 of an ISO date; throws on a text that is not one. */
function toEpochDay(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}
