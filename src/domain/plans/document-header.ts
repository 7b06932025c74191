// Tên cơ quan ở góc trái: the parent body and the issuing body at the top left of a state
// document (Nghị định 30/2020, Phụ lục I). A people's committee issues under its own name, with no
// parent line ("ỦY BAN NHÂN DÂN" / "HUYỆN LẤP VÒ"); a body under a committee prints the committee
// over its own name without repeating it ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" / "VĂN PHÒNG", not
// "VĂN PHÒNG UBND TỈNH"); any other unit prints its parent over its name ("SỞ NỘI VỤ" / "PHÒNG
// CẢI CÁCH HÀNH CHÍNH"). The same rule fills a new draft and lays out a stored plan's header.
import type { OrganisationType } from '../organisations/organisation-type';
import { unitNameInSentence } from '../organisations/unit-name-in-sentence';

/** Cấp chính quyền: the unit kinds whose body is a people's committee (Ủy ban nhân dân). */
export const COMMITTEE_TYPES: readonly OrganisationType[] = ['province', 'district', 'commune'];

const COMMITTEE = 'ỦY BAN NHÂN DÂN';
/** Cấp hành chính in capitals, longest first so "THỊ XÃ" is not read as "XÃ". */
const LEVELS = [
  'THÀNH PHỐ',
  'THỊ TRẤN',
  'THỊ XÃ',
  'ĐẶC KHU',
  'TỈNH',
  'HUYỆN',
  'QUẬN',
  'PHƯỜNG',
  'XÃ',
];

const upper = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi');

/** Cơ quan chủ quản and cơ quan ban hành, in capitals as the header prints them ('' = no parent line). */
export interface HeaderBodies {
  parentBody: string;
  issuingBody: string;
}

/** Tên cơ quan ban hành: "ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ" for a level of government, else the unit's name in capitals ("SỞ NỘI VỤ"). */
export function issuingBodyOf(unit: { name: string; type: OrganisationType }): string {
  const name = upper(unit.name);
  return COMMITTEE_TYPES.includes(unit.type) ? `${COMMITTEE} ${name}` : name;
}

/**
 * Đầu văn bản của đơn vị: the header bodies of a document `unit` issues, from its kind and its
 * parent — a committee alone, a body under a committee under that committee's full name with the
 * committee left out of its own name, any other unit under its parent's name.
 */
export function headerBodiesOf(unit: {
  name: string;
  type: OrganisationType;
  parent: { name: string; type: OrganisationType } | null;
}): HeaderBodies {
  if (COMMITTEE_TYPES.includes(unit.type))
    return { parentBody: '', issuingBody: issuingBodyOf(unit) };
  return headerBodies(unit.parent ? issuingBodyOf(unit.parent) : '', upper(unit.name));
}

/**
 * Đầu văn bản: the header bodies as printed from the texts a plan stores (typed or filled in).
 * "UBND" opening either is spelled out; a committee issuing body drops the parent line; under a
 * committee the issuing body loses a trailing mention of that committee ("VĂN PHÒNG UBND TỈNH" →
 * "VĂN PHÒNG", "SỞ NỘI VỤ TỈNH ĐỒNG THÁP" → "SỞ NỘI VỤ"), keeping "HĐND VÀ UBND", which names
 * the office's two masters.
 */
export function headerBodies(parentBody: string, issuingBody: string): HeaderBodies {
  const parent = spellCommittee(upper(parentBody));
  const issuing = spellCommittee(upper(issuingBody));
  if (committeePlace(issuing)) return { parentBody: '', issuingBody: issuing };
  const place = committeePlace(parent);
  if (!place) return { parentBody: parent, issuingBody: issuing };
  return { parentBody: parent, issuingBody: withoutCommittee(issuing, place) || issuing };
}

/** Dòng tên cơ quan ban hành: "ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ" → ["ỦY BAN NHÂN DÂN", "HUYỆN LẤP VÒ"], as the header breaks it. */
export function issuingBodyLines(issuingBody: string): string[] {
  const body = upper(issuingBody);
  if (body.startsWith(`${COMMITTEE} `)) return [COMMITTEE, body.slice(COMMITTEE.length + 1)];
  return body === '' ? [] : [body];
}

/**
 * Tên cơ quan ban hành trong câu: "Ủy ban nhân dân huyện Lấp Vò", "Sở Nội vụ", and for an office
 * whose printed name is only "VĂN PHÒNG" under a committee, "Văn phòng UBND tỉnh" — what a
 * sentence ("… của Văn phòng UBND tỉnh") needs to say who it is.
 */
export function issuerInSentence(parentBody: string, issuingBody: string): string {
  const bodies = headerBodies(parentBody, issuingBody);
  const name = unitNameInSentence(bodies.issuingBody);
  const place = committeePlace(bodies.parentBody);
  if (!place) return name;
  const level = place.level.toLocaleLowerCase('vi');
  if (/^Văn phòng$/.test(name)) return `${name} UBND ${level}`;
  if (/HĐND và UBND$/.test(name)) return `${name} ${level}`;
  return name;
}

/** "UBND TỈNH …" → "ỦY BAN NHÂN DÂN TỈNH …": the header spells the committee out. */
function spellCommittee(body: string): string {
  return body.replace(/^UBND(?=\s)/, COMMITTEE);
}

/** The level and place of a committee's name ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" → TỈNH, ĐỒNG THÁP), or null. */
function committeePlace(body: string): { level: string; place: string } | null {
  if (!body.startsWith(`${COMMITTEE} `)) return null;
  const rest = body.slice(COMMITTEE.length + 1);
  const level = LEVELS.find((word) => rest === word || rest.startsWith(`${word} `));
  return level ? { level, place: rest.slice(level.length).trim() } : null;
}

/** The issuing body without a trailing mention of the committee it sits under. */
function withoutCommittee(issuing: string, committee: { level: string; place: string }): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const where = `${escape(committee.level)}(?:\\s+${escape(committee.place)})?`;
  const office = new RegExp(`\\s+(?:CỦA\\s+)?(?:${COMMITTEE}|UBND)\\s+${where}$`, 'u');
  const found = office.exec(issuing);
  if (found) {
    const before = issuing.slice(0, found.index);
    // "VĂN PHÒNG HĐND VÀ UBND TỈNH": the office of both councils keeps their names, not the place.
    if (/(?:^|\s)VÀ$/.test(before)) return issuing.replace(new RegExp(`\\s+${where}$`, 'u'), '');
    return before;
  }
  // "SỞ NỘI VỤ TỈNH ĐỒNG THÁP": the place named in full; a bare "TỈNH" ("THANH TRA TỈNH") stays.
  if (committee.place !== '')
    return issuing.replace(
      new RegExp(`\\s+${escape(committee.level)}\\s+${escape(committee.place)}$`, 'u'),
      '',
    );
  return issuing;
}
