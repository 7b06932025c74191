// Đối chiếu tổng điểm in trong tệp: the rule that keeps a results import from silently writing
// zeros or a total nobody published. A printed figure agrees with the recomputed one when the
// recomputed value, rounded to the decimals the file prints, equals it — that is, within half a
// unit of its last printed decimal: ±0,005 for "88,09", ±0,05 for "88,1", ±0,5 for "88". A unit
// whose total comes to 0, or that has no score at all, is refused too: an empty cell is
// "chưa có điểm", never 0, so a zero total almost always means a column read wrongly.
import type { RolledUpResult } from './roll-up';

/** Số in trong tệp: a printed figure and how many decimals the file shows for it. */
export interface PrintedFigure {
  value: number;
  decimals: number;
}

/** Các tổng in trong tệp for one unit: total score, index %, and subtotals by node code. */
export interface PrintedTotals {
  score?: PrintedFigure;
  indexPercent?: PrintedFigure;
  nodes?: Record<string, PrintedFigure>;
}

/** The most decimals a printed figure is read with (points are kept to 4, see points.ts). */
const MAX_PRINTED_DECIMALS = 4;

/** Số chữ số thập phân of a number as typed: 88.09 → 2, 88.1 → 1, 88 → 0 (at most 4). */
export function decimalsOf(value: number): number {
  for (let decimals = 0; decimals < MAX_PRINTED_DECIMALS; decimals++) {
    const scale = 10 ** decimals;
    if (Math.abs(Math.round(value * scale) / scale - value) < 1e-9) return decimals;
  }
  return MAX_PRINTED_DECIMALS;
}

/**
 * Số chữ số thập phân in ra of a number typed as text: "88,10" → 2 (the trailing zero counts,
 * unlike the number 88.1), "1.234" (Vietnamese thousands) → 0, "88" → 0.
 */
export function printedDecimals(text: string, value: number): number {
  const match = /^(.*?)[.,](\d+)\s*%?$/.exec(text.trim());
  if (!match) return decimalsOf(value);
  const whole = (match[1] ?? '').replace(/\D/g, '') || '0';
  const digits = match[2] ?? '';
  // "1.234" was read as 1234: the dot grouped thousands, so no decimal is printed.
  if (Math.abs(Number(`${whole}.${digits}`) - Math.abs(value)) > 1e-9) return decimalsOf(value);
  return Math.min(digits.length, MAX_PRINTED_DECIMALS);
}

/** Sai số làm tròn: half a unit of the last printed decimal (0,005 at two decimals). */
export function printedTolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** Khớp: the recomputed figure, rounded to the printed decimals, gives the printed one. */
export function agreesWithPrinted(printed: PrintedFigure, computed: number): boolean {
  return Math.abs(computed - printed.value) <= printedTolerance(printed.decimals) + 1e-9;
}

const formatters = new Map<number, Intl.NumberFormat>();

/** "61,20": a number with exactly `decimals` decimals, Vietnamese separators. */
function formatFixed(value: number, decimals: number): string {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: 'negative',
    });
    formatters.set(decimals, formatter);
  }
  return formatter.format(value);
}

/** Compared figures are shown with the file's decimals, and at least two. */
const shownDecimals = (printed: PrintedFigure) => Math.max(2, printed.decimals);

function disagreement(what: string, printed: PrintedFigure, computed: number, inFile: string) {
  const decimals = shownDecimals(printed);
  const gap = formatFixed(Math.abs(computed - printed.value), decimals);
  return `${what} tính được ${formatFixed(computed, decimals)} khác ${inFile} ${formatFixed(printed.value, decimals)} (chênh ${gap})`;
}

/** Lỗi tổng điểm: which figure it is about ('score', 'indexPercent', a node code; null: the unit's scores), and why. */
export interface TotalProblem {
  figure: string | null;
  message: string;
}

/**
 * Lỗi tổng điểm của một đơn vị khi nhập tệp, in Vietnamese, each blocking the import: no score at
 * all, a total of 0, and a printed total, index or subtotal the recomputed one disagrees with
 * beyond rounding ("Tổng điểm tính được 61,20 khác tổng trong tệp 88,09 (chênh 26,89)").
 */
export function importTotalProblems(
  rolledUp: RolledUpResult,
  printed: PrintedTotals,
  scoredEntries: number,
): TotalProblem[] {
  if (scoredEntries === 0) {
    return [
      {
        figure: null,
        message:
          'Chưa có điểm nào: mọi ô điểm của đơn vị đều trống (ô trống là «chưa có điểm», không phải 0). Điền điểm hoặc xoá đơn vị khỏi tệp.',
      },
    ];
  }
  const problems: TotalProblem[] = [];
  const add = (figure: string | null, message: string) => problems.push({ figure, message });
  const { totals } = rolledUp;
  const unfinished = (state: string) =>
    state === 'scored' ? '' : ' (còn tiêu chí chưa có điểm nên chưa tính đủ)';
  if (totals.score === 0) {
    add(
      null,
      'Tổng điểm bằng 0: kiểm tra lại cột điểm (mọi tiêu chí đều 0 điểm; ô trống là «chưa có điểm», không phải 0).',
    );
  }
  if (printed.score && !agreesWithPrinted(printed.score, totals.score)) {
    add(
      'score',
      `${disagreement('Tổng điểm', printed.score, totals.score, 'tổng trong tệp')}${unfinished(totals.scoreState)}.`,
    );
  }
  const index = printed.indexPercent;
  if (index && (totals.indexPercent === null || !agreesWithPrinted(index, totals.indexPercent))) {
    add(
      'indexPercent',
      totals.indexPercent === null
        ? `Chỉ số trong tệp là ${formatFixed(index.value, shownDecimals(index))} nhưng chưa tính được chỉ số vì còn lĩnh vực chưa có điểm.`
        : `${disagreement('Chỉ số (%)', index, totals.indexPercent, 'chỉ số trong tệp')}.`,
    );
  }
  const nodesByCode = new Map(rolledUp.nodes.map((node) => [node.code, node]));
  for (const [code, figure] of Object.entries(printed.nodes ?? {})) {
    const node = nodesByCode.get(code);
    if (!node || agreesWithPrinted(figure, node.score)) continue;
    add(
      code,
      `${disagreement(`Điểm «${code}»`, figure, node.score, 'điểm trong tệp')}${unfinished(node.scoreState)}.`,
    );
  }
  return problems;
}
