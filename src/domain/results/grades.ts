/** Xếp loại: one grade band, reached from `minPercent` (inclusive) up to the next band. */
export interface GradeBand {
  code: string;
  label: string;
  minPercent: number;
}

/**
 * Nhóm xếp hạng toàn quốc: group A from 90 %, B from 80 % to below 90 %. The national texts
 * gathered so far name only A and B; everything below 80 % is labelled group C here.
 */
export const NATIONAL_GRADE_BANDS: readonly GradeBand[] = [
  { code: 'A', label: 'Nhóm A', minPercent: 90 },
  { code: 'B', label: 'Nhóm B', minPercent: 80 },
  { code: 'C', label: 'Nhóm C', minPercent: 0 },
];

/**
 * Xếp loại cấp tỉnh (default): Tốt from 90 %, Khá 80 to below 90 %, Trung bình 65 to below
 * 80 %, Yếu below 65 %. Each province sets its own bands in its decision; pass those instead.
 */
export const PROVINCIAL_GRADE_BANDS: readonly GradeBand[] = [
  { code: 'tot', label: 'Tốt', minPercent: 90 },
  { code: 'kha', label: 'Khá', minPercent: 80 },
  { code: 'trung_binh', label: 'Trung bình', minPercent: 65 },
  { code: 'yeu', label: 'Yếu', minPercent: 0 },
];

/**
 * Xếp loại theo chỉ số: the highest band whose minimum the index reaches, comparing the index as
 * published (rounded to 2 decimals, so 89,996 % counts as 90,00 %); null below every band.
 */
export function gradeFor(indexPercent: number, bands: readonly GradeBand[]): GradeBand | null {
  const published = Math.round(indexPercent * 100) / 100;
  const descending = [...bands].sort((a, b) => b.minPercent - a.minPercent);
  return descending.find((band) => published >= band.minPercent) ?? null;
}
