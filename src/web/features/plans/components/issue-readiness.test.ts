import { describe, expect, it } from 'vitest';
import { splitReadiness } from './issue-readiness';

describe('readiness in the issue dialog', () => {
  const noLead = {
    severity: 'error' as const,
    taskRow: 3,
    field: 'leadOrganisationId',
    message: 'Nhiệm vụ 3: chưa chọn cơ quan chủ trì.',
  };
  const unreadable = {
    severity: 'warning' as const,
    taskRow: 4,
    field: 'timeframeText',
    message: 'Nhiệm vụ 4: không đọc được thời gian thực hiện "sớm", cần xem lại.',
  };

  it('keeps a task without lead unit as blocking and an unreadable timeframe as a warning', () => {
    expect(splitReadiness([noLead, unreadable])).toEqual({
      errors: [noLead],
      warnings: [unreadable],
    });
  });
});
