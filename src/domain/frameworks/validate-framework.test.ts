import { describe, it, expect } from 'vitest';
import { ILLUSTRATIVE_NOTE, type FrameworkNode } from './framework';
import { buildFramework, group, leaf } from './framework.fixture';
import { validateFramework } from './validate-framework';

/** Area 3 of a district: on-time dossiers 3 + 2 under "Kết quả giải quyết TTHC", and a review. */
function procedureArea(): FrameworkNode[] {
  return [
    group('3', 6.5),
    group('3.3', 5),
    leaf('3.3.1', 3, { rule: { type: 'ratio_threshold', threshold: 98 } }),
    leaf('3.3.2', 2, { rule: { type: 'ratio_threshold', threshold: 98 } }),
    leaf('3.2', 1.5, {
      rule: {
        type: 'tiered',
        tiers: [
          { label: 'Hoàn thành đúng kế hoạch', points: 1.5 },
          { label: 'Hoàn thành trễ', points: 0.5 },
          { label: 'Không thực hiện', points: 0 },
        ],
      },
    }),
  ];
}

function messagesFor(nodes: FrameworkNode[], maxTotal: number | null = null) {
  return validateFramework(buildFramework({ nodes, scale: { unit: 'points', maxTotal } }));
}

describe('validateFramework', () => {
  it('finds nothing wrong in a sound framework', () => {
    expect(messagesFor(procedureArea(), 6.5)).toEqual([]);
  });

  it('accepts an area a single unit may be exempted from, and refuses a non-boolean flag', () => {
    const [area, ...rest] = procedureArea();
    expect(messagesFor([{ ...area!, applicability: { exemptable: true } }, ...rest])).toEqual([]);
    const odd = { exemptable: 'có' } as unknown as FrameworkNode['applicability'];
    expect(messagesFor([{ ...area!, applicability: odd }, ...rest])).toEqual([
      { code: '3', message: 'Tiêu chí «3»: «được miễn áp dụng» phải là có hoặc không.' },
    ]);
  });

  it('reports a duplicated code once, and an empty one', () => {
    const issues = messagesFor([...procedureArea(), leaf('3.2', 1.5), leaf('', 1)]);
    expect(issues).toContainEqual({ code: '3.2', message: 'Mã «3.2» bị trùng (2 tiêu chí).' });
    expect(issues).toContainEqual({ code: null, message: 'Tiêu chí thứ 7 chưa có mã.' });
  });

  it('reports a parent code that does not exist', () => {
    const issues = messagesFor([...procedureArea(), leaf('9.1', 1)]);
    expect(issues).toContainEqual({
      code: '9.1',
      message: 'Tiêu chí «9.1» có mã cấp trên «9» không tồn tại.',
    });
  });

  it('reports a parent loop once', () => {
    const loop = [group('1.1', 1, { parentCode: '1.2' }), group('1.2', 1, { parentCode: '1.1' })];
    const issues = messagesFor(loop).filter((issue) => issue.message.includes('vòng lặp'));
    expect(issues).toEqual([
      {
        code: '1.1',
        message: 'Các tiêu chí 1.1 → 1.2 → 1.1 tạo thành vòng lặp cấp trên – cấp dưới.',
      },
    ]);
  });

  it('requires a rule and a method on leaves but not on parents', () => {
    const nodes = [group('1', 1), leaf('1.1', 1, { rule: undefined, method: undefined })];
    expect(messagesFor(nodes).map((issue) => issue.message)).toEqual([
      'Tiêu chí «1.1» chưa có phương thức đánh giá.',
      'Tiêu chí «1.1» chưa có quy tắc chấm điểm.',
    ]);
  });

  it('refuses a rule on a parent, which would be ignored', () => {
    const nodes = [group('1', 1, { rule: { type: 'binary' } }), leaf('1.1', 1)];
    expect(messagesFor(nodes)).toContainEqual({
      code: '1',
      message: 'Tiêu chí «1» có tiêu chí con nên không được có quy tắc chấm điểm riêng.',
    });
  });

  it('puts «zero without evidence» only on a scored criterion that needs evidence', () => {
    const nodes = [
      group('1', 2, { zeroWithoutEvidence: true }),
      leaf('1.1', 1, { evidence: 'Kế hoạch CCHC năm', zeroWithoutEvidence: true }),
      leaf('1.2', 1, { zeroWithoutEvidence: true }),
    ];
    expect(messagesFor(nodes)).toEqual([
      {
        code: '1',
        message:
          'Tiêu chí «1» có tiêu chí con: «không có tài liệu kiểm chứng thì 0 điểm» đặt ở tiêu chí được chấm.',
      },
      {
        code: '1.2',
        message:
          'Tiêu chí «1.2»: «không có tài liệu kiểm chứng thì 0 điểm» chỉ đặt cho tiêu chí cần tài liệu kiểm chứng.',
      },
    ]);
  });

  it('refuses a negative maximum', () => {
    expect(messagesFor([leaf('1', -1)])).toContainEqual({
      code: '1',
      message: 'Tiêu chí «1» phải có điểm tối đa là số không âm.',
    });
  });

  it("requires the children's maxima to sum to the parent's", () => {
    const nodes = procedureArea().map((node) =>
      node.code === '3' ? { ...node, maxPoints: 7 } : node,
    );
    expect(messagesFor(nodes)).toEqual([
      {
        code: '3',
        message: 'Tổng điểm tối đa các tiêu chí con của «3» là 6,5, khác điểm tối đa 7.',
      },
    ]);
  });

  it('tolerates a rounding difference up to 0,001', () => {
    const nodes = [group('1', 10), leaf('1.1', 3.3333), leaf('1.2', 3.3333), leaf('1.3', 3.3334)];
    expect(messagesFor(nodes)).toEqual([]);
  });

  it('lets a parent marked childrenMaxMayDiffer offer more than its max', () => {
    const nodes = [group('1', 2, { childrenMaxMayDiffer: true }), leaf('1.1', 2), leaf('1.2', 2)];
    expect(messagesFor(nodes)).toEqual([]);
  });

  it('leaves bonus children out of the sum', () => {
    const nodes = [
      group('1', 2),
      leaf('1.1', 2),
      leaf('1.2', 1, { isBonus: true, rule: { type: 'bonus', maxBonus: 1 } }),
    ];
    expect(messagesFor(nodes, 2)).toEqual([]);
  });

  it('refuses tiers worth more than the max, and tiers that never reach it', () => {
    const over = leaf('1', 1, { rule: { type: 'tiered', tiers: [{ label: 'Đạt', points: 1.5 }] } });
    const under = leaf('2', 1, {
      rule: { type: 'tiered', tiers: [{ label: 'Đạt', points: 0.5 }] },
    });
    expect(messagesFor([over, under]).map((issue) => issue.message)).toEqual([
      'Tiêu chí «1»: mức «Đạt» cho 1,5 điểm, vượt điểm tối đa 1.',
      'Tiêu chí «2»: không mức nào đạt điểm tối đa 1 (mức cao nhất 0,5).',
    ]);
  });

  it('requires a threshold above 0 and at most 100%', () => {
    const nodes = [
      leaf('1', 1, { rule: { type: 'ratio_threshold', threshold: 0 } }),
      leaf('2', 1, { rule: { type: 'ratio_threshold', threshold: 120 } }),
      leaf('3', 1, { rule: { type: 'ratio_threshold', threshold: 100 } }),
    ];
    expect(messagesFor(nodes).map((issue) => issue.code)).toEqual(['1', '2']);
  });

  it("requires the areas' maxima to sum to the scale total", () => {
    expect(messagesFor(procedureArea(), 100)).toEqual([
      {
        code: null,
        message: 'Tổng điểm tối đa các lĩnh vực là 6,5, khác tổng điểm của thang điểm 100.',
      },
    ]);
  });

  it('requires the illustrative note on an illustrative framework', () => {
    const withoutNote = buildFramework({ illustrative: true, nodes: procedureArea() });
    expect(validateFramework(withoutNote)).toEqual([
      {
        code: null,
        message:
          'Bộ chỉ số mẫu minh họa phải có ghi chú «Mẫu minh họa – không phải văn bản chính thức».',
      },
    ]);
    const withNote = { ...withoutNote, note: ILLUSTRATIVE_NOTE };
    expect(validateFramework(withNote)).toEqual([]);
  });

  it('checks the issuing decision date and unknown unit types read from a file', () => {
    const framework = buildFramework({
      nodes: procedureArea(),
      decision: { number: '876/QĐ-BNV', date: '10/11/2022', issuer: 'Bộ Nội vụ' },
      unitTypes: ['province', 'ward' as never],
    });
    expect(validateFramework(framework).map((issue) => issue.message)).toEqual([
      'Loại đơn vị «ward» không hợp lệ.',
      'Ngày ban hành quyết định phải là ngày hợp lệ dạng YYYY-MM-DD.',
    ]);
  });

  it('refuses a survey rule on an appraised criterion and a bonus rule on a normal one', () => {
    const nodes = [
      leaf('1', 1, { rule: { type: 'survey' }, method: 'appraised' }),
      leaf('2', 1, { rule: { type: 'bonus', maxBonus: 1 } }),
    ];
    expect(messagesFor(nodes).map((issue) => issue.message)).toEqual([
      'Tiêu chí «1»: quy tắc điều tra xã hội học cần phương thức đánh giá «survey».',
      'Tiêu chí «2»: quy tắc điểm thưởng chỉ dùng cho tiêu chí điểm thưởng (isBonus).',
    ]);
  });
});
