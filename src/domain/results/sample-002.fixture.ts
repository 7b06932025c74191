/**
 * Sample 002 (Văn phòng UBND tỉnh, PAR Index 2023, published in plan "Khắc phục tồn tại, hạn chế
 * Chỉ số CCHC"): the area table as printed, max → appraised score and the "Ghi chú" loss.
 * Shared by the domain roll-up test and the shipped-frameworks test.
 */
import type { Framework } from '../frameworks/framework';
import { buildFramework, leaf } from '../frameworks/framework.fixture';
import type { NodeResult } from './node-result';

/** Lĩnh vực: one row of sample 002's area table. */
export interface Sample002Area {
  code: string;
  name: string;
  maxPoints: number;
  score: number;
  lostPoints: number;
}

/** Các lĩnh vực of sample 002, in the document's order. */
export const SAMPLE_002_AREAS: readonly Sample002Area[] = [
  { code: '1', name: 'Công tác chỉ đạo điều hành', maxPoints: 11.5, score: 6.58, lostPoints: 4.92 },
  { code: '2', name: 'Cải cách thể chế', maxPoints: 11, score: 10.11, lostPoints: 0.89 },
  { code: '3', name: 'Cải cách thủ tục hành chính', maxPoints: 14, score: 14, lostPoints: 0 },
  {
    code: '4',
    name: 'Cải cách tổ chức bộ máy hành chính',
    maxPoints: 12.5,
    score: 11.97,
    lostPoints: 0.53,
  },
  { code: '5', name: 'Cải cách công vụ', maxPoints: 12, score: 11.45, lostPoints: 0.55 },
  { code: '6', name: 'Cải cách tài chính công', maxPoints: 11.5, score: 11.24, lostPoints: 0.26 },
  {
    code: '7',
    name: 'Xây dựng chính quyền điện tử, chính quyền số',
    maxPoints: 17.5,
    score: 13.35,
    lostPoints: 4.15,
  },
  {
    code: '8',
    name: 'Tác động của CCHC đến người dân, tổ chức',
    maxPoints: 10,
    score: 9.39,
    lostPoints: 0.61,
  },
];

/** Bộ chỉ số cấp lĩnh vực: sample 002's table as a framework whose areas are the scored leaves (area 8 is the citizens' survey). */
export function buildSample002AreaFramework(): Framework {
  return buildFramework({
    code: 'PAR-VP-2023',
    scale: { unit: 'points', maxTotal: 100 },
    nodes: SAMPLE_002_AREAS.map((area) =>
      area.code === '8'
        ? leaf(area.code, area.maxPoints, {
            name: area.name,
            method: 'survey',
            rule: { type: 'survey' },
          })
        : leaf(area.code, area.maxPoints, { name: area.name }),
    ),
  });
}

/** Kết quả 2023 of Văn phòng UBND tỉnh: appraised scores, and the survey score for area 8. */
export function sample002AreaResults(): NodeResult[] {
  return SAMPLE_002_AREAS.map((area) =>
    area.code === '8'
      ? { nodeCode: area.code, surveyScore: area.score }
      : { nodeCode: area.code, appraisedScore: area.score },
  );
}
