// Đối chiếu tên đơn vị: reads a lead or coordinating cell ("VP TK (Một cửa)", "Phòng VH-XH",
// "UBND các xã, thị trấn", "Phòng Văn hóa – Thông tin, Văn phòng HĐND - UBND Huyện") against the
// tenant's tree of the plan's year. A name is compared as its key (abbreviations spelled out,
// "và"/"-" alike, notes in brackets dropped), then without its place; among equally good units the
// issuer's own subtree wins, then its parent's; a tie left is ambiguous and no unit is guessed.
import type { OrganisationType } from '../../organisations/organisation-type';
import { existedInYear } from '../../organisations/validity';
import type { LeadGroup } from '../plan';
import type { ImportUnit } from './imported-plan';
import { readUnitList } from './read-unit-list';
import { isLevelAt, nameWords, shortUnitKey, unitKey, unitKeyOfWords } from './unit-abbreviations';

/** Cách đọc một tên: one unit, a group of units, a generic phrase ("Các ngành liên quan"), two units equally good, or nothing. */
export type UnitReading = 'unit' | 'group' | 'generic' | 'ambiguous' | 'unmatched';

/** Kết quả đối chiếu một tên: the text as printed, the unit (or group) it names, and how sure. */
export interface UnitMatch {
  text: string;
  organisationId: string | null;
  group: LeadGroup | null;
  confidence: number;
  /** Cách đọc (absent on matches built elsewhere: read as 'unit' when an id is set, else 'unmatched'). */
  reading?: UnitReading;
  /** Đơn vị cùng khớp: the units an ambiguous name fits equally well. */
  candidates?: string[];
  /** Thành viên nhóm: the units a group stands for in the plan's year (a coordinating group becomes their ids). */
  members?: string[];
  /** Tên ở đầu: read by manyLenient from the unit name the text starts with, the rest not understood. */
  leadingName?: boolean;
  /** Trông như tên đơn vị: an unmatched text that starts like a unit's name (Phòng, UBND, Sở…). */
  unitLike?: boolean;
}

/** Bộ đối chiếu đơn vị: reads one name, or a list of names ("A, B và C; D"). */
export interface UnitMatcher {
  one(text: string): UnitMatch;
  many(text: string): UnitMatch[];
  /**
   * Đọc danh sách rộng: as `many`, then a name no unit matched is read for a unit name it starts
   * with ("Phối hợp Phòng Nội vụ và các đơn vị sự nghiệp" → Phòng Nội vụ, at lower confidence).
   * For a cell already cut out of its row; never for deciding where a cell ends.
   */
  manyLenient(text: string): UnitMatch[];
}

/** Độ tin cậy: exact name; after spelling out abbreviations; without the place or "Công chức"; a name that only begins the unit's. */
export const UNIT_MATCH_CONFIDENCE = { exact: 1, expanded: 0.9, short: 0.8, partial: 0.6 } as const;

const TERRITORIAL: ReadonlySet<OrganisationType> = new Set(['province', 'district', 'commune']);
const COMMITTEE = ['uy', 'ban', 'nhan', 'dan'];

// Words a unit's name starts with: a cell beginning so is a unit name even when no unit matches.
const UNIT_HEADS =
  /^(?:phong|van phong|uy ban|ubnd|hdnd|so|trung tam|cong chuc|cc|vp|cac|ban|dai|hoi|mat tran|mttq|cong an|ca|quan su|bch|doan|chi cuc|cuc|bo phan|bo|to|thuong truc|chu tich|pho chu tich|can bo|cb|nganh|co quan|don vi|lien doan|kho bac|chi nhanh|benh vien|truong|tram|buu dien|ngan hang|tt|thanh tra|huyen|xa|thi tran|phuong|tinh|thanh pho|thi xa|uy|cong ty|hop tac xa|lanh dao|tong cuc|vien)\b/;

/** Trông như tên đơn vị: the text starts with a word units are named with (Phòng, UBND, Sở, Công chức/CC., Các …). */
export function looksLikeUnitName(text: string): boolean {
  return UNIT_HEADS.test(nameWords(text).join(' '));
}

