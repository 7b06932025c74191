// Test fixture shared by the projection's domain and route tests: one small framework tree.
import type { FrameworkNode } from '../frameworks/framework';

/** 20 points: area 1 (1.1 có/không 4, 1.2 tỷ lệ ngưỡng 80% 6), area 2 (2.1 trừ điểm 5, 2.2 điều tra 5). */
export const PROJECTION_NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Chỉ đạo điều hành', maxPoints: 10 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Ban hành kế hoạch CCHC',
    maxPoints: 4,
    method: 'appraised',
    rule: { type: 'binary' },
  },
  {
    code: '1.2',
    parentCode: '1',
    name: 'Tỷ lệ hồ sơ đúng hạn',
    maxPoints: 6,
    method: 'appraised',
    rule: { type: 'ratio_threshold', threshold: 80 },
  },
  { code: '2', parentCode: null, name: 'Công vụ', maxPoints: 10 },
  {
    code: '2.1',
    parentCode: '2',
    name: 'Kỷ luật công chức',
    maxPoints: 5,
    method: 'appraised',
    rule: { type: 'deduction', pointsPerEvent: 1 },
  },
  {
    code: '2.2',
    parentCode: '2',
    name: 'Hài lòng của người dân',
    maxPoints: 5,
    method: 'survey',
    rule: { type: 'survey' },
  },
];
