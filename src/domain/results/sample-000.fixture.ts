/**
 * Sample 000 (UBND huyện Lấp Vò, plan 104/KH-UBND of 22/03/2024): every 2023 sub-criterion it
 * lists with score / max, under the codes the shipped district framework gives them
 * (frameworks/par-index-district-2023.json). Shared by the domain roll-up test and the
 * shipped-frameworks test.
 */
import type { Framework, FrameworkNode } from '../frameworks/framework';
import { buildFramework, group, impliedParentCode, leaf } from '../frameworks/framework.fixture';
import { sumPoints } from '../frameworks/points';
import type { NodeResult } from './node-result';

/** Tiêu chí thành phần of sample 000, with its advising unit (cơ quan tham mưu) as the plan assigns it. */
export interface Sample000SubCriterion {
  code: string;
  name: string;
  maxPoints: number;
  score: number;
  defaultLeadUnit: string;
}

/** Các tiêu chí thành phần of sample 000, in code order. */
export const SAMPLE_000_SUB_CRITERIA: readonly Sample000SubCriterion[] = [
  sub('1.2.2', 'Báo cáo đào tạo, bồi dưỡng cán bộ, công chức, viên chức', 0.5, 0.4, 'Phòng Nội vụ'),
  sub(
    '3.2.1',
    'Thực hiện kế hoạch rà soát, đánh giá, kiến nghị đơn giản hóa TTHC',
    1.5,
    0.5,
    'Văn phòng HĐND và UBND',
  ),
  sub(
    '3.3.1',
    'Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn',
    3,
    2.95,
    'Văn phòng HĐND và UBND',
  ),
  sub(
    '3.3.2',
    'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn',
    2,
    1.99,
    'Văn phòng HĐND và UBND',
  ),
  sub(
    '3.3.3',
    'Đánh giá chất lượng giải quyết TTHC của địa phương',
    1,
    0,
    'Văn phòng HĐND và UBND',
  ),
  sub(
    '5.3.1',
    'Thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
    1,
    0.9,
    'Phòng Nội vụ',
  ),
  sub(
    '5.4.1',
    'Trong năm không có cán bộ, công chức, viên chức làm việc tại cơ quan cấp huyện bị kỷ luật từ mức khiển trách trở lên',
    0.5,
    0,
    'Phòng Nội vụ',
  ),
  sub(
    '6.1.1',
    'Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước',
    1,
    0.95,
    'Phòng Tài chính – Kế hoạch',
  ),
  sub(
    '6.3.1',
    'Chuyển đổi đơn vị sự nghiệp công lập do ngân sách bảo đảm chi thường xuyên sang tự bảo đảm một phần hoặc toàn bộ chi thường xuyên',
    0.5,
    0,
    'Phòng Tài chính – Kế hoạch',
  ),
  sub(
    '7.2.1',
    'Tỷ lệ trao đổi văn bản điện tử (có ký số) giữa các cơ quan hành chính nhà nước trên phần mềm quản lý văn bản và điều hành',
    1.5,
    0.5,
    'Phòng Văn hóa và Thông tin',
  ),
  sub(
    '7.3.1',
    'Tỷ lệ TTHC thuộc thẩm quyền giải quyết cấp huyện có phát sinh dịch vụ công trực tuyến toàn trình',
    0.75,
    0,
    'Phòng Văn hóa và Thông tin',
  ),
  sub(
    '7.3.2',
    'Tỷ lệ TTHC thuộc thẩm quyền giải quyết cấp xã có phát sinh dịch vụ công trực tuyến toàn trình',
    0.75,
    0,
    'Phòng Văn hóa và Thông tin',
  ),
  sub(
    '7.3.3',
    'Triển khai số hóa TTHC',
    3,
    1.33,
    'Phòng Văn hóa và Thông tin (nghiệp vụ kỹ thuật); Văn phòng HĐND và UBND (hướng dẫn chuyên môn)',
  ),
  sub(
    '7.3.4',
    'Thực hiện thanh toán trực tuyến đối với các TTHC cấp huyện đủ điều kiện',
    1,
    0.24,
    'Các cơ quan có thủ tục thanh toán trực tuyến',
  ),
  sub(
    '7.3.5',
    'Thực hiện thanh toán trực tuyến đối với các TTHC cấp xã đủ điều kiện',
    1,
    0.32,
    'Các cơ quan có thủ tục thanh toán trực tuyến',
  ),
  sub('8.2.1', 'Mức độ thu hút đầu tư', 1, 0, 'Phòng Tài chính – Kế hoạch'),
  sub(
    '8.2.2',
    'Mức độ phát triển doanh nghiệp, hộ kinh doanh trên địa bàn',
    1,
    0.5,
    'Phòng Tài chính – Kế hoạch',
  ),
  sub(
    '8.2.3',
    'Mức độ thực hiện các chỉ tiêu phát triển kinh tế – xã hội do HĐND cùng cấp giao',
    1,
    0.813,
    'Phòng Tài chính – Kế hoạch',
  ),
];

function sub(
  code: string,
  name: string,
  maxPoints: number,
  score: number,
  defaultLeadUnit: string,
): Sample000SubCriterion {
  return { code, name, maxPoints, score, defaultLeadUnit };
}

/**
 * Bộ chỉ số trích: an excerpt framework holding only the sample's sub-criteria; each criterion
 * and area is worth exactly what its listed sub-criteria are worth, so the excerpt is valid.
 */
export function buildSample000ExcerptFramework(): Framework {
  const leaves: FrameworkNode[] = SAMPLE_000_SUB_CRITERIA.map((item) =>
    leaf(item.code, item.maxPoints, { name: item.name, defaultLeadUnit: item.defaultLeadUnit }),
  );
  const parents = new Map<string, number[]>();
  for (const item of SAMPLE_000_SUB_CRITERIA) {
    for (let code = impliedParentCode(item.code); code !== null; code = impliedParentCode(code)) {
      parents.set(code, [...(parents.get(code) ?? []), item.maxPoints]);
    }
  }
  const groups = [...parents].map(([code, maxima]) => group(code, sumPoints(maxima)));
  return buildFramework({
    code: 'PAR-HUYEN-2023-TRICH',
    unitTypes: ['district'],
    nodes: [...groups, ...leaves],
  });
}

/** Điểm thẩm định 2023 of huyện Lấp Vò for those sub-criteria. */
export function sample000Results(): NodeResult[] {
  return SAMPLE_000_SUB_CRITERIA.map((item) => ({
    nodeCode: item.code,
    appraisedScore: item.score,
  }));
}
