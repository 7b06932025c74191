import { describe, expect, it } from 'vitest';
import type { PlanTaskDto } from '@contract/plans';
import { isPatchApplied } from './group-edit';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const task = {
  content: 'Rà soát TTHC',
  timeframeText: 'Quý II/2025',
  lead: { id: id(1), name: 'Xã Bình Thành' },
  coordinating: [
    { id: id(2), name: 'Phòng Tư pháp' },
    { id: id(3), name: 'Phòng Nội vụ' },
  ],
  nodeLinks: [],
  leadGroup: null,
} as unknown as PlanTaskDto;

describe("an edit on a group lead's row", () => {
  it('is skipped for an obligation that already shows it', () => {
    expect(isPatchApplied(task, { timeframeText: 'Quý II/2025' })).toBe(true);
    expect(isPatchApplied(task, { coordinatingOrganisationIds: [id(3), id(2)] })).toBe(true);
    expect(isPatchApplied(task, { leadOrganisationId: id(1) })).toBe(true);
  });

  it('is sent to an obligation that differs in any field of it', () => {
    expect(isPatchApplied(task, { timeframeText: '' })).toBe(false);
    expect(isPatchApplied(task, { content: 'Rà soát TTHC', outputKind: 'report' })).toBe(false);
    expect(isPatchApplied(task, { coordinatingOrganisationIds: [id(2)] })).toBe(false);
  });
});
