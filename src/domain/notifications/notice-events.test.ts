import { describe, expect, it } from 'vitest';
import {
  noticeEventKey,
  noticeEventLink,
  noticeEventText,
  type NoticeEvent,
  type PlanRef,
  type ReportRef,
} from './notice-events';

const report: ReportRef = {
  planId: 'plan-1',
  planTitle: 'Cải cách hành chính năm 2026',
  planUnitId: 'P',
  periodKey: '2026-Q4',
  periodLabel: 'Quý IV/2026',
  organisationId: 'V',
  organisationName: 'Văn phòng UBND tỉnh',
};
const plan: PlanRef = {
  id: 'plan-1',
  title: 'Cải cách hành chính năm 2026',
  number: '88',
  issuedOn: '2026-01-15',
  issuingUnitName: 'UBND tỉnh Đồng Tháp',
};

describe('noticeEventText — the wording of event notices', () => {
  it('tells the focal which unit submitted which period, and how late', () => {
    expect(noticeEventText({ kind: 'submitted', report, version: 3, daysLate: 2 })).toEqual({
      subject: 'Báo cáo đã nộp: Văn phòng UBND tỉnh — Quý IV/2026',
      body:
        'Văn phòng UBND tỉnh đã nộp báo cáo Quý IV/2026 thực hiện kế hoạch “Cải cách hành chính năm 2026” (muộn 2 ngày).\n' +
        'Đề nghị xem xét, tiếp nhận hoặc trả lại báo cáo.',
    });
  });

  it('quotes the return comment with typographic quotes', () => {
    const { body } = noticeEventText({
      kind: 'returned',
      report,
      version: 4,
      comment: '  Bổ sung   số liệu tháng 12 ',
    });
    expect(body).toContain('bị trả lại với ý kiến: “Bổ sung số liệu tháng 12”.');
  });

  it('names the plan by number and Vietnamese date', () => {
    const { body } = noticeEventText({ kind: 'plan_issued', plan, unitIds: ['V'] });
    expect(body).toContain('Kế hoạch số 88 ngày 15/01/2026 “Cải cách hành chính năm 2026”');
  });

  it('says who asks for an explanation, shortening a long comment', () => {
    const event: NoticeEvent = {
      kind: 'explanation_request',
      report,
      commentId: 'c1',
      fromSide: 'reviewer',
      authorName: 'Nguyễn Văn A',
      authorUnitName: 'Sở Nội vụ',
      body: 'x'.repeat(400),
      participants: [],
    };
    const text = noticeEventText(event);
    expect(text.subject).toBe('Đề nghị giải trình: báo cáo Quý IV/2026 của Văn phòng UBND tỉnh');
    expect(text.body).toMatch(/^Nguyễn Văn A \(Sở Nội vụ\) đề nghị giải trình về báo cáo/);
    expect(text.body).toContain(`“${'x'.repeat(299)}…”`);
  });
});

describe('noticeEventKey and noticeEventLink', () => {
  it('gives each submission its own key, and the same submission the same key', () => {
    const first = noticeEventKey({ kind: 'submitted', report, version: 3, daysLate: 0 });
    expect(first).toBe('submitted:plan-1/2026-Q4/V@v3');
    expect(noticeEventKey({ kind: 'submitted', report, version: 3, daysLate: 0 })).toBe(first);
    expect(noticeEventKey({ kind: 'submitted', report, version: 5, daysLate: 0 })).not.toBe(first);
  });

  it('links a report event to the report and a task to its plan', () => {
    expect(noticeEventLink({ kind: 'accepted', report, version: 6 })).toBe(
      '/reports/plan-1/2026-Q4/V',
    );
    expect(
      noticeEventLink({
        kind: 'task_assigned',
        plan,
        task: { id: 't1', content: 'Số hóa hồ sơ' },
        unitId: 'V',
      }),
    ).toBe('/plans/plan-1');
  });
});
