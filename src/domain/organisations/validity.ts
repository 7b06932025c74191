/**
 * Hiệu lực trong năm: true when a unit valid from `validFrom` to `validTo` (ISO, inclusive; null =
 * still open) existed on at least one day of `year` — e.g. the offices of huyện Lấp Vò, closed
 * on 30/06/2025, still existed in 2024 and 2025 but not in 2026.
 */
export function existedInYear(
  unit: { validFrom: string; validTo: string | null },
  year: number,
): boolean {
  return (
    unit.validFrom <= `${year}-12-31` && (unit.validTo === null || unit.validTo >= `${year}-01-01`)
  );
}
