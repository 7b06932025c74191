// Plumbing: ECharts core with what every chart of this app needs — the SVG renderer, tooltip and
// legend. Chart kinds (cột, đường, bản đồ nhiệt, radar) register themselves in their own modules,
// loaded by `loadECharts` only when a chart of that kind is drawn.
import * as echarts from 'echarts/core';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([SVGRenderer, TooltipComponent, LegendComponent]);

export { echarts };
