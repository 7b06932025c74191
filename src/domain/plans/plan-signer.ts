// Người ký mặc định: who signs a plan of a unit, from its kind and name, so the clerk corrects a
// title rather than types it (Nghị định 30/2020, Phụ lục I: a people's committee signs "TM. ỦY BAN
// NHÂN DÂN / CHỦ TỊCH"; the head of an agency signs in own title: "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG").
import type { OrganisationType } from '../organisations/organisation-type';
import { foldVietnamese } from '../shared/fold-vietnamese';
import type { PlanSignature, SignatureMode } from './plan';

/** Khối chữ ký mặc định without the signer's name: mode, collective (for TM.) and title. */
export interface DefaultSigner {
  mode: SignatureMode;
  authority: string;
  signerTitle: string;
}

/** Cấp chính quyền: their plans are the people's committee's, signed on its behalf. */
const COMMITTEE_TYPES: readonly OrganisationType[] = ['province', 'district', 'commune'];

const COMMITTEE: DefaultSigner = {
  mode: 'TM',
  authority: 'Ủy ban nhân dân',
  signerTitle: 'Chủ tịch',
};

/**
 * Chức danh người đứng đầu by the first words of the unit's name (folded, so "Uỷ"/"Ủy" and typing
 * without accents match). Order matters: the longer, more specific opening comes first ("ban chỉ
 * huy" before "ban", "chi cục" before "cục", "văn phòng đăng ký" before "văn phòng").
 */
const HEAD_BY_NAME: readonly (readonly [prefix: string, title: string])[] = [
  ['van phong dang ky', 'Giám đốc'],
  ['van phong', 'Chánh Văn phòng'],
  ['vp ', 'Chánh Văn phòng'],
  ['thanh tra', 'Chánh Thanh tra'],
  ['so ', 'Giám đốc'],
  ['trung tam', 'Giám đốc'],
  ['benh vien', 'Giám đốc'],
  ['dai ', 'Giám đốc'],
  ['cong an', 'Giám đốc'],
  ['kho bac', 'Giám đốc'],
  ['bao hiem xa hoi', 'Giám đốc'],
  ['quy ', 'Giám đốc'],
  ['bo chi huy', 'Chỉ huy trưởng'],
  ['ban chi huy', 'Chỉ huy trưởng'],
  ['ban ', 'Trưởng ban'],
  ['phong ', 'Trưởng phòng'],
  ['uy ban kiem tra', 'Chủ nhiệm'],
  ['uy ban mat tran', 'Chủ tịch'],
  ['uy ban ', 'Chủ nhiệm'],
  ['truong ', 'Hiệu trưởng'],
  ['chi cuc', 'Chi cục trưởng'],
  ['cuc ', 'Cục trưởng'],
  ['vien ', 'Viện trưởng'],
  ['hoi ', 'Chủ tịch'],
  ['lien doan', 'Chủ tịch'],
  ['lien minh', 'Chủ tịch'],
  ['tinh doan', 'Bí thư'],
  ['doan thanh nien', 'Bí thư'],
  ['doi ', 'Đội trưởng'],
  ['tram ', 'Trạm trưởng'],
  ['hat ', 'Hạt trưởng'],
];

/** Thủ trưởng: the title when the name says nothing known ("Công chức Văn phòng – Thống kê", an unusual body). */
const FALLBACK_TITLE: Record<OrganisationType, string> = {
  province: COMMITTEE.signerTitle,
  district: COMMITTEE.signerTitle,
  commune: COMMITTEE.signerTitle,
  department: 'Thủ trưởng cơ quan',
  sub_unit: 'Thủ trưởng đơn vị',
};

/** A committee written as a unit of another kind ("UBND xã Tân Mỹ" kept as a sub-unit, "Ủy ban nhân dân …"). */
function namesCommittee(folded: string): boolean {
  return folded.startsWith('uy ban nhan dan') || folded.startsWith('ubnd');
}

/** A council (Hội đồng nhân dân) signs through its standing committee: "TM. THƯỜNG TRỰC HĐND / CHỦ TỊCH". */
function namesCouncil(folded: string): boolean {
  return folded.startsWith('hoi dong nhan dan') || folded.startsWith('hdnd');
}

/**
 * Người ký mặc định của đơn vị: a level of government (tỉnh, huyện, xã) or a unit named as a
 * committee signs "TM. Ủy ban nhân dân / Chủ tịch"; a council "TM. Thường trực Hội đồng nhân dân /
 * Chủ tịch"; any other unit's head signs in own title, read from the name's opening (Sở → Giám đốc,
 * Văn phòng → Chánh Văn phòng, Phòng → Trưởng phòng, Ban → Trưởng ban, Trường → Hiệu trưởng…),
 * else "Thủ trưởng cơ quan" (sở, ban, ngành) or "Thủ trưởng đơn vị" (a sub-unit).
 */
export function defaultSigner(unit: { name: string; type: OrganisationType }): DefaultSigner {
  const folded = `${foldVietnamese(unit.name)} `;
  if (COMMITTEE_TYPES.includes(unit.type) || namesCommittee(folded)) return { ...COMMITTEE };
  if (namesCouncil(folded)) {
    return { mode: 'TM', authority: 'Thường trực Hội đồng nhân dân', signerTitle: 'Chủ tịch' };
  }
  const head = HEAD_BY_NAME.find(([prefix]) => folded.startsWith(prefix));
  return { mode: 'direct', authority: '', signerTitle: head?.[1] ?? FALLBACK_TITLE[unit.type] };
}

/** Chức danh người ký mặc định: "Chủ tịch", "Giám đốc", "Chánh Văn phòng", "Trưởng phòng"… (see defaultSigner). */
export function defaultSignerTitle(unit: { name: string; type: OrganisationType }): string {
  return defaultSigner(unit).signerTitle;
}

/** Khối chữ ký của dự thảo mới: the unit's default signer with the name left for the clerk. */
export function defaultSignatureOf(unit: { name: string; type: OrganisationType }): PlanSignature {
  return { ...defaultSigner(unit), signerName: '' };
}
