import { describe, expect, it } from 'vitest';
import { leaf } from '../frameworks/framework.fixture';
import {
  appraisalClosedProblem,
  appraisedScoreProblem,
  explanationClosedProblem,
  isOwnUnit,
  missingCommentProblem,
  scoreBeforeStage,
} from './appraisal-rules';

describe('appraisedScoreProblem', () => {
  const ratio = leaf('1.1', 2.5);
  const binary = leaf('1.2', 1, { rule: { type: 'binary' } });

  it('accepts 0, the max and anything between on a ratio criterion', () => {
    expect(appraisedScoreProblem(ratio, 0)).toBeNull();
    expect(appraisedScoreProblem(ratio, 1.25)).toBeNull();
    expect(appraisedScoreProblem(ratio, 2.5)).toBeNull();
  });

  it('refuses a score below 0 or above the max, naming the range in Vietnamese form', () => {
    expect(appraisedScoreProblem(ratio, -0.5)).toBe(
      'Điểm thẩm định tiêu chí 1.1 phải từ 0 đến 2,5 điểm.',
    );
    expect(appraisedScoreProblem(ratio, 2.51)).toContain('từ 0 đến 2,5');
  });

  it('takes only 0 or the max on a «Có / không» criterion', () => {
    expect(appraisedScoreProblem(binary, 1)).toBeNull();
    expect(appraisedScoreProblem(binary, 0.5)).toContain('chỉ nhận 0 hoặc 1 điểm');
  });
});

describe('missingCommentProblem and scoreBeforeStage', () => {
  const entry = { selfScore: 2, appraisedScore1: 1.5 };

  it('compares stage 1 with the self score and stage 2 with appraisal 1', () => {
    expect(scoreBeforeStage(entry, 1)).toBe(2);
    expect(scoreBeforeStage(entry, 2)).toBe(1.5);
    expect(scoreBeforeStage({ selfScore: 2, appraisedScore1: null }, 2)).toBe(2);
  });

  it('asks for a comment only when the score differs', () => {
    expect(missingCommentProblem(2, 2, '')).toBeNull();
    expect(missingCommentProblem(2.00001, 2, '')).toBeNull();
    expect(missingCommentProblem(2.001, 2, '')).toContain('khác điểm trước đó (2)');
    expect(missingCommentProblem(1.5, 2, '  ')).toContain('nhập nhận xét');
    expect(missingCommentProblem(1.5, 2, 'Thiếu minh chứng quý IV')).toBeNull();
    expect(missingCommentProblem(1, null, '')).toContain('chưa tự chấm');
  });
});

describe('isOwnUnit', () => {
  const province = 'P';
  const dept = 'D';
  const division = 'S';
  const other = 'O';

  it('is the unit the appraiser works in, or a unit above their home', () => {
    const member = { homePath: [province, dept, division], grants: [] };
    expect(isOwnUnit(member, division)).toBe(true);
    expect(isOwnUnit(member, dept)).toBe(true);
    expect(isOwnUnit(member, other)).toBe(false);
  });

  it('is not a unit below the home: a provincial appraiser appraises the departments', () => {
    const member = {
      homePath: [province],
      grants: [{ role: 'appraiser' as const, organisationPath: [province] }],
    };
    expect(isOwnUnit(member, dept)).toBe(false);
  });

  it('is a unit where the user holds another role, on it or below it', () => {
    const editor = {
      homePath: [province],
      grants: [{ role: 'editor' as const, organisationPath: [province, dept, division] }],
    };
    expect(isOwnUnit(editor, dept)).toBe(true);
    expect(isOwnUnit(editor, other)).toBe(false);
    const admin = {
      homePath: null,
      grants: [{ role: 'admin' as const, organisationPath: [province] }],
    };
    expect(isOwnUnit(admin, dept)).toBe(false);
  });
});

describe('appraisalClosedProblem and explanationClosedProblem', () => {
  const opening = {
    state: 'appraisal' as const,
    appraisalStage: 1 as const,
    appraisalWindow: { opensOn: '2026-03-01', closesOn: '2026-03-15' },
    unitConfirmed: false,
  };

  it('is open on both ends of the window and closed outside it', () => {
    expect(appraisalClosedProblem(opening, '2026-03-01')).toBeNull();
    expect(appraisalClosedProblem(opening, '2026-03-15')).toBeNull();
    expect(appraisalClosedProblem(opening, '2026-02-28')).toBe(
      'Chưa đến thời hạn thẩm định (từ ngày 01/03/2026).',
    );
    expect(appraisalClosedProblem(opening, '2026-03-16')).toBe(
      'Đã hết thời hạn thẩm định (đến ngày 15/03/2026).',
    );
  });

  it('is closed in another state or once the unit is confirmed', () => {
    expect(appraisalClosedProblem({ ...opening, state: 'explanation' }, '2026-03-02')).toContain(
      'không ở giai đoạn thẩm định',
    );
    expect(appraisalClosedProblem({ ...opening, unitConfirmed: true }, '2026-03-02')).toContain(
      'đã được xác nhận thẩm định lần 1',
    );
  });

  it('lets the unit answer only in the explanation state and window', () => {
    const window = { opensOn: null, closesOn: '2026-03-20' };
    expect(explanationClosedProblem('explanation', window, '2026-03-20')).toBeNull();
    expect(explanationClosedProblem('explanation', window, '2026-03-21')).toContain(
      'hết thời hạn giải trình',
    );
    expect(explanationClosedProblem('appraisal', window, '2026-03-10')).toContain(
      'giai đoạn giải trình',
    );
  });
});
