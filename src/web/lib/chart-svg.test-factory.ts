// Plumbing for web tests: draws an ECharts option to SVG in Node (server-side rendering, no DOM)
// through the same localisation as the EChart component, and returns the texts on the picture.
import { echarts } from './echarts/all-charts.test-factory';
import { localiseChartOption } from './chart-format';

/** Every <text> drawn for `option` (as the EChart component would draw it unless `raw`). */
export function renderChartTexts(option: object, { raw = false } = {}): string[] {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 480 });
  try {
    chart.setOption({ ...(raw ? option : localiseChartOption(option)), animation: false });
    const svg = chart.renderToSVGString();
    return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');
  } finally {
    chart.dispose();
  }
}

/** A number written the English way: a digit, a dot, a digit ("4.92"). */
export const ENGLISH_DECIMAL = /\d\.\d/;
