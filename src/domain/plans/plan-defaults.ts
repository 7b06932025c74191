// Nội dung mặc định của một dự thảo: what a new plan starts with, from the issuing unit's name
// and kind, so the clerk corrects rather than types the header.
import type { OrganisationType } from '../organisations/organisation-type';
import { foldVietnamese } from '../shared/fold-vietnamese';
import { COMMITTEE_TYPES, headerBodiesOf, issuerInSentence } from './document-header';
import { unitNameInSentence } from '../organisations/unit-name-in-sentence';
import { formatDocumentNumber } from './plan-document';
import type { PlanContent } from './plan';
import { defaultSignatureOf } from './plan-signer';

/** Đơn vị ban hành: the unit's name and kind, and its parent's (for the parent body line). */
export interface IssuingUnit {
  name: string;
  type: OrganisationType;
  parent: { name: string; type: OrganisationType } | null;
}

export { issuingBodyOf } from './document-header';

/** Ký hiệu: "KH-UBND" for a committee; "KH-" and the initials of the unit otherwise ("Sở Nội vụ" → "KH-SNV"). */
export function planSymbolOf(unit: { name: string; type: OrganisationType }): string {
  if (COMMITTEE_TYPES.includes(unit.type)) return 'KH-UBND';
  const initials = unit.name
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => word.charAt(0).toLocaleUpperCase('vi'))
    .join('');
  return `KH-${foldVietnamese(initials).toUpperCase()}`;
}

/** Địa danh: the place name of a level of government without its kind ("Huyện Lấp Vò" → "Lấp Vò"); for other units, the parent's. */
export function placeOf(unit: IssuingUnit): string {
  const strip = (name: string) =>
    name.trim().replace(/^(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+/iu, '');
  if (COMMITTEE_TYPES.includes(unit.type)) return strip(unit.name);
  return unit.parent ? strip(unit.parent.name) : unit.name.trim();
}

/** Dự thảo mới: the header filled from the unit, the rest empty but for the usual recipients and the unit's default signer (plan-signer.ts). */
export function defaultPlanContent(unit: IssuingUnit, year: number, title: string): PlanContent {
  return {
    // "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" over "VĂN PHÒNG"; a committee alone.
    ...headerBodiesOf(unit),
    number: null,
    symbol: planSymbolOf(unit),
    place: placeOf(unit),
    issuedOn: null,
    year,
    title,
    preamble: '',
    basis: [],
    purpose: '',
    requirements: '',
    frameworkIds: [],
    targets: [],
    sections: [],
    appendixTable: true,
    implementation: '',
    reportingDuties: '',
    recipients: ['Lưu: VT'],
    signature: defaultSignatureOf(unit),
  };
}

/**
 * Mở đầu của kế hoạch cấp dưới: "Thực hiện Kế hoạch số 16/KH-UBND ngày 03/01/2024 của Ủy ban
 * nhân dân huyện Châu Thành về …, Ủy ban nhân dân xã Giao Long xây dựng kế hoạch thực hiện như
 * sau:" — the sentence sample 004 opens with.
 */
export function cascadePreamble(parent: PlanContent, childIssuingBody: string): string {
  const number = formatDocumentNumber(parent.number, parent.symbol);
  const date = parent.issuedOn ? ` ngày ${parent.issuedOn.split('-').reverse().join('/')}` : '';
  const issuer = issuerInSentence(parent.parentBody, parent.issuingBody);
  const child = unitNameInSentence(childIssuingBody);
  return `Thực hiện Kế hoạch số ${number}${date} của ${issuer} về ${lowerFirst(parent.title.trim())}, ${child} xây dựng kế hoạch thực hiện, cụ thể như sau:`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
