// Tên đơn vị viết tắt: how plans shorten unit names ("UBND", "VP HĐND-UBND", "Phòng VH-XH",
// "CC.Tư pháp", "VP TK") and the one comparable form ("khóa tên") both a printed name and a unit of
// the tree are reduced to, so "Văn phòng HĐND - UBND Huyện" and "Văn phòng HĐND và UBND huyện Lấp
// Vò" meet.
import { foldVietnamese } from '../../shared/fold-vietnamese';

// Folded token sequences and what they stand for, longest first where one starts another
// ("vh tt" before "tt"). Pairs are written as printed with a dash or "&" ("VH-XH", "TT&TT"), which
// the tokeniser splits; the joined forms ("VHXH") are listed too.
const ABBREVIATIONS: readonly [string, string][] = [
  ['ld tb xh', 'lao dong thuong binh xa hoi'],
  ['ldtbxh', 'lao dong thuong binh xa hoi'],
  ['nn ptnt', 'nong nghiep phat trien nong thon'],
  ['nnptnt', 'nong nghiep phat trien nong thon'],
  ['vp tk', 'van phong thong ke'],
  ['vptk', 'van phong thong ke'],
  ['vh xh', 'van hoa xa hoi'],
  ['vhxh', 'van hoa xa hoi'],
  ['vh tt', 'van hoa thong tin'],
  ['vhtt', 'van hoa thong tin'],
  ['tt tt', 'thong tin truyen thong'],
  ['tttt', 'thong tin truyen thong'],
  ['tc kh', 'tai chinh ke hoach'],
  ['tckh', 'tai chinh ke hoach'],
  ['tc kt', 'tai chinh ke toan'],
  ['tn mt', 'tai nguyen moi truong'],
  ['tnmt', 'tai nguyen moi truong'],
  ['kt ht', 'kinh te ha tang'],
  ['ktht', 'kinh te ha tang'],
  ['gd dt', 'giao duc dao tao'],
  ['gddt', 'giao duc dao tao'],
  ['tp ht', 'tu phap ho tich'],
  ['dc xd', 'dia chinh xay dung'],
  ['bchqs', 'ban chi huy quan su'],
  ['bch', 'ban chi huy'],
  ['qs', 'quan su'],
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['mttq', 'mat tran to quoc'],
  ['ub', 'uy ban'],
  ['vp', 'van phong'],
  ['cbcc', 'can bo cong chuc'],
  ['cc', 'cong chuc'],
  ['cb', 'can bo'],
  ['tt', 'trung tam'],
  ['snv', 'so noi vu'],
  ['vn', 'viet nam'],
];

// "CA huyện": "ca" is also a folded word ("cả"), so it stands for Công an only at a name's start.
const START_ABBREVIATIONS: readonly [string, string][] = [['ca', 'cong an']];

// Words that only join names ("Văn phòng HĐND và UBND"): dropped from the key so "và", "-" and "&"
// spellings compare equal.
const CONNECTORS = new Set(['va']);

const PARENTHESES = /\([^()]*\)?/g;

/** Ghi chú trong ngoặc bỏ đi: "VP TK (Một cửa)" → "VP TK"; the note is not part of the name. */
export function withoutParentheses(text: string): string {
  return text.replace(PARENTHESES, ' ').replace(/\s+/g, ' ').trim();
}

