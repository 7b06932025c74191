// Đọc chỉ tiêu: the sentences under "CHỈ TIÊU" and the target-like ones of "MỤC ĐÍCH" into the
// target kinds of plan-targets.ts — "đạt từ 85% trở lên" (number), "nằm trong nhóm 8 huyện …
// cao" (rank_top), "tăng ít nhất 3 bậc" (rank_up), "không giảm bậc", "cao hơn năm trước",
// "đạt loại Tốt" (grade), "có điểm thưởng", "100% chỉ số thành phần đạt …" (subindex_share);
// a sentence with none of them is a free-text target. A sentence may hold several.
import type { IndexKind } from '../../frameworks/index-kind';
import { parseViNumber } from '../../shared/vi-format';
import type { NumberComparator, PlanTarget, TargetKind } from '../plan-targets';
import { newTarget } from '../plan-targets';
import { indexKindsNamed } from './detect-index-kind';
import type { ImportFramework, Provenance } from './imported-plan';
import { spansOf, type Paragraph } from './paragraph';

/** Chỉ tiêu đọc được, with provenance keyed "target:<id>". */
export interface TargetsReading {
  targets: PlanTarget[];
  provenance: Record<string, Provenance>;
}

interface Found {
  kind: TargetKind;
  at: number;
  end: number;
  comparator?: NumberComparator;
  value?: number | null;
  unit?: string;
  grade?: string;
  sharePercent?: number;
}

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
/** "X% chỉ số thành phần đạt (từ) Y% (trở lên)". */
const SUBINDEX_SHARE = new RegExp(
  `${NUMBER}\\s*%\\s*(?:các\\s+)?(?:chỉ số|tiêu chí) thành phần[^.;]*?(?:đạt|có điểm)\\s*(từ|trên|ít nhất|tối thiểu)?\\s*${NUMBER}\\s*(%|điểm)(\\s*trở lên)?`,
  'giu',
);
/** "(đạt) (từ) 85% (trở lên)", "không dưới 90 điểm", "tối đa 5%"; not a score "0,4/0,5 điểm". */
const AMOUNT = new RegExp(
  `(từ|trên|ít nhất|tối thiểu|không thấp hơn|không dưới|dưới|không quá|tối đa|không vượt quá)?\\s*(?<![\\d/.,])${NUMBER}\\s*(%|điểm)(?![\\d/])(\\s*trở lên|\\s*trở xuống)?`,
  'giu',
);
const RANK_TOP = /(?:nhóm|tốp|top)\s+(\d+)\s+([\p{L}]+)?|xếp (?:thứ|hạng)\s+(\d+)/giu;
const RANK_UP = /tăng\s+(?:ít nhất\s+|tối thiểu\s+|từ\s+)?(\d+)\s+(?:bậc|hạng)/giu;
const RANK_NOT_DOWN = /không\s+(?:bị\s+)?(?:giảm|tụt)\s+(?:bậc|hạng)/giu;
const ABOVE_LAST_YEAR = /cao hơn\s+(?:so với\s+)?(?:kết quả\s+)?năm\s+(?:trước|\d{4})/giu;
const GRADE = /(?:đạt|xếp)\s+loại\s+(Xuất sắc|Tốt|Khá|Trung bình|Yếu|A|B|C|D)/gu;
const BONUS = /(?:có|đạt)\s+điểm thưởng/giu;

/** Verbs that open a target sentence and are not part of what is measured. */
const LEADING_VERBS =
  /^(?:(?:tiếp tục|phấn đấu|duy trì|đảm bảo|bảo đảm|giữ vững|để|và|hoặc|trong đó|cụ thể)(?:[\s,:]+|$))+/iu;

/** Đọc chỉ tiêu: numbers with comparators, ranks, grades → the target kinds; anything else free text. */
export function readTargets(
  paragraphs: readonly Paragraph[],
  ctx: { frameworks: readonly ImportFramework[]; year: number | null },
): TargetsReading {
  const targets: PlanTarget[] = [];
  const provenance: Record<string, Provenance> = {};
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph.text)) {
      const found = findTargets(sentence);
      let lastMetric = '';
      let lastKinds: IndexKind[] = [];
      const add = (fields: Omit<Partial<PlanTarget>, 'id'>, kinds: IndexKind[], sure: number) => {
        const id = `g${targets.length + 1}`;
        const frameworkId = frameworkFor(kinds, ctx);
        targets.push(newTarget({ id, metric: '', kind: 'free_text', ...fields, frameworkId }));
        provenance[`target:${id}`] = {
          confidence: sure,
          source: spansOf([paragraph]),
          flags: sure < 0.6 ? ['low_confidence'] : [],
        };
      };
      if (found.length === 0) {
        add({ metric: stripLeading(sentence) }, indexKindsNamed(sentence), 0.5);
        continue;
      }
      found.forEach((item, index) => {
        const from = index === 0 ? 0 : found[index - 1]!.end;
        let metric = metricBefore(sentence.slice(from, item.at));
        if (metric === '' && item.kind === 'number') metric = metricAfter(sentence.slice(item.end));
        let kinds = indexKindsNamed(metric);
        if (kinds.length === 0 && lastMetric && /^(Chỉ số|chỉ số)/u.test(metric || 'Chỉ số')) {
          // "… hoặc Chỉ số của năm sau phải cao hơn năm trước": the index named just before.
          metric = lastMetric;
          kinds = lastKinds;
        }
        lastMetric = metric;
        lastKinds = kinds;
        const { at: _at, end: _end, ...fields } = item;
        add({ ...fields, metric }, kinds, metric ? 0.8 : 0.55);
      });
    }
  }
  return { targets, provenance };
}

