import { describe, expect, it } from 'vitest';
import type { OrganisationType } from '../organisations/organisation-type';
import { headerBodies, headerBodiesOf, issuingBodyLines } from './document-header';

type Unit = {
  name: string;
  type: OrganisationType;
  parent: { name: string; type: OrganisationType } | null;
};
const DONG_THAP = { name: 'Tỉnh Đồng Tháp', type: 'province' } as const;
const LAP_VO = { name: 'Huyện Lấp Vò', type: 'district' } as const;
const XA_LAP_VO = { name: 'Xã Lấp Vò', type: 'commune' } as const;

describe('headerBodiesOf (tên cơ quan ở góc trái, from the unit and its parent)', () => {
  it.each([
    // A committee alone, whatever it sits under.
    [{ ...DONG_THAP, parent: null }, '', ['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG THÁP']],
    [{ ...LAP_VO, parent: DONG_THAP }, '', ['ỦY BAN NHÂN DÂN', 'HUYỆN LẤP VÒ']],
    [{ ...XA_LAP_VO, parent: DONG_THAP }, '', ['ỦY BAN NHÂN DÂN', 'XÃ LẤP VÒ']],
    [
      { name: 'Xã Giao Long', type: 'commune', parent: LAP_VO },
      '',
      ['ỦY BAN NHÂN DÂN', 'XÃ GIAO LONG'],
    ],
    // Under a committee: the committee in full over the body, the committee not repeated.
    [
      { name: 'Sở Nội vụ', type: 'department', parent: DONG_THAP },
      'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      ['SỞ NỘI VỤ'],
    ],
    [
      { name: 'Văn phòng UBND tỉnh', type: 'department', parent: DONG_THAP },
      'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      ['VĂN PHÒNG'],
    ],
    [
      { name: 'Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp', type: 'department', parent: DONG_THAP },
      'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      ['VĂN PHÒNG'],
    ],
    [
      { name: 'Sở Tư pháp tỉnh Đồng Tháp', type: 'department', parent: DONG_THAP },
      'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      ['SỞ TƯ PHÁP'],
    ],
    [
      { name: 'Thanh tra tỉnh', type: 'department', parent: DONG_THAP },
      'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      ['THANH TRA TỈNH'],
    ],
    [
      { name: 'Phòng Nội vụ', type: 'sub_unit', parent: LAP_VO },
      'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
      ['PHÒNG NỘI VỤ'],
    ],
    [
      { name: 'Văn phòng HĐND và UBND', type: 'sub_unit', parent: LAP_VO },
      'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
      ['VĂN PHÒNG HĐND VÀ UBND'],
    ],
    [
      { name: 'Văn phòng HĐND và UBND huyện', type: 'sub_unit', parent: LAP_VO },
      'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
      ['VĂN PHÒNG HĐND VÀ UBND'],
    ],
    [
      { name: 'Công chức Văn phòng – Thống kê', type: 'sub_unit', parent: XA_LAP_VO },
      'ỦY BAN NHÂN DÂN XÃ LẤP VÒ',
      ['CÔNG CHỨC VĂN PHÒNG – THỐNG KÊ'],
    ],
    // Under a body that is not a committee: its name over the unit's.
    [
      {
        name: 'Phòng Cải cách hành chính',
        type: 'sub_unit',
        parent: { name: 'Sở Nội vụ', type: 'department' },
      },
      'SỞ NỘI VỤ',
      ['PHÒNG CẢI CÁCH HÀNH CHÍNH'],
    ],
    [{ name: 'Sở Nội vụ', type: 'department', parent: null }, '', ['SỞ NỘI VỤ']],
  ] as [Unit, string, string[]][])('%o', (unit, parentBody, lines) => {
    const bodies = headerBodiesOf(unit);
    expect(bodies.parentBody).toBe(parentBody);
    expect(issuingBodyLines(bodies.issuingBody)).toEqual(lines);
  });
});

describe('headerBodies (a stored header as printed)', () => {
  it('drops the committee a stored office name repeats, as drafts before this rule stored it', () => {
    expect(headerBodies('ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', 'VĂN PHÒNG UBND TỈNH')).toEqual({
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      issuingBody: 'VĂN PHÒNG',
    });
  });

  it('spells out "UBND", reads typed lower case, and drops a parent line over a committee', () => {
    expect(headerBodies('UBND tỉnh Đồng Tháp', 'Văn phòng UBND tỉnh')).toEqual({
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      issuingBody: 'VĂN PHÒNG',
    });
    expect(headerBodies('Ủy ban nhân dân tỉnh Đồng Tháp', 'UBND HUYỆN LẤP VÒ')).toEqual({
      parentBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
    });
  });

  it('keeps a name that would be empty without the committee, and a committee of another level', () => {
    expect(headerBodies('ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', 'UBND TỈNH').issuingBody).toBe(
      'ỦY BAN NHÂN DÂN TỈNH',
    );
    expect(
      headerBodies('ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', 'PHÒNG NỘI VỤ UBND HUYỆN').issuingBody,
    ).toBe('PHÒNG NỘI VỤ UBND HUYỆN');
  });
});
