import { describe, expect, it } from 'vitest';
import type { ImportedPlanDto } from '@contract/plan-imports';
import {
  deleteBasis,
  deleteImportedSection,
  deleteTask,
  indentImportedSection,
  markTaskReviewed,
  mergeTaskWithNext,
  moveImportedSection,
  outdentImportedSection,
  setTaskCoordinating,
  setTaskLead,
  splitPoints,
  splitTask,
  updateHeader,
  updateTaskText,
  type ImportEdit,
} from './import-edits';
import { buildImportedPlan, TEST_UNITS } from './import-test-data';

function applied(edit: ImportEdit): ImportedPlanDto {
  if (!edit.ok) throw new Error(edit.message);
  return edit.plan;
}

function task(plan: ImportedPlanDto, key: string) {
  const found = plan.tasks.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no task ${key}`);
  return found;
}

describe('changing a task’s units', () => {
  it('settles an unmatched lead with the picked unit and drops the flag, keeping the printed name', () => {
    const plan = applied(setTaskLead(buildImportedPlan(), 't2', TEST_UNITS.congAn));
    const fixed = task(plan, 't2');
    expect(fixed.leadOrganisationId).toBe(TEST_UNITS.congAn);
    expect(fixed.leadSuggestion).toBe('');
    expect(fixed.leadText).toBe('Ban Chỉ huy Quân sự xã');
    expect(fixed.provenance.flags).toEqual(['timeframe_unread']);
  });

  it('keeps "unmatched" while a coordinating name is still only text, and drops it when that is resolved', () => {
    const withNote = applied(
      setTaskCoordinating(buildImportedPlan(), 't2', [TEST_UNITS.vanHoa], 'Hội Nông dân'),
    );
    const led = applied(setTaskLead(withNote, 't2', TEST_UNITS.congAn));
    expect(task(led, 't2').provenance.flags).toContain('unmatched_unit');
    const resolved = applied(
      setTaskCoordinating(led, 't2', [TEST_UNITS.vanHoa, TEST_UNITS.vanHoa], ''),
    );
    expect(task(resolved, 't2').coordinatingOrganisationIds).toEqual([TEST_UNITS.vanHoa]);
    expect(task(resolved, 't2').provenance.flags).not.toContain('unmatched_unit');
  });

  it('clearing the lead keeps the printed name as a suggestion and flags the missing lead', () => {
    const plan = applied(setTaskLead(buildImportedPlan(), 't1', null));
    expect(task(plan, 't1').leadSuggestion).toBe('Công chức Văn hóa - Xã hội');
    expect(task(plan, 't1').provenance.flags).toEqual(['lead_missing']);
  });

  it('refuses an unknown task', () => {
    expect(setTaskLead(buildImportedPlan(), 'nope', null)).toEqual({
      ok: false,
      message: 'Không tìm thấy nhiệm vụ.',
    });
  });
});

describe('editing a task’s texts', () => {
  it('reads a new timeframe with the grammar: an unread one is flagged, a read one clears the flag', () => {
    const unread = applied(updateTaskText(buildImportedPlan(), 't1', { timeframeText: 'abc xyz' }));
    expect(task(unread, 't1').provenance.flags).toEqual(['timeframe_unread']);
    const read = applied(updateTaskText(unread, 't1', { timeframeText: ' Trước 30/6 ' }));
    expect(task(read, 't1').timeframeText).toBe('Trước 30/6');
    expect(task(read, 't1').provenance.flags).toEqual([]);
  });

  it('refuses an empty content', () => {
    const edit = updateTaskText(buildImportedPlan(), 't1', { content: '   ' });
    expect(edit).toEqual({ ok: false, message: 'Nội dung nhiệm vụ không được để trống.' });
  });

  it('marks a task reviewed: full confidence, no flags, same source', () => {
    const plan = applied(markTaskReviewed(buildImportedPlan(), 't2'));
    expect(task(plan, 't2').provenance).toEqual({
      confidence: 1,
      source: [{ from: 12, to: 13 }],
      flags: [],
    });
  });
});

describe('splitting and merging tasks', () => {
  it('offers the sentence and clause ends and the inner bullets as split points', () => {
    const text = 'Rà soát văn bản; tự kiểm tra. Báo cáo - gửi Phòng Nội vụ';
    expect(splitPoints(text).map((at) => text.slice(at).trim())).toEqual([
      'tự kiểm tra. Báo cáo - gửi Phòng Nội vụ',
      'Báo cáo - gửi Phòng Nội vụ',
      '- gửi Phòng Nội vụ',
    ]);
    expect(splitPoints('Một câu.')).toEqual([]);
  });

  it('splits a task in two right after it, both keeping units, timeframe and source', () => {
    const original = buildImportedPlan();
    const at = task(original, 't1').content.indexOf('tự');
    const plan = applied(splitTask(original, 't1', at));
    expect(plan.tasks.map((t) => t.key)).toEqual(['t1', 't1.2', 't2', 't3']);
    expect(task(plan, 't1').content).toBe('Rà soát văn bản quy phạm pháp luật;');
    expect(task(plan, 't1.2')).toMatchObject({
      content: 'tự kiểm tra văn bản.',
      leadOrganisationId: TEST_UNITS.vanHoa,
      timeframeText: 'Quý II/2025',
      sectionId: 's3',
      provenance: { source: [{ from: 9, to: 10 }] },
    });
  });

  it('gives a second split of the same task a fresh key', () => {
    const once = applied(splitTask(buildImportedPlan(), 't1', 36));
    const twice = applied(splitTask(once, 't1', 10));
    expect(twice.tasks.map((t) => t.key)).toEqual(['t1', 't1.3', 't1.2', 't2', 't3']);
  });

  it('refuses a split point at either end', () => {
    expect(splitTask(buildImportedPlan(), 't1', 0).ok).toBe(false);
    expect(splitTask(buildImportedPlan(), 't1', 10_000).ok).toBe(false);
  });

  it('merges a task with the next of its section: texts joined, units united, the first timeframe, sources joined, the lower confidence', () => {
    const plan = applied(mergeTaskWithNext(buildImportedPlan(), 't2'));
    expect(plan.tasks.map((t) => t.key)).toEqual(['t1', 't2']);
    expect(task(plan, 't2')).toMatchObject({
      content:
        'Niêm yết công khai thủ tục hành chính. Tuyên truyền cải cách hành chính trên loa truyền thanh.',
      leadOrganisationId: TEST_UNITS.congAn,
      leadText: 'Ban Chỉ huy Quân sự xã; Công an xã',
      coordinatingOrganisationIds: [TEST_UNITS.vanHoa],
      timeframeText: 'khi có yêu cầu cấp trên',
      provenance: {
        confidence: 0.5,
        source: [{ from: 12, to: 15 }],
        flags: ['unmatched_unit', 'timeframe_unread'],
      },
    });
  });

  it('refuses to merge across sections', () => {
    expect(mergeTaskWithNext(buildImportedPlan(), 't1')).toEqual({
      ok: false,
      message: 'Không có nhiệm vụ tiếp theo cùng mục để gộp.',
    });
  });

  it('deletes a task', () => {
    const plan = applied(deleteTask(buildImportedPlan(), 't2'));
    expect(plan.tasks.map((t) => t.key)).toEqual(['t1', 't3']);
  });
});

describe('moving and deleting sections', () => {
  it('moves a section down among its siblings', () => {
    const plan = applied(moveImportedSection(buildImportedPlan(), 's3', 1));
    expect(plan.content.sections.map((s) => s.id)).toEqual(['s1', 's2', 's4', 's3']);
    expect(moveImportedSection(plan, 's3', 1)).toEqual({ ok: false, message: 'Mục đã ở cuối.' });
  });

  it('indents a section under its previous sibling and outdents it back (a new parent)', () => {
    const indented = applied(indentImportedSection(buildImportedPlan(), 's4'));
    expect(indented.content.sections.find((s) => s.id === 's4')?.parentId).toBe('s3');
    const outdented = applied(outdentImportedSection(indented, 's4'));
    expect(outdented.content.sections.find((s) => s.id === 's4')?.parentId).toBe('s2');
    expect(outdentImportedSection(buildImportedPlan(), 's1').ok).toBe(false);
  });

  it('deleting a section moves its sub-sections, tasks and targets to its parent, in its place', () => {
    const plan = applied(deleteImportedSection(buildImportedPlan(), 's2'));
    expect(plan.content.sections.map((s) => [s.id, s.parentId])).toEqual([
      ['s1', null],
      ['s3', null],
      ['s4', null],
    ]);
    expect(plan.sectionLabels).not.toHaveProperty('s2');
    expect(plan.provenance).not.toHaveProperty('section:s2');
    expect(plan.sectionIndexKinds).toEqual({});

    const withoutS4 = applied(deleteImportedSection(buildImportedPlan(), 's4'));
    expect(withoutS4.tasks.map((t) => t.sectionId)).toEqual(['s3', 's2', 's2']);
    // The deleted heading's body is kept in the parent.
    expect(withoutS4.content.sections.find((s) => s.id === 's2')?.body).toBe(
      'Cải cách thủ tục hành chính\nGhi chú mục.',
    );
    const withoutS1 = applied(deleteImportedSection(buildImportedPlan(), 's1'));
    expect(withoutS1.content.targets[0]?.sectionId).toBeNull();
  });
});

describe('editing the header', () => {
  it('changes fields and counts their readings as reviewed', () => {
    const plan = applied(updateHeader(buildImportedPlan(), { issuedOn: '2025-01-16' }));
    expect(plan.content.issuedOn).toBe('2025-01-16');
    expect(plan.provenance['issuedOn']).toEqual({
      confidence: 1,
      source: [{ from: 3, to: 3 }],
      flags: [],
    });
  });

  it('deleting a basis document renumbers the later ones’ provenance', () => {
    const original = buildImportedPlan();
    original.content.basis.push({ number: '9/QĐ', date: null, issuer: '', summary: '' });
    original.provenance['basis:1'] = { confidence: 0.3, source: [{ from: 7, to: 7 }], flags: [] };
    const plan = applied(deleteBasis(original, 0));
    expect(plan.content.basis.map((b) => b.number)).toEqual(['9/QĐ']);
    expect(plan.provenance['basis:0']?.confidence).toBe(0.3);
    expect(plan.provenance).not.toHaveProperty('basis:1');
  });
});
