import { describe, expect, it } from 'vitest';
import { PAR_DISTRICT_2023 } from './fixtures/par-district-2023.fixture';
import { linkNodes } from './match-task-nodes';

const codes = (content: string) => linkNodes(content, [PAR_DISTRICT_2023]);

describe('framework nodes named by a task', () => {
  it('links the sub-criterion a content repeats word for word, without a guess', () => {
    expect(codes('Triển khai số hóa TTHC')).toEqual({
      links: [{ frameworkId: 'par-huyen-2023', code: '7.3.3' }],
      guess: false,
    });
  });

  it('links each ";"-part to its own sub-criterion', () => {
    expect(
      codes(
        'Thực hiện thanh toán trực tuyến đối với các TTHC cấp huyện đủ điều kiện; Thực hiện thanh toán trực tuyến đối với các TTHC cấp xã đủ điều kiện',
      ).links.map((link) => link.code),
    ).toEqual(['7.3.4', '7.3.5']);
  });

  it('marks a near name as a guess', () => {
    const reading = codes(
      'Chuyển đổi đơn vị sự nghiệp công lập do ngân sách bảo đảm chi thường xuyên sang tự bảo đảm một phần chi thường xuyên',
    );
    expect(reading.links.map((link) => link.code)).toEqual(['6.3.1']);
    expect(reading.guess).toBe(true);
  });

  it('links nothing to a content that only shares a few words with an area', () => {
    expect(codes('Tổ chức hội nghị tập huấn cải cách hành chính cho cán bộ cấp xã')).toEqual({
      links: [],
      guess: false,
    });
  });
});
