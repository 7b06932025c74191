import { describe, expect, it } from 'vitest';
import {
  noticeEventKey,
  noticeEventLink,
  noticeEventText,
  type NoticeEvent,
} from './notice-events';
import { recipientRules, resolveRecipients } from './notice-recipients';

describe('assessment_explanation_request notice', () => {
  const event: NoticeEvent = {
    kind: 'assessment_explanation_request',
    round: { id: 'r1', name: 'Đợt đánh giá năm 2026' },
    unit: { id: 'u1', name: 'Sở Tư pháp' },
    nodeCode: '2.1',
    version: 3,
    authorName: 'Nguyễn Văn Thẩm',
    request: 'Bổ sung danh mục TTHC đã công khai',
  };

  it('has one key per request version and links to the unit’s explanations page', () => {
    expect(noticeEventKey(event)).toBe('assessment_explanation_request:r1/u1/2.1@v3');
    expect(noticeEventLink(event)).toBe('/assessment/r1/units/u1/explanations');
  });

  it('names the criterion and quotes the request', () => {
    const { subject, body } = noticeEventText(event);
    expect(subject).toBe('Đề nghị giải trình tiêu chí 2.1: Đợt đánh giá năm 2026');
    expect(body).toContain(
      'Sở Tư pháp giải trình, bổ sung tiêu chí 2.1: “Bổ sung danh mục TTHC đã công khai”',
    );
  });

  it('reaches the unit’s editors, focals and leaders, not its viewers nor the appraiser', () => {
    const grants = [
      { userId: 'editor', organisationId: 'u1', role: 'editor' as const },
      { userId: 'leader', organisationId: 'u1', role: 'leader' as const },
      { userId: 'viewer', organisationId: 'u1', role: 'viewer' as const },
      { userId: 'appraiser', organisationId: 'u1', role: 'editor' as const },
      { userId: 'elsewhere', organisationId: 'u2', role: 'editor' as const },
    ];
    expect(resolveRecipients(recipientRules(event), grants, (id) => [id], 'appraiser')).toEqual([
      'editor',
      'leader',
    ]);
  });
});