/** Câu: a paragraph split at full stops followed by a capital ("… 100%. Nâng cao …"). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}-])/u)
    .map((sentence) => sentence.replace(/[.;\s]+$/, '').trim())
    .filter((sentence) => sentence !== '');
}

function findTargets(sentence: string): Found[] {
  const found: Found[] = [];
  const taken = (at: number, end: number) => found.some((item) => at < item.end && end > item.at);
  const collect = (
    pattern: RegExp,
    make: (match: RegExpExecArray) => Omit<Found, 'at' | 'end'>,
  ) => {
    for (const match of sentence.matchAll(pattern)) {
      const at = match.index;
      const end = at + match[0].length;
      if (!taken(at, end)) found.push({ ...make(match), at, end });
    }
  };
  collect(SUBINDEX_SHARE, (match) => ({
    kind: 'subindex_share',
    sharePercent: parseViNumber(match[1]!) ?? 100,
    comparator: comparatorOf(match[2], match[5]),
    value: parseViNumber(match[3]!),
    unit: match[4] === '%' ? '%' : 'điểm',
  }));
  collect(RANK_UP, (match) => ({ kind: 'rank_up', value: Number(match[1]) }));
  collect(RANK_NOT_DOWN, () => ({ kind: 'rank_not_down' }));
  collect(RANK_TOP, (match) => ({
    kind: 'rank_top',
    value: Number(match[1] ?? match[3]),
    unit: match[2] ?? '',
  }));
  collect(ABOVE_LAST_YEAR, () => ({ kind: 'above_last_year' }));
  collect(GRADE, (match) => ({ kind: 'grade', grade: match[1]! }));
  collect(BONUS, () => ({ kind: 'bonus' }));
  collect(AMOUNT, (match) => ({
    kind: 'number',
    comparator: comparatorOf(match[1], match[4]),
    value: parseViNumber(match[2]!),
    unit: match[3] === '%' ? '%' : 'điểm',
  }));
  return found.sort((a, b) => a.at - b.at);
}

function comparatorOf(before: string | undefined, after: string | undefined): NumberComparator {
  const word = (before ?? '').toLocaleLowerCase('vi');
  if (/trở xuống/u.test(after ?? '') || /không quá|tối đa|không vượt quá/u.test(word)) return 'lte';
  if (word === 'dưới') return 'lt';
  if (word === 'trên') return 'gt';
  return 'gte';
}

/**
 * Tên chỉ tiêu before the amount: the clause holding it, without the opening verb and the
 * "đạt …" that leads to the number ("Phấn đấu Chỉ số CCHC của Lấp Vò năm 2024 đạt chỉ số tổng
 * hợp đạt" → "Chỉ số CCHC của Lấp Vò năm 2024").
 */
function metricBefore(text: string): string {
  const clauses = text.split(
    /;|,\s+(?=(?:duy trì|phấn đấu|đảm bảo|bảo đảm|giữ vững|nâng cao|tăng|tiếp tục)\s)|\s+hoặc\s+/iu,
  );
  let metric = clauses.at(-1) ?? '';
  metric = metric.replace(/\s+(phải|sẽ)\s*$/u, '');
  const reach = /\s(đạt|nằm trong|nằm ở|thuộc|đứng trong|xếp|ở mức|là)(\s|$)/u.exec(metric);
  if (reach) metric = metric.slice(0, reach.index);
  return stripLeading(metric);
}

/** Tên chỉ tiêu after a leading amount: "Duy trì 100% hoạt động … trên môi trường mạng". */
function metricAfter(text: string): string {
  return stripLeading(text.split(/[;]/)[0] ?? '');
}

function stripLeading(text: string): string {
  const stripped = text
    .trim()
    .replace(/^[-+•*]\s*/, '')
    .replace(LEADING_VERBS, '')
    .replace(/[\s,:;.]+$/u, '')
    .trim();
  return stripped ? stripped[0]!.toLocaleUpperCase('vi') + stripped.slice(1) : '';
}

/** Bộ chỉ số of the one index kind the metric names, of the plan's year (the latest when the year is unknown); null when there is none. */
function frameworkFor(
  kinds: readonly IndexKind[],
  ctx: { frameworks: readonly ImportFramework[]; year: number | null },
): string | null {
  if (kinds.length !== 1) return null;
  const ofKind = ctx.frameworks.filter((framework) => framework.indexKind === kinds[0]);
  const pick = ctx.year === null ? ofKind : ofKind.filter((item) => item.year === ctx.year);
  return pick.length ? [...pick].sort((a, b) => b.year - a.year)[0]!.id : null;
}
