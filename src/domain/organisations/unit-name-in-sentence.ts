// Tên đơn vị trong câu: how a unit's name is written inside a sentence of a state document,
// following the capitalisation rules of Nghị định 30/2020 (Phụ lục II, "Viết hoa tên cơ quan, tổ
// chức" and "tên đơn vị hành chính"): the kind of body and each field of work take a capital
// ("Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Văn phòng UBND tỉnh"), acronyms stay in
// capitals ("UBND", "HĐND", "VH-XH"), an administrative unit is a common noun plus a proper
// name ("tỉnh Đồng Tháp", "huyện Lấp Vò", "xã Giao Long").

/** Cấp hành chính: the common nouns that name a level of administration, longest first. */
const LEVEL_WORDS = [
  'thành phố',
  'thị trấn',
  'thị xã',
  'đặc khu',
  'tỉnh',
  'huyện',
  'quận',
  'phường',
  'xã',
] as const;

/** Chữ viết tắt: acronyms of bodies and fields as plans write them, kept in capitals. */
const ACRONYMS = new Set(
  [
    'UBND',
    'HĐND',
    'MTTQ',
    'MTTQVN',
    'VN',
    'CCHC',
    'TTHC',
    'CNTT',
    'BHXH',
    'GTVT',
    'TNCS',
    'THCS',
    'THPT',
    'LĐLĐ',
    'BCH',
    'BCHQS',
    'KTXH',
    'VHXH',
    'TCKH',
    'KHĐT',
    'KHCN',
    'TNMT',
    'LĐTBXH',
    'GDĐT',
    'NNPTNT',
    'VHTTDL',
    'TTTT',
    'QLĐT',
    'KTHT',
  ].map((acronym) => acronym.toLocaleLowerCase('vi')),
);

/** Tên riêng: proper names inside a body's name that keep a capital on every syllable. */
const PROPER_NAMES = ['Việt Nam', 'Hồ Chí Minh', 'Tổ quốc'];

/**
 * Loại cơ quan: the kinds a name in capitals may open with, as NĐ30 writes them; `field` says
 * whether the word after the kind starts a field of work and so takes a capital ("Sở Nội vụ"),
 * which a kind that already names its function does not ("Ban Quản lý các khu công nghiệp").
 */
const BODY_KINDS: readonly { words: string; field: boolean }[] = [
  { words: 'Ủy ban nhân dân', field: false },
  { words: 'Hội đồng nhân dân', field: false },
  { words: 'Ủy ban Mặt trận Tổ quốc', field: false },
  { words: 'Bộ Chỉ huy', field: true },
  { words: 'Ban Quản lý', field: false },
  { words: 'Ban Chỉ đạo', field: false },
  { words: 'Văn phòng', field: true },
  { words: 'Trung tâm', field: true },
  { words: 'Chi cục', field: true },
  { words: 'Công chức', field: true },
  { words: 'Thanh tra', field: false },
  { words: 'Công an', field: false },
  { words: 'Bệnh viện', field: true },
  { words: 'Ủy ban', field: true },
  { words: 'Sở', field: true },
  { words: 'Phòng', field: true },
  { words: 'Ban', field: true },
  { words: 'Cục', field: true },
  { words: 'Bộ', field: true },
  { words: 'Đoàn', field: true },
  { words: 'Hội', field: true },
  { words: 'Đài', field: true },
];

const lower = (text: string) => text.toLocaleLowerCase('vi');
const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * Chữ viết tắt: "UBND", "HĐND", and any joined short parts ("VH-XH", "TC-KH", "KH&CN",
 * "LĐ-TB&XH"), which only an acronym is made of.
 */
function isAcronym(word: string): boolean {
  const bare = lower(word.replace(/[,.;:()]/g, ''));
  if (bare === '') return false;
  if (ACRONYMS.has(bare.replace(/[-&]/g, ''))) return true;
  const parts = bare.split(/[-&]/);
  return parts.length > 1 && parts.every((part) => part.length >= 1 && part.length <= 3);
}