const LEVEL_TYPES: readonly [RegExp, OrganisationType[]][] = [
  [/^(?:xa|phuong|thi tran|dac khu)$/, ['commune']],
  [/^(?:huyen|quan|thi xa)$/, ['district']],
  [/^thanh pho$/, ['district', 'province']],
  [/^tinh$/, ['province']],
];
const LEVEL = '(?:thi tran|thi xa|thanh pho|dac khu|xa|phuong|huyen|quan|tinh)';
const LEVEL_PHRASE = new RegExp(LEVEL, 'g');
// "UBND các xã, thị trấn", "Các xã, phường", "UBND xã, thị trấn": every unit of that level.
const LEVEL_GROUP = new RegExp(`^(?:(?:uy ban nhan dan|ubnd) )?(cac )?((?:${LEVEL} ?)+)$`);
// "Các cơ quan chuyên môn thuộc UBND Huyện", "các phòng chuyên môn", "Các ngành chuyên môn xã".
const SPECIALIST_GROUP =
  /^cac (?:co quan|phong|nganh|don vi|ban|bo phan)(?: (?:ban|nganh|don vi|phong|co quan))*(?: chuyen mon| chuc nang)(?: (?:thuoc|truc thuoc|cua))?(?: (.*))?$/;
// "Các sở, ban, ngành": the departments of the province.
const DEPARTMENT_GROUP = /^cac so(?: ban)?(?: nganh)?(?: (?:tinh|thuoc|truc thuoc) ?.*)?$/;

// "Phối hợp với …", "Chủ trì …": the verb a cell may start with before the unit.
const LEADING_VERB = /^\s*(?:phối hợp(?: với)?|chủ trì|giao)\s+/iu;
const LEADING_NAME_FACTOR = 0.6;

function readingOf(match: UnitMatch): UnitReading {
  return match.reading ?? (match.organisationId ? 'unit' : match.group ? 'group' : 'unmatched');
}

interface Entry {
  unit: ImportUnit;
  keys: string[];
  shortKeys: string[];
  rank: number;
}

