import { describe, expect, it } from 'vitest';
import type { ImportUnit } from './imported-plan';
import { createUnitMatcher, type UnitMatch } from './match-unit';

function unit(
  id: string,
  name: string,
  type: ImportUnit['type'],
  parentId: string | null,
  valid: { from?: string; to?: string | null } = {},
): ImportUnit {
  return {
    id,
    code: id,
    name,
    type,
    parentId,
    validFrom: valid.from ?? '2015-01-01',
    validTo: valid.to ?? null,
  };
}

// A province with two districts whose offices share names, a commune with its officer posts, and
// units opened or closed around 2024.
const TREE: ImportUnit[] = [
  unit('dt', 'Tỉnh Đồng Tháp', 'province', null),
  unit('snv', 'Sở Nội vụ tỉnh Đồng Tháp', 'department', 'dt'),
  unit('stttt', 'Sở Thông tin và Truyền thông', 'department', 'dt'),
  unit('lv', 'Ủy ban nhân dân huyện Lấp Vò', 'district', 'dt'),
  unit('lv-nv', 'Phòng Nội vụ huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-vp', 'Văn phòng HĐND và UBND huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-vhtt', 'Phòng Văn hóa và Thông tin', 'sub_unit', 'lv'),
  unit('lv-tckh', 'Phòng Tài chính - Kế hoạch', 'sub_unit', 'lv'),
  unit('lv-tnmt', 'Phòng Tài nguyên và Môi trường', 'sub_unit', 'lv'),
  unit('lv-ldtbxh', 'Phòng Lao động - Thương binh và Xã hội', 'sub_unit', 'lv'),
  unit('lv-ktht', 'Phòng Kinh tế và Hạ tầng', 'sub_unit', 'lv'),
  unit('lv-nnptnt', 'Phòng Nông nghiệp và Phát triển nông thôn', 'sub_unit', 'lv'),
  unit('lv-gddt', 'Phòng Giáo dục và Đào tạo', 'sub_unit', 'lv'),
  unit('lv-ca', 'Công an huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-qs', 'Ban Chỉ huy Quân sự huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-tth', 'Trung tâm Tin học huyện Lấp Vò', 'sub_unit', 'lv', { to: '2023-06-30' }),
  unit('lv-ttvh', 'Trung tâm Văn hóa - Thể thao và Truyền thanh', 'sub_unit', 'lv', {
    from: '2025-01-01',
  }),
  unit('lv-mah', 'Xã Mỹ An Hưng A', 'commune', 'lv'),
  unit('lv-tt', 'Thị trấn Lấp Vò', 'commune', 'lv'),
  unit('lv-mah-vptk', 'Công chức Văn phòng - Thống kê', 'sub_unit', 'lv-mah'),
  unit('lv-mah-tp', 'Công chức Tư pháp - Hộ tịch', 'sub_unit', 'lv-mah'),
  unit('lv-mah-vhxh', 'Công chức Văn hóa - Xã hội', 'sub_unit', 'lv-mah'),
  unit('lv-mah-tckt', 'Công chức Tài chính - Kế toán', 'sub_unit', 'lv-mah'),
  unit('lvg', 'Ủy ban nhân dân huyện Lai Vung', 'district', 'dt'),
  unit('lvg-nv', 'Phòng Nội vụ huyện Lai Vung', 'sub_unit', 'lvg'),
  unit('lvg-vhxh', 'Phòng Văn hóa - Xã hội', 'sub_unit', 'lvg'),
  unit('lvg-tt1', 'Phòng Tư pháp', 'sub_unit', 'lvg'),
  unit('lvg-tt2', 'Phòng Tư pháp', 'sub_unit', 'lvg'),
];

const district = createUnitMatcher(TREE, 'lv', 2024);
const commune = createUnitMatcher(TREE, 'lv-mah', 2024);
const province = createUnitMatcher(TREE, 'dt', 2024);

