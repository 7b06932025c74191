/**
 * Số trên biểu đồ: ECharts prints numbers the English way ("4.92", "4.8%"); these formatters
 * write them as the rest of the app does ("4,92", "4,8%"). `localiseChartOption` fills them in
 * wherever an option leaves ECharts' default or uses a "{value}" / "{c}" template, and the EChart
 * component applies it to every chart, so no chart can forget.
 */
import { formatViNumber } from '@contract/vi-format';

/** A number on a chart in Vietnamese form ("4,92", "1.234,5"); other values as text, nothing for null. */
export function formatChartValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? formatViNumber(value) : '';
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(formatChartValue).join(', ');
  return String(value as string);
}

/** Tỷ lệ phần trăm on a chart: 4.8 → "4,8%" (the form the app's tables use). */
export function formatChartPercent(value: unknown): string {
  const text = formatChartValue(value);
  return text === '' ? '' : `${text}%`;
}

type Template = string | ((...args: never[]) => unknown) | undefined;
type OptionRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is OptionRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "{value}%" → (value) => "4,8%": the template kept, its number written the Vietnamese way. */
function axisLabelFormatter(template: Template) {
  if (typeof template === 'function') return template;
  const pattern = typeof template === 'string' ? template : '{value}';
  return (value: unknown) => pattern.replaceAll('{value}', formatChartValue(value));
}

/** "{c}%" → (params) => "4,8%" for a data label; other placeholders are left to the template's author. */
function dataLabelFormatter(template: Template) {
  if (typeof template === 'function') return template;
  const pattern = typeof template === 'string' ? template : '{c}';
  return (params: { value?: unknown; name?: string; seriesName?: string }) =>
    pattern
      .replaceAll('{c}', formatChartValue(params.value))
      .replaceAll('{b}', params.name ?? '')
      .replaceAll('{a}', params.seriesName ?? '');
}

function mapOneOrMany(value: unknown, map: (item: OptionRecord) => OptionRecord): unknown {
  if (Array.isArray(value)) return value.map((item) => (isRecord(item) ? map(item) : item));
  return isRecord(value) ? map(value) : value;
}

/** A value axis (the default type of a y axis) gets Vietnamese tick labels. */
function localiseAxis(axis: OptionRecord, defaultType: 'value' | 'category'): OptionRecord {
  const type = (axis.type as string | undefined) ?? defaultType;
  if (type !== 'value' && type !== 'log') return axis;
  const axisLabel = isRecord(axis.axisLabel) ? axis.axisLabel : {};
  return {
    ...axis,
    axisLabel: { ...axisLabel, formatter: axisLabelFormatter(axisLabel.formatter as Template) },
  };
}

function localiseLabel(label: unknown): unknown {
  if (!isRecord(label) || label.show !== true) return label;
  return { ...label, formatter: dataLabelFormatter(label.formatter as Template) };
}

function localiseSeries(series: OptionRecord): OptionRecord {
  return { ...series, label: localiseLabel(series.label) };
}

/**
 * The option with Vietnamese numbers in every value-axis tick, data label and tooltip value,
 * leaving any formatter function the option already has. Pure: returns a new object.
 */
export function localiseChartOption<T extends object>(option: T): T {
  const source = option as OptionRecord;
  const localised: OptionRecord = { ...source };
  if ('xAxis' in source)
    localised.xAxis = mapOneOrMany(source.xAxis, (axis) => localiseAxis(axis, 'category'));
  if ('yAxis' in source)
    localised.yAxis = mapOneOrMany(source.yAxis, (axis) => localiseAxis(axis, 'value'));
  if ('series' in source) localised.series = mapOneOrMany(source.series, localiseSeries);
  if ('radar' in source)
    localised.radar = mapOneOrMany(source.radar, (radar) => {
      const axisLabel = isRecord(radar.axisLabel) ? radar.axisLabel : { show: false };
      const formatter = axisLabelFormatter(axisLabel.formatter as Template);
      return { ...radar, axisLabel: { ...axisLabel, formatter } };
    });
  if ('tooltip' in source && isRecord(source.tooltip)) {
    const tooltip = source.tooltip;
    localised.tooltip = { ...tooltip, valueFormatter: tooltip.valueFormatter ?? formatChartValue };
  }
  return localised as T;
}
