/** Chỉ số của một đơn vị, as ranked among its peers (same unit type, same province). */
export interface UnitIndex {
  unitId: string;
  indexPercent: number;
}

/** Đơn vị đã xếp hạng: rank 1 is the best. */
export interface RankedUnit extends UnitIndex {
  rank: number;
}

/**
 * Xếp hạng: competition ranking, best index first, equal indices sharing a rank and the next
 * rank skipping the shared places ("1, 2, 2, 4"). Indices are compared as published, rounded to
 * `decimals` (2 by default: 88,094 and 88,09 are both printed 88,09, so they tie). Tied units are
 * listed by unitId. Throws on an index that is not a finite number.
 */
export function rankUnits(
  units: readonly UnitIndex[],
  options: { decimals?: number } = {},
): RankedUnit[] {
  const factor = 10 ** (options.decimals ?? 2);
  const entries = units.map((unit) => {
    if (!Number.isFinite(unit.indexPercent)) {
      throw new RangeError(`Index of ${unit.unitId} is not a finite number: ${unit.indexPercent}`);
    }
    return { unit, published: Math.round(unit.indexPercent * factor) };
  });
  entries.sort(
    (a, b) =>
      b.published - a.published ||
      (a.unit.unitId < b.unit.unitId ? -1 : a.unit.unitId > b.unit.unitId ? 1 : 0),
  );
  const ranked: RankedUnit[] = [];
  entries.forEach(({ unit, published }, index) => {
    const before = ranked[index - 1];
    const isTie = before !== undefined && entries[index - 1]!.published === published;
    ranked.push({
      unitId: unit.unitId,
      indexPercent: unit.indexPercent,
      rank: isTie ? before.rank : index + 1,
    });
  });
  return ranked;
}

/** Thứ hạng dạng "4/20": the rank among how many peers. */
export function formatRank(rank: number, total: number): string {
  return `${rank}/${total}`;
}

/**
 * Thay đổi thứ hạng, worded as Vietnamese reports write it with two-digit counts: from 3rd to
 * 4th is "giảm 01 bậc", from 6th to 4th "tăng 02 bậc", no change "giữ nguyên thứ hạng".
 */
export function describeRankChange(previousRank: number, rank: number): string {
  const places = previousRank - rank;
  if (places === 0) return 'giữ nguyên thứ hạng';
  const count = String(Math.abs(places)).padStart(2, '0');
  return places > 0 ? `tăng ${count} bậc` : `giảm ${count} bậc`;
}
