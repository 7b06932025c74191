import { describe, expect, it } from 'vitest';
import {
  PERIOD_CELL_STATUSES,
  PERIOD_CELL_STATUS_LABELS,
  type PeriodCellStatus,
} from '@contract/report-labels';
import { dashboardsVi } from '@web/lib/locales/dashboards.vi';
import { buildOverview, UNIT_IDS } from './build-overview.test-factory';
import {
  CELL_STATUS_COLOURS,
  CELL_STATUS_SYMBOLS,
  buildHeatmapData,
  cellText,
  heatmapLegend,
  buildHeatmapOption,
  buildHeatmapRows,
  isHeatmapDatum,
  reportPathOf,
} from './heatmap-options';

const labels = {
  status: (status: PeriodCellStatus) => PERIOD_CELL_STATUS_LABELS[status],
  daysLate: (days: number) => `Muộn ${days} ngày`,
};

describe('reporting heatmap', () => {
  it('places periods on x and units on y in the overview’s order', () => {
    const data = buildHeatmapData(buildOverview());
    expect(data.map((datum) => datum.value)).toEqual([
      [0, 1, PERIOD_CELL_STATUSES.indexOf('late')],
      [0, 0, PERIOD_CELL_STATUSES.indexOf('accepted')],
      [1, 0, PERIOD_CELL_STATUSES.indexOf('missing')],
    ]);
  });

  it('ignores cells of units or periods the overview does not list', () => {
    const overview = buildOverview();
    overview.cells.push({
      periodKey: '2024-M05',
      organisationId: UNIT_IDS.a,
      status: 'not_due',
      daysLate: null,
      submissionId: null,
    });
    expect(buildHeatmapData(overview)).toHaveLength(3);
  });

  it('keeps the first unit on top and labels both axes', () => {
    const option = buildHeatmapOption(buildOverview(), labels);
    expect(option.yAxis).toMatchObject({ inverse: true, data: ['Sở Nội vụ', 'Sở Tư pháp'] });
    expect(option.xAxis.data).toEqual(['Tháng 3/2024', 'Tháng 4/2024']);
  });

  it('has one coloured, labelled piece per status', () => {
    const option = buildHeatmapOption(buildOverview(), labels);
    expect(option.visualMap.pieces).toHaveLength(PERIOD_CELL_STATUSES.length);
    expect(option.visualMap.pieces[PERIOD_CELL_STATUSES.indexOf('missing')]).toEqual({
      value: PERIOD_CELL_STATUSES.indexOf('missing'),
      label: '✖ Chưa nộp (quá hạn)',
      color: CELL_STATUS_COLOURS.missing,
    });
    expect(new Set(Object.values(CELL_STATUS_COLOURS)).size).toBe(PERIOD_CELL_STATUSES.length);
  });

  it('names the statuses on screen as the domain does', () => {
    expect(dashboardsVi.cellStatus).toEqual(PERIOD_CELL_STATUS_LABELS);
  });

  it('builds one table row per unit with a cell or null per period', () => {
    const rows = buildHeatmapRows(buildOverview());
    expect(rows.map((row) => row.unit.name)).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    expect(rows[1]?.cells.map((cell) => cell?.status ?? null)).toEqual(['late', null]);
  });

  it('opens the unit’s report for the clicked period', () => {
    const [datum] = buildHeatmapData(buildOverview());
    expect(isHeatmapDatum(datum)).toBe(true);
    expect(isHeatmapDatum([0, 1, 2])).toBe(false);
    expect(reportPathOf('p1', datum!)).toBe(`/reports/p1/2024-M03/${UNIT_IDS.b}`);
  });

  it('marks every status with its own symbol, so the two greens differ without colour', () => {
    expect(new Set(Object.values(CELL_STATUS_SYMBOLS)).size).toBe(PERIOD_CELL_STATUSES.length);
    expect(CELL_STATUS_SYMBOLS.accepted).not.toBe(CELL_STATUS_SYMBOLS.on_time);
  });

  it('writes each cell’s mark, with the days late after a late one', () => {
    const option = buildHeatmapOption(buildOverview(), labels);
    const format = option.series[0]!.label.formatter;
    const texts = option.series[0]!.data.map((datum) => format({ data: datum }));
    expect(texts).toEqual(['▲ 2', '✔', '✖']);
    expect(cellText({ status: 'on_time', daysLate: null })).toBe('●');
  });

  it('names unit, period, status and days late in the tooltip', () => {
    const option = buildHeatmapOption(buildOverview(), labels);
    const [late] = option.series[0]!.data;
    expect(option.tooltip.formatter({ data: late })).toBe(
      'Sở Tư pháp<br/>Tháng 3/2024: ▲ Nộp muộn · Muộn 2 ngày',
    );
  });

  it('lists every status in the legend with its mark and colour, the chart’s own legend hidden', () => {
    const legend = heatmapLegend(labels.status);
    expect(legend).toHaveLength(PERIOD_CELL_STATUSES.length);
    expect(legend.find((entry) => entry.status === 'accepted')).toEqual({
      status: 'accepted',
      colour: CELL_STATUS_COLOURS.accepted,
      text: '✔ Đã tiếp nhận',
    });
    expect(buildHeatmapOption(buildOverview(), labels).visualMap.show).toBe(false);
  });
});
