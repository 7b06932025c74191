// Loại sản phẩm: the kind of output a "Sản phẩm"/"Kết quả" cell or clause names by its first
// words, for table and prose tasks alike.
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { OutputKind } from '../plan';

/** A figure as an output: "80% trở lên", "đạt 100%", "100 cơ quan" (folded text). */
export const FIGURE_OUTPUT =
  /^(?:dat |tren |toi thieu |tu )?\d+(?:[.,]\d+)?\s?%|^\d+(?:[.,]\d+)?\s/;

/** Loại sản phẩm: Kế hoạch → plan, Báo cáo → report, Công văn → letter, Quyết định → decision, chuyên mục/bài viết/tin bài → articles, a percentage or number → figure, else other; empty → not stated. */
export function outputKindOf(text: string): OutputKind {
  const folded = foldVietnamese(text)
    .replace(/^cac /, '')
    .replace(/^du thao /, '');
  if (folded === '') return 'not_stated';
  if (folded.startsWith('ke hoach')) return 'plan';
  if (folded.startsWith('bao cao')) return 'report';
  if (folded.startsWith('cong van')) return 'letter';
  if (folded.startsWith('quyet dinh')) return 'decision';
  if (/^(?:chuyen muc|bai viet|tin,? bai)/.test(folded)) return 'articles';
  if (FIGURE_OUTPUT.test(folded)) return 'figure';
  return 'other';
}