/** What a match names, in one short string: an id, a group "type@under", "generic", "ambiguous" or "none". */
function named(match: UnitMatch): string {
  if (match.organisationId) return match.organisationId;
  if (match.group?.kind === 'units_of_type')
    return `${match.group.organisationType}@${match.group.underOrganisationId}`;
  if (match.reading === 'generic') return 'generic';
  if (match.reading === 'ambiguous') return 'ambiguous';
  return 'none';
}

describe('unit matcher: one name', () => {
  it.each([
    // exact and folded names
    ['Phòng Nội vụ huyện Lấp Vò', district, 'lv-nv'],
    ['PHÒNG NỘI VỤ HUYỆN LẤP VÒ', district, 'lv-nv'],
    ['phong noi vu huyen lap vo', district, 'lv-nv'],
    // without the place: the issuer's own district wins over Lai Vung's office of the same name
    ['Phòng Nội vụ', district, 'lv-nv'],
    ['Phòng Nội vụ', createUnitMatcher(TREE, 'lvg', 2024), 'lvg-nv'],
    // abbreviations
    ['VP HĐND-UBND', district, 'lv-vp'],
    ['Văn phòng HĐND - UBND Huyện', district, 'lv-vp'],
    ['VP HĐND và UBND huyện', district, 'lv-vp'],
    ['Phòng VH&TT', district, 'lv-vhtt'],
    ['Phòng VHTT', district, 'lv-vhtt'],
    ['Phòng Văn hóa – Thông tin', district, 'lv-vhtt'],
    ['Phòng TC-KH', district, 'lv-tckh'],
    ['Phòng TN-MT', district, 'lv-tnmt'],
    ['Phòng TNMT', district, 'lv-tnmt'],
    ['Phòng LĐ-TB&XH', district, 'lv-ldtbxh'],
    ['Phòng KT-HT', district, 'lv-ktht'],
    ['Phòng NN-PTNT', district, 'lv-nnptnt'],
    ['Phòng GD-ĐT', district, 'lv-gddt'],
    ['Phòng GD&ĐT', district, 'lv-gddt'],
    ['CA huyện', district, 'lv-ca'],
    ['BCH Quân sự huyện', district, 'lv-qs'],
    ['UB MTTQ VN huyện', district, 'lv-mttq'],
    ['Sở TT&TT', province, 'stttt'],
    ['Sở Nội vụ', province, 'snv'],
    // commune officer posts, with their notes in brackets
    ['VP TK (Một cửa)', commune, 'lv-mah-vptk'],
    ['VP-TK', commune, 'lv-mah-vptk'],
    ['CC. VP-TK (Một cửa)', commune, 'lv-mah-vptk'],
    ['CC.Tư pháp', commune, 'lv-mah-tp'],
    ['CC. Tư pháp', commune, 'lv-mah-tp'],
    ['CC. VHXH', commune, 'lv-mah-vhxh'],
    ['Công chức Văn hóa - Xã hội', commune, 'lv-mah-vhxh'],
    ['CC. Tài chính kế toán', commune, 'lv-mah-tckt'],
    // the level unit itself
    ['UBND xã', commune, 'lv-mah'],
    ['UBND Huyện', district, 'lv'],
    ['Ủy ban nhân dân huyện Lấp Vò', province, 'lv'],
    // groups of units under the issuer (or its parent)
    ['UBND các xã, thị trấn', district, 'commune@lv'],
    ['Các xã, thị trấn', district, 'commune@lv'],
    ['UBND xã, thị trấn', district, 'commune@lv'],
    ['Các cơ quan chuyên môn thuộc UBND Huyện', district, 'sub_unit@lv'],
    ['các phòng chuyên môn', district, 'sub_unit@lv'],
    ['Các ngành chuyên môn xã', commune, 'sub_unit@lv-mah'],
    ['Các sở, ban, ngành', district, 'department@dt'],
    ['Các huyện, thành phố', province, 'district@dt'],
    // generic phrases name no unit
    ['Các ngành liên quan', district, 'generic'],
    ['Các cơ quan liên quan', commune, 'generic'],
    ['Các đơn vị đã đăng ký nhu cầu đào tạo', district, 'generic'],
    // ambiguity, validity and the unknown
    ['Phòng Tư pháp', createUnitMatcher(TREE, 'lvg', 2024), 'ambiguous'],
    ['Trung tâm Tin học huyện Lấp Vò', district, 'none'],
    ['Trung tâm Văn hóa - Thể thao và Truyền thanh', district, 'none'],
    [
      'Trung tâm Văn hóa - Thể thao và Truyền thanh',
      createUnitMatcher(TREE, 'lv', 2025),
      'lv-ttvh',
    ],
    ['CB. Đài truyền thanh', commune, 'none'],
    ['VP', commune, 'none'],
  ] as const)('reads "%s"', (text, matcher, expected) => {
    expect(named(matcher.one(text))).toBe(expected);
  });

  it('is surest of an exact name, less of an abbreviation, less of a name without its place, least of a beginning', () => {
    const exact = district.one('Phòng Tài chính - Kế hoạch').confidence;
    const abbreviated = district.one('Phòng TC-KH').confidence;
    const placeless = district.one('Phòng Nội vụ').confidence;
    const beginning = commune.one('CC.Tư pháp').confidence;
    expect(exact).toBe(1);
    expect(abbreviated).toBeLessThan(exact);
    expect(placeless).toBeLessThan(abbreviated);
    expect(beginning).toBeLessThan(placeless);
  });

  it('names the candidates of an ambiguous name and no unit', () => {
    const match = createUnitMatcher(TREE, 'lvg', 2024).one('Phòng Tư pháp');
    expect(match.organisationId).toBeNull();
    expect(match.candidates).toEqual(['lvg-tt1', 'lvg-tt2']);
  });

  it('lists the members of a group valid in the year', () => {
    expect(district.one('UBND các xã, thị trấn').members).toEqual(['lv-mah', 'lv-tt']);
  });
});

