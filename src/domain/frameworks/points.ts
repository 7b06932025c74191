// Points are decimals (2.95, 0.813); binary floating point makes 6.58 + 10.11 + … come out as
// 88.09000000000002. Every computed score is rounded to POINTS_DECIMALS so that sums compare
// and print exactly; printing (formatViNumber) rounds further to what documents show.

/** Độ chính xác của điểm: computed points and percentages are kept to 4 decimals. */
export const POINTS_DECIMALS = 4;

/** Sai số cho phép khi so điểm tối đa: children's maxima must sum to the parent's within 0.001. */
export const MAX_POINTS_TOLERANCE = 0.001;

const SCALE = 10 ** POINTS_DECIMALS;

/** Làm tròn điểm to 4 decimals (2.842105… → 2.8421); never returns -0. */
export function roundPoints(value: number): number {
  const rounded = Math.round(value * SCALE) / SCALE;
  return rounded === 0 ? 0 : rounded;
}

/** Cộng điểm: the rounded sum of some points. */
export function sumPoints(values: readonly number[]): number {
  return roundPoints(values.reduce((total, value) => total + value, 0));
}
