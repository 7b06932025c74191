/**
 * Biểu đồ tiến độ: completion by unit, overdue tasks by unit, the completion trend and points at
 * stake by area of a reporting overview, as ECharts options (plain objects, no echarts import).
 */
import type { ReportingOverview } from '@contract/reports';
import { formatChartPercent } from '@web/lib/chart-format';

type Completion = ReportingOverview['completionByUnit'][number];

/**
 * Tỷ lệ hoàn thành của kế hoạch: done ÷ total over the areas (every task has one area, so the
 * areas add up to the plan), one decimal; null without tasks.
 */
export function computeTotalCompletion(byArea: readonly Completion[]): number | null {
  const total = byArea.reduce((sum, row) => sum + row.total, 0);
  const done = byArea.reduce((sum, row) => sum + row.done, 0);
  return total === 0 ? null : Math.round((done / total) * 1000) / 10;
}

/** Height in pixels for a horizontal bar chart of `count` bars. */
export function horizontalBarHeight(count: number): number {
  // 40 px a bar leaves room for a name broken over two lines.
  return Math.max(160, 40 * count + 64);
}

/** A data label "4,8%" from ECharts' label parameters. */
const percentLabel = (params: { value?: unknown }) => formatChartPercent(params.value);

// Grids keep their axis labels inside with outerBounds 'same' + 'axisLabel': ECharts 6's form of
// the old containLabel, which now needs a legacy module.

/** Horizontal bars of % done per unit (0–100; a unit without tasks has no bar). */
export function buildCompletionByUnitOption(rows: readonly Completion[], seriesName: string) {
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: formatChartPercent,
    },
    grid: {
      left: 8,
      right: 56,
      top: 16,
      bottom: 24,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: formatChartPercent } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      // Long unit names wrap onto a second line instead of running into the bars.
      axisLabel: { width: 160, overflow: 'break' },
    },
    series: [
      {
        name: seriesName,
        type: 'bar',
        data: rows.map((row) => row.percent),
        itemStyle: { color: '#52c41a' },
        label: { show: true, position: 'right', formatter: percentLabel },
      },
    ],
  };
}

/** Horizontal bars of overdue tasks per unit, the most overdue first. */
export function buildOverdueOption(rows: ReportingOverview['overdueByUnit'], seriesName: string) {
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: {
      left: 8,
      right: 40,
      top: 16,
      bottom: 24,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sorted.map((row) => row.organisation.name),
      axisLabel: { width: 160, overflow: 'break' },
    },
    series: [
      {
        name: seriesName,
        type: 'bar',
        data: sorted.map((row) => row.count),
        itemStyle: { color: '#cf1322' },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** Line of % done over the periods due so far, 0–100. */
export function buildTrendOption(trend: ReportingOverview['trend'], seriesName: string) {
  return {
    tooltip: { trigger: 'axis', valueFormatter: formatChartPercent },
    grid: { left: 56, right: 24, top: 24, bottom: 32 },
    xAxis: { type: 'category', boundaryGap: false, data: trend.map((point) => point.label) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: formatChartPercent } },
    series: [
      {
        name: seriesName,
        type: 'line',
        data: trend.map((point) => point.percentDone),
        symbolSize: 8,
        label: { show: true, position: 'top', formatter: percentLabel },
      },
    ],
  };
}

/**
 * Stacked horizontal bars per area: points at stake already recovered (green) under those still
 * open (red); the area names on the y axis, broken over lines rather than overlapping.
 */
export function buildPointsByAreaOption(
  rows: readonly Completion[],
  names: { recovered: string; open: string },
) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, data: [names.recovered, names.open] },
    grid: {
      left: 8,
      right: 24,
      top: 16,
      bottom: 40,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      axisLabel: { width: 180, overflow: 'break' },
    },
    series: [
      {
        name: names.recovered,
        type: 'bar',
        stack: 'points',
        data: rows.map((row) => row.recoveredPointsAtStake),
        itemStyle: { color: '#52c41a' },
      },
      {
        name: names.open,
        type: 'bar',
        stack: 'points',
        data: rows.map((row) => row.openPointsAtStake),
        itemStyle: { color: '#ff7875' },
      },
    ],
  };
}
