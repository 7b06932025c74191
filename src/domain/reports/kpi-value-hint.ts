// Gợi ý ô số liệu chỉ tiêu: what figure a report's KPI box expects, worded from the target's kind
// and unit — "0–100 %" for a percentage, "Số hồ sơ" for a count of dossiers, "Thứ hạng" for a rank.
import type { PlanTarget } from '../plans/plan-targets';

/** Gợi ý nhập số liệu: the placeholder, the unit shown after the box, and the range a % must stay in. */
export interface KpiValueHint {
  placeholder: string;
  /** Đơn vị after the box ("%", "hồ sơ", "điểm"), empty when the figure has none. */
  suffix: string;
  /** Khoảng hợp lệ of a percentage (0–100), null for other figures. */
  range: { min: number; max: number } | null;
}

const PERCENT: KpiValueHint = { placeholder: '0–100 %', suffix: '%', range: { min: 0, max: 100 } };

/** "hồ sơ" → "Số hồ sơ"; "%" → the percentage hint; "" → "Số liệu". */
function hintForUnit(unit: string): KpiValueHint {
  const trimmed = unit.trim();
  if (trimmed === '%' || /^phần trăm$/i.test(trimmed)) return PERCENT;
  if (trimmed === '') return { placeholder: 'Số liệu đạt được', suffix: '', range: null };
  const lowered = trimmed.toLocaleLowerCase('vi');
  const noun = lowered.startsWith('số ') ? lowered.slice(3) : lowered;
  return { placeholder: `Số ${noun}`, suffix: trimmed, range: null };
}

/**
 * Gợi ý số liệu chỉ tiêu: a number target takes its unit ("≥ 98 %" → "0–100 %", "hồ sơ" → "Số hồ
 * sơ", "điểm" → "Số điểm"); a rank ("thuộc nhóm 8 huyện dẫn đầu", "tăng 3 bậc") asks for the place;
 * a share of sub-indices or a KPI from dossier data for a %; above-last-year, grade and bonus for the score reached.
 */
export function kpiValueHint(target: Pick<PlanTarget, 'kind' | 'unit'>): KpiValueHint {
  switch (target.kind) {
    case 'number':
      return hintForUnit(target.unit);
    case 'rank_top':
    case 'rank_up':
    case 'rank_not_down':
      return { placeholder: 'Thứ hạng (ví dụ 5)', suffix: 'hạng', range: null };
    case 'subindex_share':
    case 'kpi':
      return PERCENT;
    case 'above_last_year':
    case 'grade':
      return { placeholder: 'Điểm đạt được', suffix: target.unit.trim(), range: null };
    case 'bonus':
      return { placeholder: 'Số điểm thưởng', suffix: 'điểm', range: null };
    case 'free_text':
      return hintForUnit(target.unit);
  }
}
