/**
 * Bản đồ nhiệt nộp báo cáo: the units × periods grid of a reporting overview as ECharts options
 * (plain objects, no echarts import) — units on the y axis in the overview's order (first on top),
 * periods on the x axis, one colour per cell status.
 */
import type { ReportingOverview } from '@contract/reports';
import { PERIOD_CELL_STATUSES, type PeriodCellStatus } from '@contract/report-labels';

/**
 * Màu tình trạng: greens for reports in on time (darker once accepted), amber when late, red when
 * missing past the due day, purple when returned for corrections, blue while being written, grey
 * before the due day.
 */
export const CELL_STATUS_COLOURS: Record<PeriodCellStatus, string> = {
  accepted: '#237804',
  on_time: '#73d13d',
  late: '#faad14',
  missing: '#cf1322',
  returned: '#722ed1',
  in_progress: '#69b1ff',
  not_due: '#d9d9d9',
};

/**
 * Ký hiệu tình trạng: a mark drawn in each cell and beside each legend entry, so that statuses of
 * close colours (the two greens, amber and red) can be told apart without colour, and on a
 * black-and-white print.
 */
export const CELL_STATUS_SYMBOLS: Record<PeriodCellStatus, string> = {
  accepted: '✔',
  on_time: '●',
  late: '▲',
  missing: '✖',
  returned: '↩',
  in_progress: '✎',
  not_due: '–',
};

/** Dark cells take white marks, light ones dark marks (contrast above 4.5:1 on every colour). */
const SYMBOL_COLOURS: Record<PeriodCellStatus, string> = {
  accepted: '#ffffff',
  on_time: '#135200',
  late: '#613400',
  missing: '#ffffff',
  returned: '#ffffff',
  in_progress: '#002c8c',
  not_due: '#595959',
};

/** The text of a cell: its status mark, and the days late after a late mark ("▲ 3"). */
export function cellText(datum: Pick<HeatmapDatum, 'status' | 'daysLate'>): string {
  const symbol = CELL_STATUS_SYMBOLS[datum.status];
  return datum.daysLate && datum.daysLate > 0 ? `${symbol} ${datum.daysLate}` : symbol;
}

/** One heatmap point: [period index, unit index, status index] plus where a click leads. */
export interface HeatmapDatum {
  value: [number, number, number];
  periodKey: string;
  organisationId: string;
  status: PeriodCellStatus;
  daysLate: number | null;
  /** The mark's colour, chosen for contrast with the cell's. */
  label: { color: string };
}

type OverviewGrid = Pick<ReportingOverview, 'periods' | 'units' | 'cells'>;

/** The heatmap's points, one per cell of a known unit and period (others are ignored). */
export function buildHeatmapData(overview: OverviewGrid): HeatmapDatum[] {
  const periodIndex = new Map(overview.periods.map((period, index) => [period.key, index]));
  const unitIndex = new Map(overview.units.map((unit, index) => [unit.id, index]));
  const data: HeatmapDatum[] = [];
  for (const cell of overview.cells) {
    const x = periodIndex.get(cell.periodKey);
    const y = unitIndex.get(cell.organisationId);
    if (x === undefined || y === undefined) continue;
    data.push({
      value: [x, y, PERIOD_CELL_STATUSES.indexOf(cell.status)],
      periodKey: cell.periodKey,
      organisationId: cell.organisationId,
      status: cell.status,
      daysLate: cell.daysLate,
      label: { color: SYMBOL_COLOURS[cell.status] },
    });
  }
  return data;
}

/** The grid as rows for the table view: one row per unit, one status (or null) per period key. */
export function buildHeatmapRows(overview: OverviewGrid) {
  const byUnit = new Map<string, Map<string, OverviewGrid['cells'][number]>>();
  for (const cell of overview.cells) {
    const row = byUnit.get(cell.organisationId) ?? new Map();
    row.set(cell.periodKey, cell);
    byUnit.set(cell.organisationId, row);
  }
  return overview.units.map((unit) => ({
    unit,
    cells: overview.periods.map((period) => byUnit.get(unit.id)?.get(period.key) ?? null),
  }));
}

