/**
 * Every timeframe (Thời gian thực hiện) written in samples 000, 002 and 004
 * (/work/shared/domain/samples), with how it must be read. All three plans are for 2024, so each
 * is parsed with defaultYear 2024. Texts are copied as printed; where the PDF broke a cell over
 * two lines the pieces are joined with one space, and doubled spaces are kept as printed.
 *
 * Sample 000 (Lấp Vò, 104/KH-UBND) has no timeframe column: its appendix reads TT / Nội dung / Cơ
 * quan tham mưu / Mục tiêu, Giải pháp / Phối hợp, and the body sets a reporting regime ("Báo cáo
 * Quý 1 vào ngày 15/3/2024"), not task timeframes. It contributes no row.
 * Sample 002 (Văn phòng UBND tỉnh) has no appendix table: each task ends with
 * "+ Thời gian thực hiện: Thường xuyên." in the body, eight times; the full stop is part of the text.
 *
 * Judged ambiguous, and how they are read:
 * - "Năm 2024 (Thường xuyên)": a year and "ongoing" at once; read as ongoing in 2024 (reported
 *   every period, no single deadline), as DOMAIN.md §4 lists it.
 * - "Thường xuyên trong năm": ongoing, the year taken from the plan (defaultYear).
 * - "Trong năm" with no year (004, V.1 and VI.1): read as the plan's year, due 31/12; without a
 *   defaultYear it would stay unknown.
 * - "Quý III,IV năm 2024" and "Quý I, II, III, IV/2024": one deliverable per quarter named.
 * - "Quí II/2024": the older spelling "Quí" is the same word as "Quý".
 * - "Theo quy định của Sở Nội vụ": external, the date is set by the Sở Nội vụ's scoring rules.
 * None of the sample strings is unknown.
 */
import type { TimeframeKind } from './timeframe';

/** Thời gian thực hiện in a sample plan: the exact text and its expected reading. */
export interface SampleTimeframe {
  sampleId: '000' | '002' | '004';
  /** Where the text stands: the appendix row (004) or the body line (002). */
  row: string;
  text: string;
  kind: TimeframeKind;
  dueDates: string[];
  /** formatTimeframe of the parsed text. */
  canonical: string;
}

const QUARTER_ENDS_2024 = ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'];

/** Năm của các kế hoạch mẫu: the year every sample plan is for. */
export const SAMPLE_PLAN_YEAR = 2024;

/** Thời gian thực hiện of samples 002 and 004, in document order. */
export const SAMPLE_TIMEFRAMES: readonly SampleTimeframe[] = [
  ...[150, 170, 196, 222, 244, 262, 288, 312].map((line): SampleTimeframe => ({
    sampleId: '002',
    row: `line ${line}`,
    text: 'Thường xuyên.',
    kind: 'ongoing',
    dueDates: [],
    canonical: 'Thường xuyên',
  })),
  deadline('I.1'),
  deadline('I.2'),
  row('I.3', 'Năm 2024 (Thường xuyên)', 'ongoing', [], 'Thường xuyên'),
  row('I.4', 'Theo quy định của Sở Nội vụ', 'external', [], 'Theo quy định của Sở Nội vụ'),
  row('I.5', 'Quý III,IV năm 2024', 'quarters', QUARTER_ENDS_2024.slice(2), 'Quý III, IV/2024'),
  row('II.6', 'Quý I, II, III, IV/2024', 'quarters', QUARTER_ENDS_2024, 'Quý I, II, III, IV/2024'),
  row('II.7', 'Quí II/2024', 'quarters', ['2024-06-30'], 'Quý II/2024'),
  row('II.8', 'Quý I, II, III, IV/2024', 'quarters', QUARTER_ENDS_2024, 'Quý I, II, III, IV/2024'),
  deadline('III.1'),
  row('III.2', 'Quý II, III/2024', 'quarters', QUARTER_ENDS_2024.slice(1, 3), 'Quý II, III/2024'),
  row('III.3', 'Thường xuyên trong năm', 'ongoing', [], 'Thường xuyên'),
  row('III.4', 'Thường xuyên', 'ongoing', [], 'Thường xuyên'),
  // Printed under a heading numbered "VI" that stands where IV (tổ chức bộ máy) belongs.
  row('IV.1', 'Khi có quy định', 'event', [], 'Khi có quy định'),
  row('V.1', 'Trong năm', 'year', ['2024-12-31'], 'Năm 2024'),
  row('V.2', 'Quý I/2024', 'quarters', ['2024-03-31'], 'Quý I/2024'),
  row('VI.1', 'Trong năm', 'year', ['2024-12-31'], 'Năm 2024'),
  row('VII.1', 'Tháng 01/2024', 'month', ['2024-01-31'], 'Tháng 01/2024'),
  row('VII.2', 'Trong năm 2024', 'year', ['2024-12-31'], 'Năm 2024'),
  row('VII.3', 'Trong năm  2024', 'year', ['2024-12-31'], 'Năm 2024'),
  row('VII.4', 'Trong năm  2024', 'year', ['2024-12-31'], 'Năm 2024'),
  row('VII.5', 'Trong năm 2024', 'year', ['2024-12-31'], 'Năm 2024'),
];

function row(
  rowLabel: string,
  text: string,
  kind: TimeframeKind,
  dueDates: string[],
  canonical: string,
): SampleTimeframe {
  return { sampleId: '004', row: rowLabel, text, kind, dueDates, canonical };
}

function deadline(rowLabel: string): SampleTimeframe {
  return row(rowLabel, 'Trước 15/01/2024', 'deadline', ['2024-01-15'], 'Trước 15/01/2024');
}