/** Từ của tên: folded words without punctuation ("CC.Tư pháp" → cc, tu, phap). */
export function nameWords(text: string): string[] {
  return foldVietnamese(withoutParentheses(text))
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

// The abbreviations by their first word, each as word lists, longest first.
const ABBREVIATIONS_BY_FIRST = new Map<string, { short: string[]; long: string[] }[]>();
for (const [short, long] of ABBREVIATIONS) {
  const entry = { short: short.split(' '), long: long.split(' ') };
  const list = ABBREVIATIONS_BY_FIRST.get(entry.short[0]!) ?? [];
  list.push(entry);
  list.sort((a, b) => b.short.length - a.short.length);
  ABBREVIATIONS_BY_FIRST.set(entry.short[0]!, list);
}

/** Khóa tên đơn vị: the words of a name with abbreviations spelled out and connectors dropped, and whether an abbreviation was expanded. */
export function unitKey(text: string): { words: string[]; expanded: boolean } {
  return unitKeyOfWords(nameWords(text));
}

/** Khóa tên từ các từ: unitKey of words already folded by nameWords. */
export function unitKeyOfWords(words: readonly string[]): { words: string[]; expanded: boolean } {
  const out: string[] = [];
  let expanded = false;
  for (let at = 0; at < words.length;) {
    const start = at === 0 ? START_ABBREVIATIONS.find(([short]) => short === words[0]) : undefined;
    if (start) {
      out.push(...start[1].split(' '));
      at += 1;
      expanded = true;
      continue;
    }
    const hit = ABBREVIATIONS_BY_FIRST.get(words[at]!)?.find(({ short }) =>
      short.every((part, offset) => words[at + offset] === part),
    );
    if (hit) {
      out.push(...hit.long);
      at += hit.short.length;
      expanded = true;
    } else {
      out.push(words[at]!);
      at += 1;
    }
  }
  return { words: out.filter((word) => !CONNECTORS.has(word)), expanded };
}

// Cấp hành chính: the words naming a level; what follows them in a unit's name is the place
// ("Phòng Nội vụ huyện Lấp Vò").
const LEVEL_PHRASE_TEXTS: readonly string[] = [
  'thi tran',
  'thi xa',
  'thanh pho',
  'dac khu',
  'huyen',
  'xa',
  'phuong',
  'tinh',
  'quan',
];

const LEVEL_PHRASES: readonly string[][] = LEVEL_PHRASE_TEXTS.map((phrase) => phrase.split(' '));

/** Vị trí từ chỉ cấp: the index where a level word ("huyện", "thị trấn") starts in `words` after `from`, or -1. */
export function levelWordAt(words: readonly string[], from: number): number {
  for (let at = from; at < words.length; at += 1) {
    if (isLevelAt(words, at)) return at;
  }
  return -1;
}

// "xã hội", "cơ quan", "liên quan", "địa phương" fold to level words; they are not levels.
const NOT_LEVEL_BEFORE = new Set(['co', 'lien', 'dia', 'tuong', 'doi', 'ho']);

/** Từ chỉ cấp tại vị trí: true when a level word starts at `at` and is not part of "xã hội", "cơ quan"… */
export function isLevelAt(words: readonly string[], at: number): boolean {
  if (!LEVEL_PHRASES.some((phrase) => startsWithAt(words, at, phrase))) return false;
  if (words[at] === 'xa' && words[at + 1] === 'hoi') return false;
  return !NOT_LEVEL_BEFORE.has(words[at - 1] ?? '');
}

function startsWithAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((part, offset) => words[at + offset] === part);
}

// "Công chức", "Cán bộ": a commune officer post is printed with or without them ("CC. VHXH",
// "VP TK").
const POST_PREFIXES: readonly string[][] = [
  ['cong', 'chuc'],
  ['can', 'bo'],
];

/**
 * Tên rút gọn: the key without the place ("… huyện Lấp Vò", "… Huyện") and without "Công chức" /
 * "Cán bộ" before a post, as plans print names inside their own district or commune.
 */
export function shortUnitKey(words: readonly string[]): string[] {
  let rest = [...words];
  const prefix = POST_PREFIXES.find((phrase) => startsWithAt(rest, 0, phrase));
  if (prefix && rest.length > prefix.length) rest = rest.slice(prefix.length);
  const level = levelWordAt(rest, 1);
  if (level > 0 && isPlaceName(rest.slice(level + levelLength(rest, level))))
    rest = rest.slice(0, level);
  return rest;
}

// Words a place name ("Lấp Vò", "Mỹ An Hưng A") never holds: after them the text names more units.
const NOT_PLACE_WORDS = new Set([
  'cac',
  'phong',
  'trung',
  'tam',
  'so',
  'ban',
  'cong',
  'chuc',
  'uy',
  'nhan',
  'dan',
  'van',
  'don',
  'vi',
  'co',
  'quan',
]);

function isPlaceName(words: readonly string[]): boolean {
  return words.length <= 4 && words.every((word) => !NOT_PLACE_WORDS.has(word));
}

function levelLength(words: readonly string[], at: number): number {
  return LEVEL_PHRASES.find((phrase) => startsWithAt(words, at, phrase))!.length;
}
