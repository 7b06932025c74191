import { describe, expect, it } from 'vitest';
import type { NoticeEvent, ReportRef } from './notice-events';
import { recipientRules, resolveRecipients, type GrantHolder } from './notice-recipients';

// Tỉnh P → Sở Nội vụ N, Văn phòng V; the plan is P's; V reports on it.
const PATHS: Record<string, string[]> = { P: ['P'], N: ['P', 'N'], V: ['P', 'V'] };
const pathOf = (unit: string) => PATHS[unit] ?? [unit];
const GRANTS: GrantHolder[] = [
  { userId: 'focal-P', organisationId: 'P', role: 'focal' },
  { userId: 'leader-P', organisationId: 'P', role: 'leader' },
  { userId: 'admin-P', organisationId: 'P', role: 'admin' },
  { userId: 'focal-N', organisationId: 'N', role: 'focal' },
  { userId: 'editor-V', organisationId: 'V', role: 'editor' },
  { userId: 'editor2-V', organisationId: 'V', role: 'editor' },
  { userId: 'leader-V', organisationId: 'V', role: 'leader' },
  { userId: 'viewer-V', organisationId: 'V', role: 'viewer' },
];
const report: ReportRef = {
  planId: 'plan',
  planTitle: 'Kế hoạch',
  planUnitId: 'P',
  periodKey: '2026-Q4',
  periodLabel: 'Quý IV/2026',
  organisationId: 'V',
  organisationName: 'Văn phòng',
};
const to = (event: NoticeEvent, actor: string) =>
  resolveRecipients(recipientRules(event), GRANTS, pathOf, actor);

describe('who hears about an event', () => {
  it("a submitted report reaches the plan's focal (not the leader, the admin or another department's focal)", () => {
    expect(to({ kind: 'submitted', report, version: 2, daysLate: 0 }, 'editor-V')).toEqual([
      'focal-P',
    ]);
  });

  it("a returned report reaches the unit's editors but not the one who returned it", () => {
    expect(to({ kind: 'returned', report, version: 3, comment: 'Bổ sung' }, 'focal-P')).toEqual([
      'editor-V',
      'editor2-V',
    ]);
  });

  it('an accepted report reaches everyone of the unit', () => {
    expect(to({ kind: 'accepted', report, version: 3 }, 'focal-P')).toEqual([
      'editor-V',
      'editor2-V',
      'leader-V',
      'viewer-V',
    ]);
  });

  it("a unit's comment reaches the reviewers and the province leader who joined the thread", () => {
    const event: NoticeEvent = {
      kind: 'comment',
      report,
      commentId: 'c',
      fromSide: 'unit',
      authorName: 'A',
      authorUnitName: 'Văn phòng',
      body: 'Đã bổ sung',
      participants: ['leader-P', 'gone-user'],
    };
    expect(to(event, 'editor-V')).toEqual(['focal-P', 'leader-P']);
  });

  it("a reviewer's comment reaches the unit's editors and leader, never the author", () => {
    const event: NoticeEvent = {
      kind: 'comment',
      report,
      commentId: 'c',
      fromSide: 'reviewer',
      authorName: 'B',
      authorUnitName: 'Sở Nội vụ',
      body: 'Làm rõ số liệu',
      participants: ['focal-P'],
    };
    expect(to(event, 'focal-P')).toEqual(['editor-V', 'editor2-V', 'leader-V']);
  });
});