/** The level word a name starts with at `words[index]`, in lower case, or null. */
function levelAt(words: readonly string[], index: number): string | null {
  for (const level of LEVEL_WORDS) {
    const size = level.split(' ').length;
    const candidate = lower(words.slice(index, index + size).join(' '));
    if (candidate !== level) continue;
    const next = lower(words[index + size] ?? '');
    // "xã hội" (society) and "tỉnh ủy" (the party committee) are not a level and a place.
    if (next === 'hội' || next === 'ủy') return null;
    return level;
  }
  return null;
}

/** A name typed in capitals ("VĂN PHÒNG UBND TỈNH") written as NĐ30 writes it in a sentence. */
function fromCapitals(name: string): string {
  const words = name.split(/\s+/);
  const out: string[] = [];
  let index = 0;
  let capitaliseNext = true;
  const kind = BODY_KINDS.find((candidate) => {
    const size = candidate.words.split(' ').length;
    return lower(words.slice(0, size).join(' ')) === lower(candidate.words);
  });
  if (kind) {
    out.push(kind.words);
    index = kind.words.split(' ').length;
    capitaliseNext = kind.field;
  }
  let inPlace = false;
  for (; index < words.length; index++) {
    const word = words[index]!;
    const level = inPlace ? null : levelAt(words, index);
    if (level) {
      out.push(level);
      index += level.split(' ').length - 1;
      inPlace = true;
      continue;
    }
    if (isAcronym(word)) {
      out.push(word);
      capitaliseNext = false;
    } else if (inPlace || capitaliseNext) {
      out.push(upperFirst(lower(word)));
      capitaliseNext = false;
    } else {
      out.push(lower(word));
    }
    // Each field joined by "và", a comma or a dash starts with a capital ("Văn hóa, Thể thao và Du lịch").
    if (/^(và|-|–)$/.test(lower(word)) || word.endsWith(',')) capitaliseNext = true;
  }
  let text = out.join(' ');
  for (const proper of PROPER_NAMES)
    text = text.replace(new RegExp(`(^|\\s)${lower(proper)}(?=$|\\s|,)`, 'g'), `$1${proper}`);
  return upperFirst(text);
}

/**
 * Tên đơn vị trong câu: "Văn phòng UBND tỉnh", "Sở Nội vụ", "UBND xã Lấp Vò", "Ủy ban nhân dân
 * tỉnh Đồng Tháp" — a name as the tree or the user has it keeps its capitals, and a lower-cased
 * acronym is put right ("ubnd" → "UBND"); a name in capitals (an issuing body) is written in the
 * NĐ30 form; only a leading level word goes to lower case ("Huyện Lấp Vò" → "huyện Lấp Vò").
 */
export function unitNameInSentence(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return '';
  if (trimmed === trimmed.toLocaleUpperCase('vi') && /\p{L}/u.test(trimmed)) {
    return lowerLeadingLevel(fromCapitals(trimmed));
  }
  const words = trimmed
    .split(' ')
    .map((word) =>
      isAcronym(word) && word !== word.toLocaleUpperCase('vi') ? upperAcronym(word) : word,
    );
  return lowerLeadingLevel(words.join(' '));
}

/** "ubnd" → "UBND"; "vh-xh" → "VH-XH" — only for listed acronyms, never an ordinary short word. */
function upperAcronym(word: string): string {
  const bare = lower(word.replace(/[,.;:()]/g, '')).replace(/[-&]/g, '');
  return ACRONYMS.has(bare) ? word.toLocaleUpperCase('vi') : word;
}

/** "Huyện Lấp Vò" → "huyện Lấp Vò": a level word opening the name is a common noun. */
function lowerLeadingLevel(text: string): string {
  const words = text.split(' ');
  const level = levelAt(words, 0);
  if (!level || words.length <= level.split(' ').length) return text;
  return [level, ...words.slice(level.split(' ').length)].join(' ');
}
