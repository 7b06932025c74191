// Plumbing: loads ECharts core and the chart kinds an option draws, each in its own chunk, on
// first use (the modules cache themselves: a second chart of a kind costs no request). Call it
// before `echarts.init`: an instance keeps the layouts and visuals registered when it was made.
import type { echarts } from './core';
import { chartKindsOf, type ChartKind } from './chart-kinds';

const KIND_MODULES: Record<ChartKind, () => Promise<unknown>> = {
  bar: () => import('./bar-chart'),
  line: () => import('./line-chart'),
  heatmap: () => import('./heatmap-chart'),
  radar: () => import('./radar-chart'),
};

/** ECharts with every chart kind `option` needs registered. */
export async function loadECharts(option: object): Promise<typeof echarts> {
  const [core] = await Promise.all([
    import('./core'),
    ...chartKindsOf(option).map((kind) => KIND_MODULES[kind]()),
  ]);
  return core.echarts;
}
