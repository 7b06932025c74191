// Cột bảng phụ lục: what a task table's header words say each column holds, in whatever order the
// plan prints them ("STT | Nội dung | Kết quả | Thời gian thực hiện | Cơ quan chủ trì | …" or "TT |
// Nội dung | Cơ quan tham mưu | Mục tiêu/Giải pháp cải thiện | Phối hợp thực hiện"). Read from a
// .docx header cell, or from the word stream of a flattened header wrapped over several lines.
import { foldVietnamese } from '../../shared/fold-vietnamese';

/** Loại cột: STT, nội dung, giải pháp, chủ trì, phối hợp, sản phẩm, thời gian, ghi chú, a score column (điểm: not a task table), or another column kept aside. */
export const COLUMN_KINDS = [
  'number',
  'content',
  'solution',
  'lead',
  'coordinating',
  'output',
  'timeframe',
  'note',
  'score',
  'other',
] as const;

/** Loại cột: one of COLUMN_KINDS. */
export type ColumnKind = (typeof COLUMN_KINDS)[number];

// "Đơn vị thực hiện" over "Chủ trì | Phối hợp": a heading above two columns, dropped when a
// lead or coordinating heading follows it, else the lead column itself.
type PhraseKind = ColumnKind | 'parent';

const PHRASES: Readonly<Record<PhraseKind, readonly string[]>> = {
  number: ['stt', 'tt', 't t', 's tt', 'so tt', 'so thu tu', 'thu tu'],
  content: [
    'noi dung',
    'nhiem vu',
    'noi dung cong viec',
    'noi dung nhiem vu',
    'ten nhiem vu',
    'tieu chi',
    'tieu chi thanh phan',
    'cong viec',
    'noi dung thuc hien',
    'noi dung hoat dong',
    'hoat dong',
    'chi tieu',
    'nhiem vu giai phap',
    'ten de an',
    'ten van ban',
    'noi dung cong viec nhiem vu',
  ],
  solution: [
    'giai phap',
    'giai phap cai thien',
    'muc tieu giai phap cai thien',
    'muc tieu giai phap',
    'giai phap thuc hien',
    'giai phap khac phuc',
    'bien phap',
    'bien phap thuc hien',
    'muc tieu',
    'yeu cau',
  ],
  lead: [
    'don vi chu tri',
    'co quan chu tri',
    'co quan tham muu',
    'don vi tham muu',
    'chu tri',
    'chu tri thuc hien',
    'don vi chu tri thuc hien',
    'co quan chu tri thuc hien',
    'co quan don vi chu tri',
    'bo phan chu tri',
    'don vi phu trach',
    'phu trach',
    'co quan chu tri tham muu',
    'chu tri tham muu',
  ],
  parent: [
    'don vi thuc hien',
    'co quan thuc hien',
    'co quan don vi thuc hien',
    'trach nhiem thuc hien',
    'to chuc thuc hien',
    'phan cong thuc hien',
    'phan cong',
  ],
  coordinating: [
    'don vi phoi hop',
    'co quan phoi hop',
    'phoi hop',
    'phoi hop thuc hien',
    'don vi phoi hop thuc hien',
    'co quan don vi phoi hop',
    'co quan phoi hop thuc hien',
  ],
  output: [
    'san pham',
    'ket qua',
    'ket qua san pham',
    'san pham ket qua',
    'hinh thuc van ban',
    'san pham dau ra',
    'ket qua dau ra',
    'hinh thuc san pham',
    'hinh thuc',
    'ket qua du kien',
    'san pham du kien',
    'hinh thuc ket qua',
    'san pham hoan thanh',
    'ket qua can dat',
  ],
  timeframe: [
    'thoi gian',
    'thoi gian thuc hien',
    'thoi han',
    'thoi gian hoan thanh',
    'thoi han hoan thanh',
    'tien do',
    'tien do thuc hien',
    'tien do hoan thanh',
    'thoi gian trinh',
    'moc thoi gian',
    'thoi gian thuc hien hoan thanh',
    'thoi gian bat dau',
    'thoi gian ket thuc',
  ],
  note: ['ghi chu'],
  score: [
    'diem',
    'diem toi da',
    'diem tham dinh',
    'diem tu cham',
    'diem dat',
    'diem chuan',
    'so diem',
  ],
  other: ['kinh phi', 'nguon kinh phi', 'du toan', 'du toan kinh phi', 'nguon luc'],
};