/** Where a click on a cell leads: the unit's report for the period. */
export function reportPathOf(
  planId: string,
  datum: Pick<HeatmapDatum, 'periodKey' | 'organisationId'>,
) {
  return `/reports/${planId}/${encodeURIComponent(datum.periodKey)}/${datum.organisationId}`;
}

/** True for a value that is a heatmap point (what ECharts hands a click handler as `data`). */
export function isHeatmapDatum(value: unknown): value is HeatmapDatum {
  return (
    typeof value === 'object' && value !== null && 'periodKey' in value && 'organisationId' in value
  );
}

/** Height in pixels that gives every unit a readable row. */
export function heatmapHeight(unitCount: number): number {
  return Math.max(240, 36 * unitCount + 100);
}

/** The legend's entries: each status with its mark, colour and name ("✔ Đã tiếp nhận"). */
export function heatmapLegend(statusLabel: (status: PeriodCellStatus) => string) {
  return PERIOD_CELL_STATUSES.map((status) => ({
    status,
    colour: CELL_STATUS_COLOURS[status],
    text: `${CELL_STATUS_SYMBOLS[status]} ${statusLabel(status)}`,
  }));
}

/** Wording the heatmap needs from the screen's translations. */
export interface HeatmapLabels {
  status: (status: PeriodCellStatus) => string;
  /** "Muộn 3 ngày". */
  daysLate: (days: number) => string;
}

/**
 * The heatmap option: a piecewise visualMap colouring each status (one piece per status, labelled
 * with its mark), each cell showing its mark (and days late), and a tooltip naming unit, period,
 * status and days late.
 */
export function buildHeatmapOption(overview: OverviewGrid, labels: HeatmapLabels) {
  const describe = (datum: HeatmapDatum) => {
    const unit = overview.units[datum.value[1]]?.name ?? '';
    const period = overview.periods[datum.value[0]]?.label ?? '';
    const late =
      datum.daysLate && datum.daysLate > 0 ? ` · ${labels.daysLate(datum.daysLate)}` : '';
    return `${unit}<br/>${period}: ${cellText({ status: datum.status, daysLate: null })} ${labels.status(datum.status)}${late}`;
  };
  return {
    tooltip: {
      position: 'top',
      formatter: (params: { data?: unknown }) =>
        isHeatmapDatum(params.data) ? describe(params.data) : '',
    },
    grid: {
      left: 8,
      right: 16,
      top: 16,
      bottom: 72,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: overview.periods.map((period) => period.label),
      // Every period named; slanted when a year of months and quarters would not fit side by side.
      axisLabel: { interval: 0, rotate: overview.periods.length > 8 ? 40 : 0 },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      // ECharts draws the first category at the bottom; inverted, the overview's first unit is on top.
      inverse: true,
      data: overview.units.map((unit) => unit.name),
      axisLabel: { width: 200, overflow: 'break' },
      splitArea: { show: true },
    },
    // The visualMap maps statuses to colours; its legend is drawn in HTML under the chart (see
    // heatmapLegend), where seven entries can wrap on a phone or an A4 page.
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      pieces: PERIOD_CELL_STATUSES.map((status, index) => ({
        value: index,
        label: `${CELL_STATUS_SYMBOLS[status]} ${labels.status(status)}`,
        color: CELL_STATUS_COLOURS[status],
      })),
    },
    series: [
      {
        type: 'heatmap',
        data: buildHeatmapData(overview),
        label: {
          show: true,
          fontSize: 13,
          formatter: (params: { data?: unknown }) =>
            isHeatmapDatum(params.data) ? cellText(params.data) : '',
        },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
        cursor: 'pointer',
      },
    ],
  };
}
