import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES, type OrganisationType } from '../organisations/organisation-type';
import { defaultPlanContent } from './plan-defaults';
import { signatureLines } from './plan-document';
import { defaultSigner, defaultSignerTitle } from './plan-signer';

// One row per kind of unit (ORGANISATION_TYPES), and the names a sở, ban, ngành or sub-unit takes.
const CASES: readonly [OrganisationType, string, string, string[]][] = [
  ['province', 'Tỉnh Đồng Tháp', 'Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
  ['district', 'Huyện Lấp Vò', 'Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
  ['commune', 'Xã Giao Long', 'Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
  ['commune', 'Đặc khu Phú Quốc', 'Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
  ['department', 'Sở Nội vụ', 'Giám đốc', ['GIÁM ĐỐC']],
  ['department', 'Văn phòng UBND tỉnh', 'Chánh Văn phòng', ['CHÁNH VĂN PHÒNG']],
  ['department', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Chánh Văn phòng', ['CHÁNH VĂN PHÒNG']],
  ['department', 'Thanh tra tỉnh', 'Chánh Thanh tra', ['CHÁNH THANH TRA']],
  ['department', 'Ban Quản lý các khu công nghiệp', 'Trưởng ban', ['TRƯỞNG BAN']],
  ['department', 'Bộ Chỉ huy Quân sự tỉnh', 'Chỉ huy trưởng', ['CHỈ HUY TRƯỞNG']],
  ['department', 'Công an tỉnh', 'Giám đốc', ['GIÁM ĐỐC']],
  ['department', 'Đài Phát thanh và Truyền hình', 'Giám đốc', ['GIÁM ĐỐC']],
  ['department', 'Trường Cao đẳng Cộng đồng', 'Hiệu trưởng', ['HIỆU TRƯỞNG']],
  ['department', 'Ủy ban Kiểm tra Tỉnh ủy', 'Chủ nhiệm', ['CHỦ NHIỆM']],
  ['department', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Chủ tịch', ['CHỦ TỊCH']],
  ['department', 'Cục Thuế tỉnh', 'Cục trưởng', ['CỤC TRƯỞNG']],
  ['department', 'Hội Nông dân tỉnh', 'Chủ tịch', ['CHỦ TỊCH']],
  ['department', 'Tỉnh đoàn', 'Bí thư', ['BÍ THƯ']],
  ['department', 'Liên đoàn Lao động tỉnh', 'Chủ tịch', ['CHỦ TỊCH']],
  ['department', 'Kho bạc Nhà nước tỉnh', 'Giám đốc', ['GIÁM ĐỐC']],
  ['department', 'Cơ quan đại diện phía Nam', 'Thủ trưởng cơ quan', ['THỦ TRƯỞNG CƠ QUAN']],
  ['sub_unit', 'Phòng Nội vụ', 'Trưởng phòng', ['TRƯỞNG PHÒNG']],
  ['sub_unit', 'Phòng Tài chính – Kế hoạch', 'Trưởng phòng', ['TRƯỞNG PHÒNG']],
  ['sub_unit', 'Văn phòng HĐND và UBND', 'Chánh Văn phòng', ['CHÁNH VĂN PHÒNG']],
  ['sub_unit', 'Văn phòng Đăng ký đất đai', 'Giám đốc', ['GIÁM ĐỐC']],
  ['sub_unit', 'Trung tâm Phục vụ hành chính công', 'Giám đốc', ['GIÁM ĐỐC']],
  ['sub_unit', 'Chi cục Văn thư – Lưu trữ', 'Chi cục trưởng', ['CHI CỤC TRƯỞNG']],
  ['sub_unit', 'Ban Chỉ huy Quân sự xã', 'Chỉ huy trưởng', ['CHỈ HUY TRƯỞNG']],
  ['sub_unit', 'Trường THCS Bình Thạnh Trung', 'Hiệu trưởng', ['HIỆU TRƯỞNG']],
  ['sub_unit', 'Đội Quản lý trật tự đô thị', 'Đội trưởng', ['ĐỘI TRƯỞNG']],
  ['sub_unit', 'Trạm Y tế xã', 'Trạm trưởng', ['TRẠM TRƯỞNG']],
  ['sub_unit', 'Công chức Văn phòng – Thống kê', 'Thủ trưởng đơn vị', ['THỦ TRƯỞNG ĐƠN VỊ']],
  ['sub_unit', 'UBND xã Tân Mỹ', 'Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
  [
    'department',
    'Hội đồng nhân dân tỉnh',
    'Chủ tịch',
    ['TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', 'CHỦ TỊCH'],
  ],
];

describe('defaultSigner: the signer title and mode of a plan by the unit issuing it', () => {
  it.each(CASES)('%s "%s" signs as %s', (type, name, title, lines) => {
    expect(defaultSignerTitle({ name, type })).toBe(title);
    const signer = defaultSigner({ name, type });
    expect(signatureLines({ ...signer, signerName: 'Nguyễn Văn A' })).toEqual(lines);
  });

  it('covers every unit kind with a non-empty title', () => {
    const covered = new Set(CASES.map(([type]) => type));
    expect([...covered].sort()).toEqual([...ORGANISATION_TYPES].sort());
    for (const type of ORGANISATION_TYPES)
      expect(defaultSignerTitle({ name: 'Đơn vị không rõ tên', type })).not.toBe('');
  });

  it('reads the name without accents or with the old "Uỷ" spelling alike', () => {
    expect(defaultSignerTitle({ name: 'So Tu phap', type: 'department' })).toBe('Giám đốc');
    expect(defaultSignerTitle({ name: 'Uỷ ban nhân dân phường 1', type: 'sub_unit' })).toBe(
      'Chủ tịch',
    );
    expect(defaultSignerTitle({ name: '  phòng   Tư pháp ', type: 'sub_unit' })).toBe(
      'Trưởng phòng',
    );
  });

  it('is what a new draft is signed with, the name left for the clerk', () => {
    const draft = (name: string, type: OrganisationType) =>
      defaultPlanContent({ name, type, parent: null }, 2024, 'Kế hoạch').signature;
    expect(draft('Huyện Lấp Vò', 'district')).toEqual({
      mode: 'TM',
      authority: 'Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
      signerName: '',
    });
    expect(draft('Văn phòng UBND tỉnh', 'department')).toEqual({
      mode: 'direct',
      authority: '',
      signerTitle: 'Chánh Văn phòng',
      signerName: '',
    });
  });
});
