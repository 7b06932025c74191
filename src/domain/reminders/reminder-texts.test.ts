import { describe, it, expect } from 'vitest';
import { noticeBody, noticeSubject } from './reminder-texts';
import type { Deadline, Notice } from './reminders';

function buildDeadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    kind: 'report',
    id: 'r1',
    due: '2024-03-15',
    unitId: 'so-tu-phap',
    title: 'Báo cáo quý I/2024',
    done: false,
    ...overrides,
  };
}

const report = { deadlineId: 'r1', deadlineKind: 'report', due: '2024-03-15' } as const;
const task = { deadlineId: 't1', deadlineKind: 'task', due: '2024-03-01' } as const;
const taskDeadline = buildDeadline({
  kind: 'task',
  id: 't1',
  due: '2024-03-01',
  title: 'Rà soát, đơn giản hoá TTHC',
});

describe('subjects (tiêu đề thư)', () => {
  it.each([
    [
      { ...report, kind: 'before', daysBefore: 3, audience: 'unit' },
      'Nhắc hạn: còn 3 ngày — Báo cáo quý I/2024',
    ],
    [
      { ...report, kind: 'before', daysBefore: 1, audience: 'unit' },
      'Nhắc hạn: còn 1 ngày — Báo cáo quý I/2024',
    ],
    [{ ...report, kind: 'due_today', audience: 'unit' }, 'Đến hạn hôm nay: Báo cáo quý I/2024'],
    [
      { ...report, kind: 'overdue', daysLate: 1, audience: 'unit' },
      'Quá hạn 1 ngày: Báo cáo quý I/2024',
    ],
    [
      { ...report, kind: 'escalation', daysLate: 3, audience: 'unit_leader' },
      'Quá hạn 3 ngày (báo cáo lãnh đạo): Báo cáo quý I/2024',
    ],
    [
      { ...report, kind: 'escalation', daysLate: 3, audience: 'focal' },
      'Quá hạn 3 ngày (báo cáo lãnh đạo): Báo cáo quý I/2024',
    ],
  ] as [Notice, string][])('%j → "%s"', (notice, subject) => {
    expect(noticeSubject(notice, buildDeadline())).toBe(subject);
  });

  it('refuses a notice about another deadline', () => {
    expect(() =>
      noticeSubject({ ...task, kind: 'due_today', audience: 'unit' }, buildDeadline()),
    ).toThrow(RangeError);
  });
});

describe('bodies (nội dung thư), dates as dd/mm/yyyy', () => {
  it.each([
    [
      { ...report, kind: 'before', daysBefore: 3, audience: 'unit' },
      buildDeadline(),
      'Báo cáo «Báo cáo quý I/2024» đến hạn ngày 15/03/2024 (còn 3 ngày).\n' +
        'Đề nghị đơn vị hoàn thành và cập nhật trên hệ thống đúng hạn.',
    ],
    [
      { ...task, kind: 'due_today', audience: 'unit' },
      taskDeadline,
      'Nhiệm vụ «Rà soát, đơn giản hoá TTHC» đến hạn hôm nay, ngày 01/03/2024.\n' +
        'Đề nghị đơn vị hoàn thành và cập nhật trên hệ thống trong ngày.',
    ],
    [
      { ...report, kind: 'overdue', daysLate: 1, audience: 'unit' },
      buildDeadline(),
      'Báo cáo «Báo cáo quý I/2024» đã quá hạn 1 ngày (hạn ngày 15/03/2024) mà chưa nộp.\n' +
        'Đề nghị đơn vị khẩn trương hoàn thành và cập nhật trên hệ thống.',
    ],
    [
      { ...task, kind: 'overdue', daysLate: 1, audience: 'unit' },
      taskDeadline,
      'Nhiệm vụ «Rà soát, đơn giản hoá TTHC» đã quá hạn 1 ngày (hạn ngày 01/03/2024) mà chưa hoàn thành.\n' +
        'Đề nghị đơn vị khẩn trương hoàn thành và cập nhật trên hệ thống.',
    ],
    [
      { ...report, kind: 'escalation', daysLate: 3, audience: 'unit_leader' },
      buildDeadline(),
      'Báo cáo «Báo cáo quý I/2024» đã quá hạn 3 ngày (hạn ngày 15/03/2024) mà chưa nộp.\n' +
        'Đề nghị lãnh đạo đơn vị chỉ đạo hoàn thành.',
    ],
    [
      { ...report, kind: 'escalation', daysLate: 3, audience: 'focal' },
      buildDeadline(),
      'Báo cáo «Báo cáo quý I/2024» đã quá hạn 3 ngày (hạn ngày 15/03/2024) mà chưa nộp.\n' +
        'Thông báo để đơn vị đầu mối theo dõi, đôn đốc.',
    ],
  ] as [Notice, Deadline, string][])('%j', (notice, deadline, body) => {
    expect(noticeBody(notice, deadline)).toBe(body);
  });
});

describe('a scoring round’s window (cửa sổ đợt đánh giá)', () => {
  const selfDeadline = buildDeadline({
    kind: 'assessment_self',
    id: 'round/self/so-tu-phap',
    due: '2026-12-20',
    title: 'Sở Tư pháp — Đánh giá Chỉ số CCHC năm 2026',
  });
  const base = {
    deadlineId: 'round/self/so-tu-phap',
    deadlineKind: 'assessment_self',
    due: '2026-12-20',
  } as const;

  it('names the window before the unit and round in the subject', () => {
    expect(
      noticeSubject({ ...base, kind: 'before', daysBefore: 3, audience: 'unit' }, selfDeadline),
    ).toBe('Nhắc hạn: còn 3 ngày — Tự đánh giá: Sở Tư pháp — Đánh giá Chỉ số CCHC năm 2026');
  });

  it('says what is missing once the window has closed', () => {
    expect(
      noticeBody({ ...base, kind: 'overdue', daysLate: 1, audience: 'unit' }, selfDeadline),
    ).toContain(
      'Tự đánh giá «Sở Tư pháp — Đánh giá Chỉ số CCHC năm 2026» đã quá hạn 1 ngày (hạn ngày 20/12/2026) mà chưa gửi kết quả tự đánh giá.',
    );
  });
});
