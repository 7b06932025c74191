import { describe, expect, it } from 'vitest';
import { paragraphs } from './import-test-helpers';
import type { ImportFramework } from './imported-plan';
import { readTargets } from './read-targets';

const framework = (
  id: string,
  indexKind: ImportFramework['indexKind'],
  year: number,
): ImportFramework => ({
  id,
  indexKind,
  name: id,
  year,
  nodes: [],
});
const frameworks = [
  framework('par-2024', 'par_index', 2024),
  framework('par-2023', 'par_index', 2023),
  framework('sipas-2024', 'sipas', 2024),
];
const read = (...texts: string[]) =>
  readTargets(paragraphs(...texts), { frameworks, year: 2024 }).targets;

describe('readTargets', () => {
  it('reads "đạt từ 85% trở lên" as a number target on the index of the plan year', () => {
    expect(
      read('- Phấn đấu Chỉ số CCHC của Lấp Vò năm 2024 đạt chỉ số tổng hợp đạt từ 85% trở lên.'),
    ).toEqual([
      expect.objectContaining({
        metric: 'Chỉ số CCHC của Lấp Vò năm 2024',
        kind: 'number',
        comparator: 'gte',
        value: 85,
        unit: '%',
        frameworkId: 'par-2024',
      }),
    ]);
    expect(read('- Phấn đấu Chỉ số hài lòng của Huyện đạt từ 85% trở lên.')[0]).toMatchObject({
      frameworkId: 'sipas-2024',
    });
  });

  it('reads a rank in the top group and "higher than last year" from one sentence', () => {
    const targets = read(
      '- Tiếp tục duy trì và phát huy những tiêu chí đã đạt điểm tốt; phấn đấu Chỉ số CCHC của Huyện năm 2024 nằm trong nhóm 8 huyện, thành phố đạt điểm số cao của Tỉnh hoặc Chỉ số của năm sau phải cao hơn năm trước liền kề.',
    );
    expect(
      targets.map((target) => [
        target.kind,
        target.value,
        target.unit,
        target.metric,
        target.frameworkId,
      ]),
    ).toEqual([
      ['rank_top', 8, 'huyện', 'Chỉ số CCHC của Huyện năm 2024', 'par-2024'],
      ['above_last_year', null, '', 'Chỉ số CCHC của Huyện năm 2024', 'par-2024'],
    ]);
  });

  it('reads rank up, not down, grade, bonus and sub-index share', () => {
    const kinds = read(
      'Chỉ số PAPI của tỉnh tăng ít nhất 3 bậc so với năm 2023.',
      'Chỉ số CCHC không giảm bậc so với năm trước.',
      'Chỉ số hài lòng đạt loại Tốt.',
      'Chỉ số CCHC có điểm thưởng.',
      '100% chỉ số thành phần đạt từ 80% trở lên.',
    );
    expect(kinds.map((target) => target.kind)).toEqual([
      'rank_up',
      'rank_not_down',
      'grade',
      'bonus',
      'subindex_share',
    ]);
    expect(kinds[0]).toMatchObject({ value: 3, frameworkId: null });
    expect(kinds[2]).toMatchObject({ grade: 'Tốt', frameworkId: 'sipas-2024' });
    expect(kinds[4]).toMatchObject({ sharePercent: 100, value: 80, unit: '%', comparator: 'gte' });
  });

  it('reads two targets from two sentences and keeps a sentence without one as free text', () => {
    const targets = read(
      '- Văn bản hành chính ban hành đảm bảo trình tự, thủ tục, đúng quy định của pháp luật 100%. Nâng cao chất lượng giải quyết thủ tục hành chính (TTHC), duy trì số lượng TTHC được giải quyết đúng hạn của huyện đạt từ 98% trở lên. Thường xuyên rà soát, sắp xếp tổ chức bộ máy.',
    );
    expect(
      targets.map((target) => [target.kind, target.value, target.metric, target.frameworkId]),
    ).toEqual([
      [
        'number',
        100,
        'Văn bản hành chính ban hành đảm bảo trình tự, thủ tục, đúng quy định của pháp luật',
        null,
      ],
      ['number', 98, 'Số lượng TTHC được giải quyết đúng hạn của huyện', null],
      ['free_text', null, 'Thường xuyên rà soát, sắp xếp tổ chức bộ máy', null],
    ]);
  });

  it('reads a leading share as a number on what follows, and ignores scores like 0,4/0,5 điểm', () => {
    expect(
      read('- Duy trì 100% hoạt động chỉ đạo, điều hành được thực hiện trên môi trường mạng.')[0],
    ).toMatchObject({
      kind: 'number',
      value: 100,
      metric: 'Hoạt động chỉ đạo, điều hành được thực hiện trên môi trường mạng',
    });
    expect(read('- Cải thiện tiêu chí báo cáo đào tạo (đạt 0,4/0,5 điểm).')[0]!.kind).toBe(
      'free_text',
    );
  });

  it('marks free-text targets for review and gives each its source lines', () => {
    const reading = readTargets(paragraphs('Thực hiện tốt công tác quản lý cán bộ.'), {
      frameworks,
      year: 2024,
    });
    expect(reading.provenance['target:g1']).toEqual({
      confidence: 0.5,
      source: [{ from: 0, to: 0 }],
      flags: ['low_confidence'],
    });
  });

  it('takes no framework when the plan year has none of that kind', () => {
    const targets = readTargets(paragraphs('Chỉ số CCHC đạt từ 90% trở lên.'), {
      frameworks,
      year: 2026,
    }).targets;
    expect(targets[0]!.frameworkId).toBeNull();
  });
});
