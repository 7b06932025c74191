import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import type { AppraisalScores } from './appraised-score';
import { councilBoardRows, filterBoard, withoutSurveyNodes } from './council-board';

const entry = (nodeCode: string, scores: Partial<AppraisalScores>): AppraisalScores => ({
  nodeCode,
  selfScore: null,
  notApplicable: false,
  appraisedScore1: null,
  appraisedScore2: null,
  ...scores,
});

const framework = buildFramework({
  nodes: [
    group('1', 4),
    leaf('1.1', 2),
    leaf('1.2', 2),
    group('2', 6),
    leaf('2.1', 3),
    leaf('2.2', 3, { method: 'survey', rule: { type: 'survey' } }),
    group('3', 10, { method: 'survey' }),
    leaf('3.1', 10, { method: undefined, rule: { type: 'survey' } }),
  ],
});
const board = withoutSurveyNodes(framework);

describe('withoutSurveyNodes', () => {
  it('drops survey leaves and an area left with nothing to appraise', () => {
    expect(board.nodes.map((node) => node.code)).toEqual(['1', '1.1', '1.2', '2', '2.1']);
  });
});

describe('councilBoardRows', () => {
  it('rolls self and appraised points per area and overall, survey scores on neither side', () => {
    const [row] = councilBoardRows(board, [
      {
        organisationId: 'u1',
        unitType: 'department',
        notApplicableCodes: new Set(),
        entries: [
          entry('1.1', { selfScore: 2, appraisedScore1: 1.5 }),
          entry('1.2', { selfScore: 2, appraisedScore1: 2, appraisedScore2: 1 }),
          entry('2.1', { selfScore: 3, appraisedScore1: 3 }),
          entry('2.2', { selfScore: 3, appraisedScore1: 3 }),
        ],
      },
    ]);
    expect(row!.areas).toEqual([
      { code: '1', applicableMaxPoints: 4, self: 4, appraised: 2.5, delta: -1.5 },
      { code: '2', applicableMaxPoints: 3, self: 3, appraised: 3, delta: 0 },
    ]);
    expect(row!.total).toEqual({ applicableMaxPoints: 7, self: 7, appraised: 5.5, delta: -1.5 });
  });

  it('keeps an exempt criterion out of the maximum and shows nothing appraised as null, not 0', () => {
    const [row] = councilBoardRows(board, [
      {
        organisationId: 'u2',
        unitType: 'department',
        notApplicableCodes: new Set(['1.2']),
        entries: [entry('1.1', { selfScore: 1 }), entry('1.2', { selfScore: 2 })],
      },
    ]);
    expect(row!.areas[0]).toEqual({
      code: '1',
      applicableMaxPoints: 2,
      self: 1,
      appraised: null,
      delta: null,
    });
    expect(row!.total.applicableMaxPoints).toBe(5);
  });
});

describe('filterBoard', () => {
  const row = (id: string, total: number | null, area1: number | null) => ({
    organisationId: id,
    areas: [{ code: '1', applicableMaxPoints: 4, self: 0, appraised: 0, delta: area1 }],
    total: { applicableMaxPoints: 4, self: 0, appraised: 0, delta: total },
  });
  const rows = [row('a', -0.5, 0), row('b', null, null), row('c', 2, -3), row('d', -1, 1)];

  it('sorts by the largest |Δ| of the total, rows without Δ last', () => {
    expect(filterBoard(rows, {}).map((r) => r.organisationId)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('keeps |Δ| ≥ minGap and the top N, on an area when asked', () => {
    expect(filterBoard(rows, { minGap: 1 }).map((r) => r.organisationId)).toEqual(['c', 'd']);
    expect(filterBoard(rows, { top: 1 }).map((r) => r.organisationId)).toEqual(['c']);
    expect(filterBoard(rows, { area: '1', minGap: 0.5 }).map((r) => r.organisationId)).toEqual([
      'c',
      'd',
    ]);
  });
});
