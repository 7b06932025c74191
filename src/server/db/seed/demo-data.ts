// Demo tenants for a new embedded database: Đồng Tháp (with the former Lấp Vò district and the
// communes that replaced it on 01/07/2025) and a small second province that proves isolation.
// The unit lists are illustrative, not an official register.
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { Role } from '@domain/permissions/role';

/** One demo unit: code, name, kind, parent code, validity, and the codes it merged into. */
export interface DemoOrganisation {
  code: string;
  name: string;
  type: OrganisationType;
  parent: string | null;
  validFrom: string;
  validTo?: string;
  successors?: string[];
}

/** One demo account with the role it holds and where. */
export interface DemoUser {
  login: string;
  fullName: string;
  home: string;
  role: Role;
  roleAt: string;
}

/** A demo tenant. */
export interface DemoTenant {
  code: string;
  name: string;
  organisations: DemoOrganisation[];
  users: DemoUser[];
}

/** The password of every demo account (printed by `npm start`; never used in production). */
export const DEMO_PASSWORD = 'CaiCach#2024';

const MERGER_DAY = '2025-06-30';
const NEW_COMMUNES_FROM = '2025-07-01';

export const DEMO_TENANTS: DemoTenant[] = [
  {
    code: 'DT',
    name: 'Tỉnh Đồng Tháp',
    organisations: [
      {
        code: 'DT',
        name: 'Tỉnh Đồng Tháp',
        type: 'province',
        parent: null,
        validFrom: '1976-02-24',
      },
      {
        code: 'DT.SNV',
        name: 'Sở Nội vụ',
        type: 'department',
        parent: 'DT',
        validFrom: '2008-04-01',
      },
      {
        code: 'DT.SNV.CCHC',
        name: 'Phòng Cải cách hành chính',
        type: 'sub_unit',
        parent: 'DT.SNV',
        validFrom: '2016-01-01',
      },
      {
        code: 'DT.VP',
        name: 'Văn phòng UBND tỉnh',
        type: 'department',
        parent: 'DT',
        validFrom: '2008-04-01',
      },
      {
        code: 'DT.STP',
        name: 'Sở Tư pháp',
        type: 'department',
        parent: 'DT',
        validFrom: '2008-04-01',
      },
      {
        code: 'DT.STC',
        name: 'Sở Tài chính',
        type: 'department',
        parent: 'DT',
        validFrom: '2008-04-01',
      },
      {
        code: 'DT.SKHCN',
        name: 'Sở Khoa học và Công nghệ',
        type: 'department',
        parent: 'DT',
        validFrom: '2008-04-01',
      },
      {
        code: 'DT.LV',
        name: 'Huyện Lấp Vò',
        type: 'district',
        parent: 'DT',
        validFrom: '1989-12-30',
        validTo: MERGER_DAY,
      },
      {
        code: 'DT.LV.PNV',
        name: 'Phòng Nội vụ',
        type: 'sub_unit',
        parent: 'DT.LV',
        validFrom: '2008-04-01',
        validTo: MERGER_DAY,
      },
      {
        code: 'DT.LV.PTP',
        name: 'Phòng Tư pháp',
        type: 'sub_unit',
        parent: 'DT.LV',
        validFrom: '2008-04-01',
        validTo: MERGER_DAY,
      },
      {
        code: 'DT.LV.PTCKH',
        name: 'Phòng Tài chính – Kế hoạch',
        type: 'sub_unit',
        parent: 'DT.LV',
        validFrom: '2008-04-01',
        validTo: MERGER_DAY,
      },
      {
        code: 'DT.LV.PVHTT',
        name: 'Phòng Văn hóa và Thông tin',
        type: 'sub_unit',
        parent: 'DT.LV',
        validFrom: '2008-04-01',
        validTo: MERGER_DAY,
      },
      {
        code: 'DT.LV.VP',
        name: 'Văn phòng HĐND và UBND',
        type: 'sub_unit',
        parent: 'DT.LV',
        validFrom: '2008-04-01',
        validTo: MERGER_DAY,
      },
      {
        code: 'DT.LV.TTLV',
        name: 'Thị trấn Lấp Vò',
        type: 'commune',
        parent: 'DT.LV',
        validFrom: '1989-12-30',
        validTo: MERGER_DAY,
        successors: ['DT.X.LAPVO'],
      },
      {
        code: 'DT.LV.BTT',
        name: 'Xã Bình Thạnh Trung',
        type: 'commune',
        parent: 'DT.LV',
        validFrom: '1989-12-30',
        validTo: MERGER_DAY,
        successors: ['DT.X.LAPVO'],
      },
      {
        code: 'DT.LV.MAHB',
        name: 'Xã Mỹ An Hưng B',
        type: 'commune',
        parent: 'DT.LV',
        validFrom: '1989-12-30',
        validTo: MERGER_DAY,
        successors: ['DT.X.MYANHUNG'],
      },
      {
        code: 'DT.LV.TM',
        name: 'Xã Tân Mỹ',
        type: 'commune',
        parent: 'DT.LV',
        validFrom: '1989-12-30',
        validTo: MERGER_DAY,
        successors: ['DT.X.MYANHUNG'],
      },
      {
        code: 'DT.LV.GL',
        name: 'Xã Giao Long',
        type: 'commune',
        parent: 'DT.LV',
        validFrom: '1989-12-30',
        validTo: MERGER_DAY,
      },
      {
        code: 'DT.X.LAPVO',
        name: 'Xã Lấp Vò',
        type: 'commune',
        parent: 'DT',
        validFrom: NEW_COMMUNES_FROM,
      },
      {
        code: 'DT.X.LAPVO.VPTK',
        name: 'Công chức Văn phòng – Thống kê',
        type: 'sub_unit',
        parent: 'DT.X.LAPVO',
        validFrom: NEW_COMMUNES_FROM,
      },
      {
        code: 'DT.X.LAPVO.TPHT',
        name: 'Công chức Tư pháp – Hộ tịch',
        type: 'sub_unit',
        parent: 'DT.X.LAPVO',
        validFrom: NEW_COMMUNES_FROM,
      },
      {
        code: 'DT.X.MYANHUNG',
        name: 'Xã Mỹ An Hưng',
        type: 'commune',
        parent: 'DT',
        validFrom: NEW_COMMUNES_FROM,
      },
    ],
    users: [
      {
        login: 'dongthap.admin',
        fullName: 'Nguyễn Văn Quản',
        home: 'DT.SNV',
        role: 'admin',
        roleAt: 'DT',
      },
      {
        login: 'dongthap.noivu',
        fullName: 'Trần Thị Mai',
        home: 'DT.SNV.CCHC',
        role: 'focal',
        roleAt: 'DT',
      },
      {
        login: 'dongthap.lanhdao',
        fullName: 'Lê Minh Đức',
        home: 'DT',
        role: 'leader',
        roleAt: 'DT',
      },
      {
        login: 'dongthap.vanphong',
        fullName: 'Phạm Thị Hồng',
        home: 'DT.VP',
        role: 'editor',
        roleAt: 'DT.VP',
      },
      {
        login: 'dongthap.tuphap',
        fullName: 'Võ Văn Hải',
        home: 'DT.STP',
        role: 'viewer',
        roleAt: 'DT.STP',
      },
      {
        // A member of the province's appraisal council (Hội đồng thẩm định), seated at Sở Nội vụ:
        // appraises every unit of the province but its own department.
        login: 'dongthap.thamdinh',
        fullName: 'Ngô Thanh Bình',
        home: 'DT.SNV',
        role: 'appraiser',
        roleAt: 'DT',
      },
      {
        login: 'lapvo.noivu',
        fullName: 'Huỳnh Thị Lan',
        home: 'DT.LV.PNV',
        role: 'focal',
        roleAt: 'DT.LV',
      },
      {
        // A coordinating unit's editor: sees the plan tasks Phòng Văn hóa và Thông tin leads or helps with.
        login: 'lapvo.vanhoa',
        fullName: 'Trương Minh Tâm',
        home: 'DT.LV.PVHTT',
        role: 'editor',
        roleAt: 'DT.LV.PVHTT',
      },
      {
        login: 'xalapvo.vanphong',
        fullName: 'Đặng Văn Phúc',
        home: 'DT.X.LAPVO.VPTK',
        role: 'editor',
        roleAt: 'DT.X.LAPVO',
      },
    ],
  },
  {
    code: 'VL',
    name: 'Tỉnh Vĩnh Long',
    organisations: [
      {
        code: 'VL',
        name: 'Tỉnh Vĩnh Long',
        type: 'province',
        parent: null,
        validFrom: '1992-05-01',
      },
      {
        code: 'VL.SNV',
        name: 'Sở Nội vụ',
        type: 'department',
        parent: 'VL',
        validFrom: '2008-04-01',
      },
      {
        code: 'VL.VP',
        name: 'Văn phòng UBND tỉnh',
        type: 'department',
        parent: 'VL',
        validFrom: '2008-04-01',
      },
      {
        code: 'VL.X.LONGHO',
        name: 'Xã Long Hồ',
        type: 'commune',
        parent: 'VL',
        validFrom: NEW_COMMUNES_FROM,
      },
    ],
    users: [
      {
        login: 'vinhlong.admin',
        fullName: 'Trương Văn Nam',
        home: 'VL.SNV',
        role: 'admin',
        roleAt: 'VL',
      },
      {
        login: 'vinhlong.noivu',
        fullName: 'Ngô Thị Thu',
        home: 'VL.SNV',
        role: 'focal',
        roleAt: 'VL',
      },
    ],
  },
];

/**
 * Đợt đánh giá mẫu: Đồng Tháp's departments' PAR Index framework for 2026 (copied from the
 * shipped 2023 template, as a province would) with a round in self-assessment owned by the
 * province (where the focal Sở Nội vụ's grant is), the self window open around the demo and
 * browser-journey day 10/12/2026.
 */
export const DEMO_ROUND = {
  tenant: 'DT',
  templateKey: 'par-index-department-2023',
  year: 2026,
  owner: 'DT',
  name: 'Đánh giá Chỉ số cải cách hành chính các sở, ban, ngành năm 2026',
  units: ['DT.SNV', 'DT.VP', 'DT.STP', 'DT.STC', 'DT.SKHCN'],
  windows: {
    selfOpensOn: '2026-12-01',
    selfClosesOn: '2026-12-20',
    appraisalOpensOn: '2026-12-21',
    appraisalClosesOn: '2027-01-20',
    explanationOpensOn: '2027-01-05',
    explanationClosesOn: '2027-01-12',
  },
} as const;
