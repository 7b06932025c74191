import { foldVietnamese } from '../shared/fold-vietnamese';
import {
  ORGANISATION_TYPES,
  ORGANISATION_TYPE_LABELS,
  type OrganisationType,
} from './organisation-type';

/**
 * Which kinds each kind may contain. A province is only ever a root; a district (huyện, kept
 * for pre-2025 history) contains communes; a sub-unit may contain sub-units (a phòng contains
 * an officer post).
 */
const ALLOWED_CHILDREN: Record<OrganisationType, readonly OrganisationType[]> = {
  province: ['department', 'district', 'commune', 'sub_unit'],
  department: ['sub_unit'],
  district: ['commune', 'sub_unit'],
  commune: ['sub_unit'],
  sub_unit: ['sub_unit'],
};

/** Quan hệ cấp trên – cấp dưới: true when a unit of `parentType` may directly contain one of `childType`. */
export function canContain(parentType: OrganisationType, childType: OrganisationType): boolean {
  return ALLOWED_CHILDREN[parentType].includes(childType);
}

/** Vietnamese message for a forbidden containment, e.g. "Đơn vị loại «Xã, …» không thể chứa đơn vị loại «Tỉnh, thành phố»." */
export function describeContainmentError(
  parentType: OrganisationType,
  childType: OrganisationType,
): string {
  return `Đơn vị loại «${ORGANISATION_TYPE_LABELS[parentType]}» không thể chứa đơn vị loại «${ORGANISATION_TYPE_LABELS[childType]}».`;
}

// Folded words accepted for each kind, besides the key and the label. "thanh pho" alone is
// left out on purpose: it names both a centrally-run city (province) and a city of a province
// (district), so the user must say which.
const SYNONYMS: Record<OrganisationType, readonly string[]> = {
  province: ['tinh', 'thanh pho truc thuoc trung uong', 'tinh, thanh pho truc thuoc trung uong'],
  department: ['so', 'ban', 'nganh', 'so, ban, nganh', 'van phong ubnd tinh'],
  district: ['huyen', 'quan', 'thi xa', 'thanh pho thuoc tinh'],
  commune: ['xa', 'phuong', 'thi tran', 'dac khu'],
  sub_unit: ['phong', 'trung tam', 'cong chuc', 'don vi truc thuoc', 'sub-unit'],
};

/** Folds text and writes every list separator ("/", ";", ",") as ", " so "Sở/Ban/Ngành" matches "sở, ban, ngành". */
function foldTypeText(text: string): string {
  return foldVietnamese(text)
    .replace(/\s*[,;/]\s*/g, ', ')
    .replace(/^, |, $/g, '');
}

const TYPE_BY_FOLDED_TEXT = new Map<string, OrganisationType>(
  ORGANISATION_TYPES.flatMap((type) =>
    [type, ORGANISATION_TYPE_LABELS[type], ...SYNONYMS[type]].map(
      (text) => [foldTypeText(text), type] as const,
    ),
  ),
);

/** Đọc loại đơn vị: the kind named by a key, label or common word ("Xã", "sở", "huyện"), ignoring case and accents; null if unknown. */
export function parseOrganisationType(text: string): OrganisationType | null {
  return TYPE_BY_FOLDED_TEXT.get(foldTypeText(text)) ?? null;
}
