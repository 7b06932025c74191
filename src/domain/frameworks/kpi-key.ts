// Mã KPI của tiêu chí: which dossier KPI (kpis/kpi-definitions.ts) a criterion reads, and the
// checks on it — a known key, on a leaf scored by a ratio (its inputs are a count over a count, or
// a percent), since only such a rule turns a KPI into points.
import { KPI_DEFINITIONS, kpiByKey } from '../kpis/kpi-definitions';
import type { FrameworkNode } from './framework';

/** True when `key` names a shipped KPI. */
export const isKnownKpiKey = (key: string): boolean => kpiByKey(key) !== undefined;

/** Danh sách mã KPI hợp lệ, as a Vietnamese list for error messages ("on_time (Tỷ lệ …), …"). */
export function knownKpiKeysText(): string {
  return KPI_DEFINITIONS.map((kpi) => `${kpi.key} (${kpi.label})`).join(', ');
}

/** Why `key` is not a shipped KPI key (Vietnamese), or null when it is. */
export function unknownKpiKeyProblem(key: string): string | null {
  return isKnownKpiKey(key)
    ? null
    : `mã KPI «${key}» không có trong danh sách KPI; dùng một trong: ${knownKpiKeysText()}.`;
}

/**
 * Why a node's `kpiKey` cannot stand (Vietnamese, without the node's name), or null when it fits
 * or the node has none: the key must be known and the node a leaf scored «Theo tỷ lệ» or «Theo tỷ
 * lệ, đạt ngưỡng…» (a KPI is a percentage; no other rule reads one).
 */
export function kpiKeyProblem(
  node: Pick<FrameworkNode, 'kpiKey' | 'rule'>,
  isLeaf: boolean,
): string | null {
  if (node.kpiKey === undefined) return null;
  if (typeof node.kpiKey !== 'string' || node.kpiKey.trim() === '') {
    return 'mã KPI để trống: bỏ hẳn trường này nếu tiêu chí không đọc KPI.';
  }
  const unknown = unknownKpiKeyProblem(node.kpiKey);
  if (unknown) return unknown;
  if (!isLeaf)
    return `mã KPI «${node.kpiKey}» chỉ đặt ở tiêu chí được chấm, không đặt ở tiêu chí có tiêu chí con.`;
  if (node.rule?.type !== 'ratio' && node.rule?.type !== 'ratio_threshold') {
    return `mã KPI «${node.kpiKey}» chỉ dùng cho tiêu chí chấm theo tỷ lệ (có hoặc không có ngưỡng).`;
  }
  return null;
}
