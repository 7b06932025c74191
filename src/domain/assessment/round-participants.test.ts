import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import {
  checkParticipants,
  defaultParticipants,
  exemptableNodeCodes,
  type CandidateUnit,
} from './round-participants';

const framework = buildFramework({
  year: 2026,
  unitTypes: ['department'],
  nodes: [
    group('1', 2),
    leaf('1.1', 2),
    group('3', 4, { name: 'Cải cách thủ tục hành chính', applicability: { exemptable: true } }),
    leaf('3.1', 2),
    leaf('3.2', 2, { applicability: { note: 'Đơn vị không có TTHC liên thông.' } }),
  ],
});

const unit = (id: string, overrides: Partial<CandidateUnit> = {}): CandidateUnit => ({
  id,
  name: `Sở ${id}`,
  type: 'department',
  validFrom: '2004-01-01',
  validTo: null,
  ...overrides,
});

describe('defaultParticipants', () => {
  it('takes the units of the framework’s types that existed in its year', () => {
    const candidates = [
      unit('province', { type: 'province', name: 'UBND tỉnh' }),
      unit('tuphap'),
      unit('closed', { validTo: '2025-06-30' }),
      unit('new', { validFrom: '2026-07-01' }),
      unit('district', { type: 'district' }),
    ];
    expect(defaultParticipants(framework, candidates).map((u) => u.id)).toEqual(['tuphap', 'new']);
  });
});

describe('exemptions', () => {
  it('allows exempting nodes marked exemptable, and older ones carrying an applicability note', () => {
    expect(exemptableNodeCodes(framework)).toEqual(['3', '3.2']);
  });

  it('accepts a unit exempt from the procedures area', () => {
    expect(
      checkParticipants(
        framework,
        [unit('vp')],
        [{ organisationId: 'vp', exemptNodeCodes: ['3'] }],
      ),
    ).toEqual([]);
  });

  it('refuses an exemption the framework does not allow, and an unknown node', () => {
    expect(
      checkParticipants(
        framework,
        [unit('vp')],
        [{ organisationId: 'vp', exemptNodeCodes: ['1.1', '9'] }],
      ),
    ).toEqual([
      {
        organisationId: 'vp',
        nodeCode: '1.1',
        message:
          'Tiêu chí «1.1 Tiêu chí 1.1» không được miễn áp dụng cho từng đơn vị (bộ chỉ số không cho phép).',
      },
      { organisationId: 'vp', nodeCode: '9', message: 'Bộ chỉ số không có tiêu chí «9».' },
    ]);
  });

  it('refuses a unit outside the owner, of another type, closed in the year, or listed twice', () => {
    const candidates = [
      unit('vp'),
      unit('lapvo', { type: 'district', name: 'Huyện Lấp Vò' }),
      unit('old', { validTo: '2024-12-31', name: 'Sở cũ' }),
    ];
    const problems = checkParticipants(framework, candidates, [
      { organisationId: 'elsewhere', exemptNodeCodes: [] },
      { organisationId: 'lapvo', exemptNodeCodes: [] },
      { organisationId: 'old', exemptNodeCodes: [] },
      { organisationId: 'vp', exemptNodeCodes: [] },
      { organisationId: 'vp', exemptNodeCodes: [] },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Đơn vị không thuộc đơn vị chủ trì đợt đánh giá.',
      'Bộ chỉ số không áp dụng cho Huyện Lấp Vò (loại đơn vị «Huyện, quận, thị xã»).',
      'Sở cũ không hoạt động trong năm 2026.',
      'Sở vp được chọn hai lần.',
    ]);
  });
});
