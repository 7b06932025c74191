/**
 * Biểu đồ phân tích điểm bị trừ: ECharts options (plain objects, no echarts import) and the rows of
 * their "Bảng dữ liệu" view, built from the area rows and the rank history of a gap analysis.
 */
import type { GapAnalysis, RankHistoryEntry } from '@contract/results';
import { formatChartPercent } from '@web/lib/chart-format';

type GapRow = GapAnalysis['rows'][number];

/** Lĩnh vực: the area rows in code order ("2" before "10"). */
export function listAreaRows(rows: readonly GapRow[]): GapRow[] {
  return rows
    .filter((row) => row.level === 'area' && !row.isBonus)
    .sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }));
}

/** One area as the charts and their table show it. */
export interface AreaFigure {
  code: string;
  name: string;
  lostPoints: number;
  /** % achieved by the unit (0–100). */
  percent: number;
  /** % the peers' average score is of the area's maximum; null without peers. */
  peerPercent: number | null;
}

const roundTwo = (value: number) => Math.round(value * 100) / 100;

/**
 * The figures of every scored area: points lost, % achieved, peers' average as a %. An area
 * without a full score (chưa có điểm / chưa đủ điểm) is left out rather than drawn as 0 %.
 */
export function buildAreaFigures(rows: readonly GapRow[]): AreaFigure[] {
  const scored = listAreaRows(rows).filter((row) => row.scoreState === 'scored');
  return scored.map((row) => ({
    code: row.code,
    name: row.name,
    lostPoints: row.lostPoints,
    percent: row.percent ?? (row.maxPoints > 0 ? roundTwo((row.score / row.maxPoints) * 100) : 0),
    peerPercent:
      row.peerAverage === undefined || row.maxPoints <= 0
        ? null
        : roundTwo((row.peerAverage / row.maxPoints) * 100),
  }));
}

/** Height in pixels of the points-lost chart: 44 px an area leaves room for a name on two or three lines. */
export function lostPointsChartHeight(areaCount: number): number {
  return Math.max(200, 44 * areaCount + 48);
}

/**
 * Horizontal bars of the points lost per area, first area on top, each named in full on the
 * y axis (broken over lines within 180 px rather than overlapping its neighbour).
 */
export function buildLostPointsBarOption(figures: readonly AreaFigure[], seriesName: string) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: {
      left: 8,
      right: 40,
      top: 8,
      bottom: 24,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: figures.map((figure) => figure.name),
      axisLabel: { width: 180, overflow: 'break', lineHeight: 14 },
    },
    series: [
      {
        name: seriesName,
        type: 'bar',
        data: figures.map((figure) => figure.lostPoints),
        itemStyle: { color: '#ff7875' },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** Radar of % achieved per area, the unit against the average of its peers (when any). */
export function buildPercentRadarOption(
  figures: readonly AreaFigure[],
  names: { unit: string; peers: string },
) {
  const hasPeers = figures.some((figure) => figure.peerPercent !== null);
  const series = [{ name: names.unit, value: figures.map((figure) => figure.percent) }];
  if (hasPeers)
    series.push({ name: names.peers, value: figures.map((figure) => figure.peerPercent ?? 0) });
  return {
    tooltip: { valueFormatter: formatChartPercent },
    legend: { bottom: 0, data: series.map((entry) => entry.name) },
    radar: {
      indicator: figures.map((figure) => ({ name: figure.name, max: 100 })),
      // Area names at the spokes' ends, broken over lines within 110 px so neighbours do not touch.
      axisName: { width: 110, overflow: 'break', lineHeight: 13, fontSize: 11, color: '#595959' },
      radius: '52%',
    },
    series: [{ type: 'radar', data: series }],
  };
}

/**
 * Line of the unit's rank per year, oldest first: the y-axis inverted so rank 1 is on top, integer
 * ticks from 1 to the largest field, and a gap in a year without a rank.
 */
export function buildRankHistoryLineOption(
  history: readonly RankHistoryEntry[],
  seriesName: string,
) {
  const largest = Math.max(1, ...history.map((year) => Math.max(year.of, year.rank ?? 0)));
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 24, top: 24, bottom: 32 },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: history.map((year) => String(year.year)),
    },
    yAxis: { type: 'value', inverse: true, min: 1, max: largest, minInterval: 1 },
    series: [
      {
        name: seriesName,
        type: 'line',
        data: history.map((year) => year.rank),
        connectNulls: false,
        symbolSize: 8,
        label: { show: true, position: 'top' },
      },
    ],
  };
}
