import { describe, expect, it } from 'vitest';
import { formatChartPercent, formatChartValue, localiseChartOption } from './chart-format';
import { ENGLISH_DECIMAL, renderChartTexts } from './chart-svg.test-factory';

const barOption = {
  tooltip: { trigger: 'axis' },
  xAxis: { type: 'category', data: ['Lĩnh vực 1', 'Lĩnh vực 2'] },
  yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
  series: [{ type: 'bar', data: [4.92, 1.5], label: { show: true, formatter: '{c}%' } }],
};

describe('numbers on charts', () => {
  it('write decimals with a comma and thousands with a dot', () => {
    expect(formatChartValue(4.92)).toBe('4,92');
    expect(formatChartValue(1234.5)).toBe('1.234,5');
    expect(formatChartValue(null)).toBe('');
    expect(formatChartValue('Sở Nội vụ')).toBe('Sở Nội vụ');
    expect(formatChartPercent(4.8)).toBe('4,8%');
    expect(formatChartPercent(undefined)).toBe('');
  });

  it('draw "4.92" by default in ECharts, so the check below can fail', () => {
    expect(renderChartTexts(barOption, { raw: true }).join(' ')).toMatch(ENGLISH_DECIMAL);
  });

  it('draw ticks and data labels with a decimal comma once localised, keeping the template', () => {
    const texts = renderChartTexts(barOption);
    expect(texts).toContain('4,92%');
    expect(texts).toContain('1,5%');
    expect(texts.filter((text) => ENGLISH_DECIMAL.test(text))).toEqual([]);
  });

  it('give the tooltip a Vietnamese value formatter unless the chart set its own', () => {
    const option = localiseChartOption(barOption) as unknown as {
      tooltip: { valueFormatter: unknown };
    };
    expect((option.tooltip.valueFormatter as (value: number) => string)(4.92)).toBe('4,92');
    const own = (value: number) => `${value} điểm`;
    const kept = localiseChartOption({ tooltip: { valueFormatter: own } });
    expect(kept.tooltip.valueFormatter).toBe(own);
  });

  it('leave category axes and hidden labels alone', () => {
    const option = localiseChartOption(barOption);
    expect(option.xAxis).toBe(barOption.xAxis);
    const hidden = localiseChartOption({ series: [{ type: 'bar', label: { show: false } }] });
    expect(hidden.series[0]?.label).toEqual({ show: false });
  });

  it('localise every axis of a list and a y axis without a type (a value axis by default)', () => {
    const option = localiseChartOption({ yAxis: [{}, { type: 'category' }] }) as {
      yAxis: { axisLabel?: { formatter: (value: number) => string } }[];
    };
    expect(option.yAxis[0]?.axisLabel?.formatter(0.5)).toBe('0,5');
    expect(option.yAxis[1]?.axisLabel).toBeUndefined();
  });
});
