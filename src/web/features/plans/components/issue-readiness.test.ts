import { describe, expect, it } from 'vitest';
import { splitReadiness } from './issue-readiness';

describe('readiness in the issue dialog', () => {
  const noNumber = {
    severity: 'error' as const,
    taskRow: null,
    field: 'symbol',
    message: 'Chưa có ký hiệu văn bản.',
  };
  const noLead = {
    severity: 'warning' as const,
    taskRow: 3,
    field: 'leadOrganisationId',
    message: 'Nhiệm vụ 3: không nêu cơ quan chủ trì.',
  };
  const unreadable = {
    severity: 'warning' as const,
    taskRow: 4,
    field: 'timeframeText',
    message: 'Nhiệm vụ 4: không đọc được thời gian thực hiện "sớm", cần xem lại.',
  };

  it('blocks only on errors: a task with no lead or an unreadable timeframe is a warning', () => {
    expect(splitReadiness([noLead, noNumber, unreadable])).toEqual({
      errors: [noNumber],
      warnings: [noLead, unreadable],
    });
  });

  it('lets a plan whose tasks state no lead, timeframe or output be issued', () => {
    expect(splitReadiness([noLead, unreadable]).errors).toEqual([]);
  });
});
