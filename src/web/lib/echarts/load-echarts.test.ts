import { describe, expect, it } from 'vitest';
import { loadECharts } from './load-echarts';

/** Draws `option` to SVG in Node with the ECharts that `loadECharts(option)` returned. */
async function drawnSvg(option: object): Promise<string> {
  const echarts = await loadECharts(option);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

describe('loadECharts', () => {
  it('registers the kinds an option draws, so its series appear on the picture', async () => {
    const svg = await drawnSvg({
      xAxis: { type: 'category', data: ['Quý I', 'Quý II'] },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [3, 5] }],
    });
    // The category axis (grid) and one bar path per value.
    expect(svg).toContain('Quý II');
    expect(svg.match(/<path[^>]*d="M/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('draws a radar once its kind is loaded', async () => {
    const svg = await drawnSvg({
      radar: {
        indicator: [
          { name: 'Lĩnh vực 1', max: 10 },
          { name: 'Lĩnh vực 2', max: 10 },
          { name: 'Lĩnh vực 3', max: 10 },
        ],
      },
      series: [{ type: 'radar', data: [{ value: [4, 6, 8], name: 'Đơn vị' }] }],
    });
    expect(svg).toContain('Lĩnh vực 3');
  });
});
