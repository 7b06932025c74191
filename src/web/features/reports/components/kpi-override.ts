/** Điều chỉnh số liệu KPI in the report form: when a kpi target's box needs its reason. */
import { parseViNumber } from '@contract/vi-format';

/**
 * Whether the typed figure is another one than the figure computed from dossier data (compared at
 * two decimals, as the box shows it), an emptied box included; never when nothing was computed.
 */
export function differsFromComputed(typed: string | undefined, computed: number | null): boolean {
  if (computed === null) return false;
  const parsed = typed?.trim() ? parseViNumber(typed) : null;
  return parsed === null || Math.round(parsed * 100) / 100 !== computed;
}
