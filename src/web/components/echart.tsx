/**
 * Biểu đồ: an ECharts chart on a div (echarts/core, loaded on first use with only the chart kinds
 * its option draws, so a page fetches no chart code until it shows a chart), resized
 * with its container and disposed on unmount; with `table`, a "Bảng dữ liệu" switch shows the same
 * figures as a table for readers who cannot use the chart. Every option passes through
 * `localiseChartOption`, so ticks, labels and tooltips show "4,92", never "4.92".
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Flex, Segmented } from 'antd';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { chartKindsOf } from '@web/lib/echarts/chart-kinds';
import { loadECharts } from '@web/lib/echarts/load-echarts';
import { localiseChartOption } from '@web/lib/chart-format';

/** 165 mm (A4 less the print stylesheet's side margins) at 96 px an inch. */
const A4_TEXT_WIDTH_PX = 620;

interface EChartProps {
  /** The chart's option (built by a pure function, so it can be tested without a browser). */
  option: EChartsCoreOption;
  height?: number;
  /** Accessible name of the chart. */
  ariaLabel: string;
  /** The same figures as a table, offered by a Biểu đồ / Bảng dữ liệu switch. */
  table?: { content: ReactNode; chartLabel: string; tableLabel: string };
  testId?: string;
  /** Called with the clicked item's `data` (e.g. to open what a heatmap cell stands for). */
  onItemClick?: (data: unknown) => void;
}

export function EChart({
  option,
  height = 320,
  ariaLabel,
  table,
  testId,
  onItemClick,
}: EChartProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {table && (
        <Segmented
          size="small"
          style={{ alignSelf: 'flex-end' }}
          value={view}
          onChange={(value) => setView(value)}
          options={[
            { value: 'chart' as const, label: table.chartLabel },
            { value: 'table' as const, label: table.tableLabel },
          ]}
        />
      )}
      {view === 'chart' || !table ? (
        <ChartCanvas
          option={option}
          height={height}
          ariaLabel={ariaLabel}
          onItemClick={onItemClick}
        />
      ) : (
        table.content
      )}
    </Flex>
  );
}

function ChartCanvas({
  option,
  height,
  ariaLabel,
  onItemClick,
}: {
  option: EChartsCoreOption;
  height: number;
  ariaLabel: string;
  onItemClick: ((data: unknown) => void) | undefined;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);
  // The latest handler, read at click time, so a new function each render needs no re-binding.
  const clickHandler = useRef(onItemClick);
  useEffect(() => {
    clickHandler.current = onItemClick;
  }, [onItemClick]);

  // The chart kinds the option draws (e.g. "bar,line"). An ECharts instance takes the layouts and
  // visuals registered when it is created, so the kinds load *before* init, and an option that
  // needs another kind creates a new instance rather than drawing without its layout.
  const kinds = chartKindsOf(option).join(',');
  const latestOption = useRef(option);
  latestOption.current = option;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let unmounted = false;
    let release = () => {};
    // ECharts arrives in its own chunks; an unmount before they land leaves nothing to undo.
    void loadECharts(latestOption.current).then((echarts) => {
      if (unmounted) return;
      // SVG rather than canvas: sharp on paper (Print) and its text is in the page, readable by
      // assistive tools and by the browser journeys.
      const instance = echarts.init(element, null, { renderer: 'svg' });
      instance.on('click', (params) => clickHandler.current?.(params.data));
      const observer = new ResizeObserver(() => instance.resize());
      observer.observe(element);
      // On paper the chart is redrawn at the A4 text width (210 mm less 30 + 15 mm margins), then
      // back at the screen's: a chart drawn for a wide screen would otherwise run off the page.
      const fitPage = () => instance.resize({ width: A4_TEXT_WIDTH_PX });
      const fitScreen = () => instance.resize();
      window.addEventListener('beforeprint', fitPage);
      window.addEventListener('afterprint', fitScreen);
      release = () => {
        window.removeEventListener('beforeprint', fitPage);
        window.removeEventListener('afterprint', fitScreen);
        observer.disconnect();
        instance.dispose();
      };
      setChart(instance);
    });
    return () => {
      unmounted = true;
      release();
      setChart(null);
    };
  }, [kinds]);

  useEffect(() => {
    if (!chart) return;
    chart.setOption(localiseChartOption(option), { notMerge: true });
  }, [chart, option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      data-testid="echart"
      style={{ width: '100%', height }}
    />
  );
}
