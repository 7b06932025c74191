// Độ hợp của một ô: how well a piece of a flattened row reads as each kind of cell — a timeframe
// the grammar reads, unit names the matcher knows (or that start like units), an output noun or
// a percentage, a long sentence for the content. The row segmenter adds these up to choose where
// one cell ends and the next begins.
import { FIGURE_OUTPUT } from './output-kind';
import { foldVietnamese } from '../../shared/fold-vietnamese';
import { parseTimeframe } from '../parse-timeframe';

import type { UnitMatcher } from './match-unit';
import type { ColumnKind } from './table-columns';

/** Ô đọc được: a score for the piece (higher fits better) and whether the kind's own test accepted it. */
export interface CellFit {
  score: number;
  accepted: boolean;
}

// Words a timeframe is written with, for a cell the grammar cannot read with certainty.
const TIMEFRAME_WORDS =
  /\b(?:thuong xuyen|qu[yi]|thang|nam \d{4}|\d{1,2}\/\d{4}|\d{1,2}\/\d{1,2}|truoc|trong nam|hang (?:nam|thang|quy)|dinh ky|khi co|theo quy dinh|dot xuat|lien tuc|ca nam|cuoi nam|dau nam)\b/;

// Nouns an output cell starts with ("Kế hoạch", "Báo cáo kết quả…", "Các chuyên mục, bài viết").
const OUTPUT_START =
  /^(?:cac |\d+ )?(?:ke hoach|bao cao|cong van|quyet dinh|van ban|to trinh|chuyen muc|bai viet|thong bao|huong dan|ket qua|danh sach|bien ban|so lieu|niem yet|chuong trinh|de an|tai lieu|hoi nghi|ho so|tin bai|phong su|phan mem|he thong|co so du lieu|san pham|quy che|quy dinh|du thao|bo tieu chi|chi thi|nghi quyet|tong hop|phieu|bang|lop|cuoc|buoi|hoat dong)\b/;
const REQUEST_VERB = /^đề nghị\s+/iu;

// A cell rarely ends on a word that needs what follows ("của", "và", "các", "với"), compared with
// its accents ("cơ sở" may end a cell, "cơ" may not), nor on the first word of a unit's name.
const OPEN_ENDINGS = new Set([
  'của', 'và', 'các', 'với', 'về', 'để', 'tại', 'theo', 'cho', 'từ', 'đến', 'được', 'là', 'những',
  'hoặc', 'ở', 'trong', 'thực', 'kết', 'chuyên', 'kế', 'báo', 'cơ', 'văn', 'phòng', 'công', 'tham',
  'phối', 'chủ', 'nhà', 'đơn', 'giải', 'nhân', 'thuộc', 'phục', 'địa', 'trên', 'bằng', 'nhằm', 'khi',
  'nếu', 'như',
]); // prettier-ignore
// The capitalised first word of a unit's name ("Sở", "VP"); "cơ sở" in lower case may end a cell.
const DANGLING_HEADS = new Set([
  'VP',
  'CC',
  'CB',
  'UBND',
  'HĐND',
  'Sở',
  'Ủy',
  'Uỷ',
  'Phòng',
  'Văn',
  'Trung',
]);

// A cell does not start with the place of the name before it ("… UBND / Huyện và …").
const LEVEL_START = /^(?:huyện|xã|tỉnh|thị|phường|quận)$/iu;

/** Đầu ô kém: how unlikely a cell starts with `word` — after a mid-line cut, a lower-case word, a bracket or a comma. */
export function startPenalty(word: string, atLineStart: boolean): number {
  let penalty = atLineStart ? 0 : 0.8;
  const first = word[0] ?? '';
  if (first === '(' || first === ',' || first === ';' || first === ')') penalty += 2;
  else if (/\p{Ll}/u.test(first)) penalty += 1.5;
  if (LEVEL_START.test(word.normalize('NFC').replace(/[^\p{L}]/gu, ''))) penalty += 1;
  return penalty;
}

/** Cuối ô kém: a cell ending on a comma, a dash or a word that needs the next ("của", "và"). */
export function endPenalty(lastWord: string): number {
  if (/[,\-–(&/]$/.test(lastWord)) return 1.2;
  const word = lastWord.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
  return OPEN_ENDINGS.has(word.toLowerCase()) || DANGLING_HEADS.has(word) ? 1 : 0;
}

const EMPTY_SCORE: Readonly<Record<ColumnKind, number>> = {
  number: 0,
  content: -8,
  solution: -1.5,
  lead: -1.2,
  coordinating: -0.4,
  output: -0.8,
  timeframe: -0.8,
  note: 0,
  score: 0,
  other: 0,
};

/** Đánh giá ô: the fit of `text` (`words` of it) as a cell of `kind`; empty text gets the kind's cost of being left blank. */
export function fitCell(
  kind: ColumnKind,
  text: string,
  words: number,
  tools: { units: UnitMatcher; year: number | null },
): CellFit {
  if (words === 0) return { score: EMPTY_SCORE[kind], accepted: kind !== 'content' };
  // Folded only for the kinds that read words: the unit kinds fold inside the matcher.
  const fold = () => foldVietnamese(text);
  switch (kind) {
    case 'timeframe': {
      const reading = parseTimeframe(text, tools.year ? { defaultYear: tools.year } : {});
      const read = reading.kind !== 'unknown' && reading.kind !== 'not_stated';
      const base = read ? 3 : TIMEFRAME_WORDS.test(fold()) ? 0.6 : -0.3 * words;
      return { score: base - Math.max(0, words - 10) * 0.5, accepted: read };
    }
    case 'lead':
      // "Đề nghị Ủy ban MTTQ…": a request names its unit after the verb.
      return fitUnits(text.replace(REQUEST_VERB, ''), words, tools.units);
    case 'coordinating':
      return fitUnits(text, words, tools.units);
    case 'output': {
      const folded = fold();
      const named = OUTPUT_START.test(folded) || FIGURE_OUTPUT.test(folded);
      const base = named ? 1.5 : -0.1 * words;
      return { score: base + (words <= 8 ? 0.3 : -0.25 * (words - 8)), accepted: named };
    }
    case 'content':
    case 'solution':
      return { score: words <= 2 ? -1 : 0.05 * Math.min(words, 60), accepted: words > 2 };
    case 'note':
      return { score: 0.3 - 0.4 * words, accepted: words <= 6 };
    default:
      return { score: -0.2 * words, accepted: true };
  }
}

function fitUnits(text: string, words: number, units: UnitMatcher): CellFit {
  const matches = units.manyLenient(text);
  let score = 0;
  let accepted = matches.length > 0;
  for (const match of matches) {
    const size = match.text.split(/\s+/).length;
    const reading = match.reading ?? (match.organisationId ? 'unit' : 'unmatched');
    // Each word a unit name explains counts, so a unit cell keeps its whole name.
    // A name read only from its first words earns no credit for the words after it.
    if (match.leadingName) score += 0.8;
    else if (reading === 'unit' || reading === 'group') score += 1 + match.confidence + 0.15 * size;
    else if (reading === 'generic') score += size <= 6 ? 1.2 : 0.6;
    else if (reading === 'ambiguous') score += 1;
    // An unknown name still reads as one when it starts like a unit, with a capital, and is short.
    else if (match.unitLike && /^\p{Lu}/u.test(match.text) && size <= 8) score += 0.6;
    else {
      score -= 0.4 * size;
      accepted = false;
    }
  }
  return { score: score - Math.max(0, words - 20) * 0.3, accepted };
}
