/**
 * The chart kinds this app draws and which of them an option needs: pure, so the EChart
 * component loads only those kinds' modules (a page with one bar chart never fetches the heatmap).
 */

/** A chart kind with its own registration module. */
export type ChartKind = 'bar' | 'line' | 'heatmap' | 'radar';

const KINDS: readonly ChartKind[] = ['bar', 'line', 'heatmap', 'radar'];

/**
 * The kinds named by the option's series (`series` one object or a list), each once, in a fixed
 * order. A series type this app has no module for is left out: ECharts then draws nothing for it,
 * as it did before with only these kinds registered.
 */
export function chartKindsOf(option: object): ChartKind[] {
  const { series } = option as { series?: unknown };
  const list: unknown[] = Array.isArray(series) ? series : [series];
  const named = new Set(
    list.map((entry) =>
      entry !== null && typeof entry === 'object' ? (entry as { type?: unknown }).type : undefined,
    ),
  );
  return KINDS.filter((kind) => named.has(kind));
}