/** Bộ đối chiếu for the units of a tenant valid in `year`, preferring those under the issuer. */
export function createUnitMatcher(
  units: readonly ImportUnit[],
  issuerOrganisationId: string,
  year: number | null,
): UnitMatcher {
  const valid = year === null ? [...units] : units.filter((unit) => existedInYear(unit, year));
  const byId = new Map(valid.map((unit) => [unit.id, unit]));
  const chain: ImportUnit[] = [];
  for (let unit = byId.get(issuerOrganisationId); unit && !chain.includes(unit);) {
    chain.push(unit);
    unit = unit.parentId ? byId.get(unit.parentId) : undefined;
  }
  const isUnder = (unit: ImportUnit, ancestorId: string): boolean => {
    const seen = new Set<string>();
    for (let at: ImportUnit | undefined = unit; at && !seen.has(at.id);) {
      if (at.id === ancestorId) return true;
      seen.add(at.id);
      at = at.parentId ? byId.get(at.parentId) : undefined;
    }
    return false;
  };
  const rankOf = (unit: ImportUnit): number => {
    const at = chain.findIndex((ancestor) => isUnder(unit, ancestor.id));
    return at < 0 ? chain.length + 1 : at;
  };
  const entries: Entry[] = valid.map((unit) => {
    const words = unitKey(unit.name).words;
    const keys = [words.join(' ')];
    if (TERRITORIAL.has(unit.type)) {
      const bare = startsWith(words, COMMITTEE) ? words.slice(COMMITTEE.length) : words;
      keys.push(bare.join(' '), [...COMMITTEE, ...bare].join(' '));
    }
    const shortKeys = TERRITORIAL.has(unit.type) ? [] : [shortUnitKey(words).join(' ')];
    return { unit, keys, shortKeys, rank: rankOf(unit) };
  });
  const childrenOfType = (parentId: string, types: readonly OrganisationType[]) =>
    valid.filter((unit) => unit.parentId === parentId && types.includes(unit.type));

  const typeGroup = (
    text: string,
    organisationType: OrganisationType,
    underOrganisationId: string,
    confidence: number,
  ): UnitMatch => ({
    text,
    organisationId: null,
    group: { kind: 'units_of_type', organisationType, underOrganisationId },
    confidence,
    reading: 'group',
    members: childrenOfType(underOrganisationId, [organisationType]).map((unit) => unit.id),
  });

  const levelUnit = (levelWords: string): ImportUnit | null => {
    const types = LEVEL_TYPES.find(([pattern]) => pattern.test(levelWords))?.[1] ?? [];
    return chain.find((unit) => types.includes(unit.type)) ?? null;
  };

  // "UBND Huyện", "UBND xã", "Huyện": the level unit above (or being) the issuer.
  const readLevelOnly = (text: string, words: string[]): UnitMatch | null => {
    const bare = startsWith(words, COMMITTEE) ? words.slice(COMMITTEE.length) : words;
    const phrase = bare.join(' ');
    if (bare.length === 0 || !isLevelAt(bare, 0) || !new RegExp(`^${LEVEL}$`).test(phrase))
      return null;
    // "UBND huyện" names the committee; a bare "Huyện" is weaker evidence.
    const named = bare.length < words.length;
    const unit = levelUnit(phrase);
    if (unit) return unitMatch(text, unit.id, named ? 0.9 : 0.5);
    return groupOf(text, phrase, named ? 0.7 : 0.4);
  };

  const groupOf = (text: string, levelWords: string, confidence: number): UnitMatch | null => {
    const types = LEVEL_TYPES.find(([pattern]) => pattern.test(levelWords))?.[1] ?? [];
    for (const parent of chain) {
      const type = types.find((candidate) => childrenOfType(parent.id, [candidate]).length > 0);
      if (type) return typeGroup(text, type, parent.id, confidence);
    }
    return null;
  };

  const readGroup = (text: string, folded: string): UnitMatch | null => {
    const level = LEVEL_GROUP.exec(folded);
    if (level) {
      const levels = level[2]!.trim().match(LEVEL_PHRASE) ?? [];
      if (level[1] !== undefined || levels.length > 1)
        return groupOf(text, levels[0]!, 0.9) ?? { ...unmatched(text), reading: 'generic' };
    }
    const specialist = SPECIALIST_GROUP.exec(folded);
    if (specialist) {
      const owner = specialist[1] ? one(specialist[1]) : null;
      // "… thuộc UBND Huyện": the words after must name the unit they belong to.
      if (owner && !owner.organisationId) return null;
      const under = owner?.organisationId ? byId.get(owner.organisationId) : chain[0];
      const parents = under ? [under, ...chain.filter((unit) => unit !== under)] : chain;
      const parent = parents.find((unit) => childrenOfType(unit.id, ['sub_unit']).length > 0);
      if (parent) return typeGroup(text, 'sub_unit', parent.id, 0.85);
      return { ...unmatched(text), reading: 'generic' };
    }
    if (DEPARTMENT_GROUP.test(folded)) {
      const province = chain.find((unit) => childrenOfType(unit.id, ['department']).length > 0);
      if (province) return typeGroup(text, 'department', province.id, 0.85);
    }
    return null;
  };

  const one = (printed: string, known?: readonly string[]): UnitMatch => {
    const text = printed.trim();
    const words = known ? [...known] : nameWords(text);
    if (words.length === 0) return unmatched(text);
    const folded = words.join(' ');
    const unitLike = UNIT_HEADS.test(folded);
    const group = readGroup(text, folded);
    if (group) return group;
    const key = unitKeyOfWords(words);
    const full = key.words.join(' ');
    const level = readLevelOnly(text, key.words);
    if (level) return level;
    const short = shortUnitKey(key.words);
    const shortText = short.join(' ');
    // "VP" spells out to two words but is one printed word: too little to begin a unit's name.
    const partialAllowed = words.length >= 2;
    let best = 0;
    let found: Entry[] = [];
    for (const entry of entries) {
      const score = scoreEntry(entry, full, shortText, partialAllowed ? short : [], key.expanded);
      if (score > best) {
        best = score;
        found = [entry];
      } else if (score > 0 && score === best) found.push(entry);
    }
    if (best === 0) {
      // "Các ngành liên quan", "Các cơ quan có thủ tục thanh toán trực tuyến": no unit is named.
      if (words[0] === 'cac' || folded.includes('lien quan'))
        return { ...unmatched(text), reading: 'generic' };
      return { ...unmatched(text), unitLike };
    }
    const topRank = Math.min(...found.map((entry) => entry.rank));
    const top = found.filter((entry) => entry.rank === topRank);
    if (top.length > 1)
      return {
        text,
        organisationId: null,
        group: null,
        confidence: best / 2,
        reading: 'ambiguous',
        candidates: top.map((entry) => entry.unit.id),
      };
    return unitMatch(text, top[0]!.unit.id, best);
  };

  // The row segmenter asks about the same pieces many times: remember the answers.
  const oneCache = new Map<string, UnitMatch>();
  const manyCache = new Map<string, UnitMatch[]>();
  const cachedOne = (text: string, known?: readonly string[]): UnitMatch => {
    let match = oneCache.get(text);
    if (!match) oneCache.set(text, (match = one(text, known)));
    return match;
  };
  // Folded words of each piece of a list, so a joined name is not folded again.
  const wordCache = new Map<string, string[]>();
  const wordsOf = (text: string): string[] => {
    let words = wordCache.get(text);
    if (!words) wordCache.set(text, (words = nameWords(text)));
    return words;
  };
  const many = (text: string): UnitMatch[] => {
    let matches = manyCache.get(text);
    if (!matches) manyCache.set(text, (matches = readUnitList(text, cachedOne, wordsOf)));
    return matches;
  };
  const leadingName = (match: UnitMatch): UnitMatch => {
    const printed = match.text.replace(LEADING_VERB, '').split(/\s+/);
    for (let size = printed.length - 1; size >= 2; size -= 1) {
      const found = cachedOne(printed.slice(0, size).join(' '));
      if (found.organisationId && found.confidence >= UNIT_MATCH_CONFIDENCE.short)
        return {
          ...found,
          text: match.text,
          confidence: found.confidence * LEADING_NAME_FACTOR,
          leadingName: true,
        };
    }
    return match;
  };
  return {
    one: cachedOne,
    many,
    manyLenient: (text) =>
      many(text).map((match) => (readingOf(match) === 'unmatched' ? leadingName(match) : match)),
  };
}

function scoreEntry(
  entry: Entry,
  full: string,
  shortText: string,
  short: readonly string[],
  expanded: boolean,
): number {
  if (entry.keys.includes(full))
    return expanded ? UNIT_MATCH_CONFIDENCE.expanded : UNIT_MATCH_CONFIDENCE.exact;
  if (
    entry.shortKeys.includes(full) ||
    entry.keys.includes(shortText) ||
    entry.shortKeys.includes(shortText)
  )
    return UNIT_MATCH_CONFIDENCE.short;
  // "CC.Tư pháp" for "Công chức Tư pháp - Hộ tịch": the printed name begins the unit's.
  if (short.length >= 2)
    for (const key of entry.shortKeys) {
      const unitWords = key.split(' ');
      if (unitWords.length > short.length && startsWith(unitWords, short))
        return UNIT_MATCH_CONFIDENCE.partial;
    }
  return 0;
}

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((word, at) => words[at] === word);
}

function unitMatch(text: string, organisationId: string, confidence: number): UnitMatch {
  return { text, organisationId, group: null, confidence, reading: 'unit' };
}

function unmatched(text: string): UnitMatch {
  return { text, organisationId: null, group: null, confidence: 0, reading: 'unmatched' };
}
