import { formatViNumber } from '../shared/vi-format';
import { TARGET_COMPARATOR_SYMBOLS, type PlanTarget } from './plan';

/**
 * Chỉ tiêu thành chữ: "Chỉ số CCHC ≥ 85%", "Tỷ lệ hồ sơ đúng hạn ≥ 98%", "Xếp hạng Chỉ số CCHC
 * thuộc nhóm 8 huyện dẫn đầu". A "%" sticks to the number; other units take a space.
 */
export function formatTargetText(target: PlanTarget): string {
  const value = formatViNumber(target.value);
  const unit = target.unit.trim();
  if (target.comparator === 'top_group') {
    return `${target.metric.trim()} thuộc nhóm ${value}${unit ? ` ${unit}` : ''} dẫn đầu`;
  }
  const amount = unit === '%' ? `${value}%` : unit ? `${value} ${unit}` : value;
  return `${target.metric.trim()} ${TARGET_COMPARATOR_SYMBOLS[target.comparator]} ${amount}`;
}

/** Kết quả năm trước: the index and rank the default targets start from. */
export interface PreviousStanding {
  /** Tên chỉ số, e.g. "Chỉ số CCHC". */
  indexName: string;
  /** Last year's index (0–100), or null when there was none. */
  index: number | null;
  /** Last year's rank among `peerCount` peers of `peerLabel` ("huyện", "sở, ngành"), or null. */
  rank: number | null;
  peerCount: number;
  peerLabel: string;
}

/**
 * Chỉ tiêu mặc định: "Chỉ số … năm {year} ≥ last year's index" (never below last year) and
 * "Xếp hạng … thuộc nhóm {rank} {peers} dẫn đầu" (keep at least last year's rank); nothing for
 * what is unknown. The user edits them before issuing.
 */
export function defaultTargets(year: number, standing: PreviousStanding): PlanTarget[] {
  const targets: PlanTarget[] = [];
  if (standing.index !== null) {
    targets.push({
      metric: `${standing.indexName} năm ${year}`,
      comparator: 'gte',
      value: Math.round(standing.index * 100) / 100,
      unit: '%',
    });
  }
  if (standing.rank !== null && standing.peerCount > 0) {
    targets.push({
      metric: `Xếp hạng ${standing.indexName} năm ${year}`,
      comparator: 'top_group',
      value: standing.rank,
      unit: standing.peerLabel,
    });
  }
  return targets;
}
