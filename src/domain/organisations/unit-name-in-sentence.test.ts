import { describe, expect, it } from 'vitest';
import { headerBodiesOf, issuerInSentence } from '../plans/document-header';
import { ORGANISATION_TYPES, type OrganisationType } from './organisation-type';
import { unitNameInSentence } from './unit-name-in-sentence';

/**
 * Every unit kind, as the tree names it and as a plan's header stores it in capitals, with the
 * form a sentence must print ("… của Văn phòng UBND tỉnh", "thuộc huyện Lấp Vò").
 */
const CASES: readonly [OrganisationType, string, string][] = [
  ['province', 'Tỉnh Đồng Tháp', 'tỉnh Đồng Tháp'],
  ['province', 'Thành phố Hồ Chí Minh', 'thành phố Hồ Chí Minh'],
  ['province', 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', 'Ủy ban nhân dân tỉnh Đồng Tháp'],
  ['province', 'Ủy ban nhân dân tỉnh Đồng Tháp', 'Ủy ban nhân dân tỉnh Đồng Tháp'],
  ['province', 'UBND TỈNH ĐỒNG THÁP', 'UBND tỉnh Đồng Tháp'],
  ['department', 'Sở Nội vụ', 'Sở Nội vụ'],
  ['department', 'SỞ NỘI VỤ', 'Sở Nội vụ'],
  ['department', 'Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh'],
  ['department', 'VĂN PHÒNG UBND TỈNH', 'Văn phòng UBND tỉnh'],
  ['department', 'Văn phòng ubnd tỉnh', 'Văn phòng UBND tỉnh'],
  ['department', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở Khoa học và Công nghệ'],
  ['department', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['department', 'SỞ LĐ-TB&XH', 'Sở LĐ-TB&XH'],
  ['department', 'THANH TRA TỈNH', 'Thanh tra tỉnh'],
  ['department', 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP', 'Ban Quản lý các khu công nghiệp'],
  ['district', 'Huyện Lấp Vò', 'huyện Lấp Vò'],
  ['district', 'Thị xã Hồng Ngự', 'thị xã Hồng Ngự'],
  ['district', 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ', 'Ủy ban nhân dân huyện Lấp Vò'],
  ['district', 'UBND huyện Lấp Vò', 'UBND huyện Lấp Vò'],
  ['district', 'ubnd huyện Lấp Vò', 'UBND huyện Lấp Vò'],
  ['commune', 'Xã Lấp Vò', 'xã Lấp Vò'],
  ['commune', 'Thị trấn Lấp Vò', 'thị trấn Lấp Vò'],
  ['commune', 'Xã Mỹ An Hưng B', 'xã Mỹ An Hưng B'],
  ['commune', 'Phường 1', 'phường 1'],
  ['commune', 'Đặc khu Phú Quốc', 'đặc khu Phú Quốc'],
  ['commune', 'ỦY BAN NHÂN DÂN XÃ GIAO LONG', 'Ủy ban nhân dân xã Giao Long'],
  ['commune', 'UBND xã Lấp Vò', 'UBND xã Lấp Vò'],
  ['sub_unit', 'Phòng Nội vụ', 'Phòng Nội vụ'],
  ['sub_unit', 'PHÒNG CẢI CÁCH HÀNH CHÍNH', 'Phòng Cải cách hành chính'],
  ['sub_unit', 'Văn phòng HĐND và UBND', 'Văn phòng HĐND và UBND'],
  ['sub_unit', 'VĂN PHÒNG HĐND VÀ UBND', 'Văn phòng HĐND và UBND'],
  ['sub_unit', 'Phòng Tài chính – Kế hoạch', 'Phòng Tài chính – Kế hoạch'],
  ['sub_unit', 'PHÒNG TÀI CHÍNH – KẾ HOẠCH', 'Phòng Tài chính – Kế hoạch'],
  ['sub_unit', 'PHÒNG VĂN HÓA - XÃ HỘI', 'Phòng Văn hóa - Xã hội'],
  ['sub_unit', 'Phòng VH-XH', 'Phòng VH-XH'],
  ['sub_unit', 'PHÒNG TC-KH', 'Phòng TC-KH'],
  ['sub_unit', 'Công chức Văn phòng – Thống kê', 'Công chức Văn phòng – Thống kê'],
  ['sub_unit', 'CÔNG CHỨC TƯ PHÁP – HỘ TỊCH', 'Công chức Tư pháp – Hộ tịch'],
  ['sub_unit', 'ỦY BAN MTTQ VIỆT NAM XÃ GIAO LONG', 'Ủy ban MTTQ Việt Nam xã Giao Long'],
  ['sub_unit', 'VĂN PHÒNG TỈNH ỦY', 'Văn phòng Tỉnh ủy'],
];

describe('unitNameInSentence (tên đơn vị trong câu)', () => {
  it.each(CASES)('%s: "%s" → "%s"', (_type, name, expected) => {
    expect(unitNameInSentence(name)).toBe(expected);
  });

  it('has cases for every unit type', () => {
    expect(new Set(CASES.map(([type]) => type))).toEqual(new Set(ORGANISATION_TYPES));
  });

  it('never writes an acronym in lower case', () => {
    for (const [, name] of CASES)
      expect(unitNameInSentence(name)).not.toMatch(/\b(ubnd|hđnd|mttq|vh-xh|tc-kh)\b/u);
  });

  it('keeps an empty name empty and tidies spaces', () => {
    expect(unitNameInSentence('  ')).toBe('');
    expect(unitNameInSentence('  Sở   Nội vụ ')).toBe('Sở Nội vụ');
  });
});

describe('issuerInSentence (cơ quan ban hành trong câu)', () => {
  it.each([
    // Every unit kind through the header it gets and back into a sentence.
    [
      'province',
      { name: 'Tỉnh Đồng Tháp', type: 'province', parent: null },
      'Ủy ban nhân dân tỉnh Đồng Tháp',
    ],
    [
      'department',
      {
        name: 'Văn phòng UBND tỉnh',
        type: 'department',
        parent: { name: 'Tỉnh Đồng Tháp', type: 'province' },
      },
      'Văn phòng UBND tỉnh',
    ],
    [
      'department',
      {
        name: 'Sở Nội vụ',
        type: 'department',
        parent: { name: 'Tỉnh Đồng Tháp', type: 'province' },
      },
      'Sở Nội vụ',
    ],
    [
      'district',
      {
        name: 'Huyện Lấp Vò',
        type: 'district',
        parent: { name: 'Tỉnh Đồng Tháp', type: 'province' },
      },
      'Ủy ban nhân dân huyện Lấp Vò',
    ],
    [
      'commune',
      { name: 'Xã Lấp Vò', type: 'commune', parent: { name: 'Tỉnh Đồng Tháp', type: 'province' } },
      'Ủy ban nhân dân xã Lấp Vò',
    ],
    [
      'sub_unit',
      {
        name: 'Văn phòng HĐND và UBND',
        type: 'sub_unit',
        parent: { name: 'Huyện Lấp Vò', type: 'district' },
      },
      'Văn phòng HĐND và UBND huyện',
    ],
    [
      'sub_unit',
      {
        name: 'Phòng Nội vụ',
        type: 'sub_unit',
        parent: { name: 'Huyện Lấp Vò', type: 'district' },
      },
      'Phòng Nội vụ',
    ],
    [
      'sub_unit',
      {
        name: 'Phòng Cải cách hành chính',
        type: 'sub_unit',
        parent: { name: 'Sở Nội vụ', type: 'department' },
      },
      'Phòng Cải cách hành chính',
    ],
  ] as const)('%s %o → "%s"', (_type, unit, expected) => {
    const bodies = headerBodiesOf(unit);
    expect(issuerInSentence(bodies.parentBody, bodies.issuingBody)).toBe(expected);
  });
});