const PHRASE_LIST: readonly { words: string[]; kind: PhraseKind }[] = (
  Object.entries(PHRASES) as [PhraseKind, readonly string[]][]
).flatMap(([kind, phrases]) => phrases.map((phrase) => ({ words: phrase.split(' '), kind })));

/** Từ của tiêu đề: folded words without punctuation ("Mục tiêu/Giải pháp" → muc, tieu, giai, phap). */
export function headerWords(text: string): string[] {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * Đọc tiêu đề: the column kinds a run of header words names, in order, or null when some word is
 * no column heading. With `allowOpenEnd` the last heading may be cut short ("Thời gian thực" whose
 * "hiện" is on the next line): then the reading is returned with `complete` false.
 */
export function readHeaderWords(
  words: readonly string[],
  allowOpenEnd = false,
): { kinds: ColumnKind[]; complete: boolean } | null {
  // Fewest phrases that cover every word: "co quan chu tri" is one lead, not "co quan" + "chu tri".
  const best: ({ kinds: PhraseKind[] } | null)[] = [{ kinds: [] }];
  for (let end = 1; end <= words.length; end += 1) {
    let choice: { kinds: PhraseKind[] } | null = null;
    for (const phrase of PHRASE_LIST) {
      const start = end - phrase.words.length;
      const before = start >= 0 ? best[start] : null;
      if (!before || !phrase.words.every((word, at) => words[start + at] === word)) continue;
      if (!choice || before.kinds.length + 1 < choice.kinds.length)
        choice = { kinds: [...before.kinds, phrase.kind] };
    }
    best.push(choice);
  }
  const full = best[words.length];
  if (full && words.length > 0) return { kinds: resolveParents(full.kinds), complete: true };
  if (!allowOpenEnd) return null;
  for (let start = words.length - 1; start >= 0; start -= 1) {
    const before = best[start];
    const tail = words.slice(start);
    if (
      before &&
      PHRASE_LIST.some(
        (phrase) =>
          phrase.words.length > tail.length && tail.every((word, at) => phrase.words[at] === word),
      )
    )
      return { kinds: resolveParents(before.kinds), complete: false };
  }
  return null;
}

function resolveParents(kinds: readonly PhraseKind[]): ColumnKind[] {
  return kinds.flatMap((kind, at): ColumnKind[] => {
    if (kind !== 'parent') return [kind];
    const next = kinds[at + 1];
    return next === 'lead' || next === 'coordinating' ? [] : ['lead'];
  });
}

/** Loại cột của một ô tiêu đề: the kind a .docx header cell names, or null for an unknown heading. */
export function columnKindOf(text: string): ColumnKind | 'parent' | null {
  const words = headerWords(text);
  if (words.length === 0) return null;
  const phrase = PHRASE_LIST.find(
    (candidate) =>
      candidate.words.length === words.length &&
      candidate.words.every((word, at) => words[at] === word),
  );
  if (phrase) return phrase.kind;
  const reading = readHeaderWords(words);
  // "Nội dung, nhiệm vụ": two names of one column; "Thời gian, tiến độ" likewise.
  if (reading && new Set(reading.kinds).size === 1) return reading.kinds[0]!;
  return null;
}

/** Bảng nhiệm vụ: true when the columns make a task table (content, and a lead, coordinating unit or timeframe), not a score table. */
export function isTaskTable(kinds: readonly ColumnKind[]): boolean {
  return (
    kinds.includes('content') &&
    !kinds.includes('score') &&
    (kinds.includes('lead') || kinds.includes('timeframe') || kinds.includes('coordinating'))
  );
}