describe('unit matcher: a list of names', () => {
  it.each([
    ['Phòng Văn hóa – Thông tin, Văn phòng HĐND - UBND Huyện', district, ['lv-vhtt', 'lv-vp']],
    ['Phòng Văn hóa và Thông tin và Phòng Nội vụ', district, ['lv-vhtt', 'lv-nv']],
    [
      'Văn phòng HĐND - UBND Huyện và các Phòng chuyên môn, UBND xã, thị trấn',
      district,
      ['lv-vp', 'sub_unit@lv', 'commune@lv'],
    ],
    [
      'Các cơ quan chuyên môn thuộc UBND Huyện, UBND xã, thị trấn',
      district,
      ['sub_unit@lv', 'commune@lv'],
    ],
    [
      'Phòng Văn hóa - Thông tin (nghiệp vụ kỹ thuật), Văn phòng HĐND - UBND Huyện (hướng dẫn chuyên môn)',
      district,
      ['lv-vhtt', 'lv-vp'],
    ],
    ['Phòng TN-MT; Phòng KT-HT', district, ['lv-tnmt', 'lv-ktht']],
    ['- Phòng Nội vụ. - Phòng GD-ĐT', district, ['lv-nv', 'lv-gddt']],
  ] as const)('reads "%s"', (text, matcher, expected) => {
    expect(matcher.many(text).map(named)).toEqual(expected);
  });

  it('reads, when asked to be lenient, the unit a sentence starts with', () => {
    const [match] = district.manyLenient('Phối hợp Phòng Nội vụ vá các đơn vị sự nghiệp công lập');
    expect(match?.organisationId).toBe('lv-nv');
    expect(match?.leadingName).toBe(true);
    expect(
      district.many('Phối hợp Phòng Nội vụ vá các đơn vị sự nghiệp công lập')[0]?.organisationId,
    ).toBeNull();
  });
});
