// Thứ hạng dự báo: where a unit's projected range places it among its peers' projected ranges.
import { formatViNumber } from '../shared/vi-format';

/** Khoảng chỉ số dự báo của một đơn vị cùng loại (same framework, same unit type). */
export interface ProjectedIndexRange {
  unitId: string;
  pessimisticIndex: number | null;
  optimisticIndex: number | null;
}

/** Khoảng thứ hạng dự báo: best (cận trên) and worst (cận dưới) rank among `of` units, with the reasons. */
export interface ProjectedRankRange {
  best: number;
  worst: number;
  of: number;
  lines: string[];
}

/** Indices are compared as published, to 2 decimals (rankUnits does the same). */
const published = (value: number) => Math.round(value * 100);

/**
 * Thứ hạng dự báo. The worst rank (cận dưới) puts the unit's pessimistic index against every
 * peer's optimistic one — everything goes wrong here, everything goes right elsewhere; the best
 * rank (cận trên) puts its optimistic index against every peer's pessimistic one. Only a peer
 * certain to be ahead (better even at its worst) pushes the best rank down, and any peer that could
 * be ahead pushes the worst rank down, so the true rank lies between them whatever happens. Equal
 * published indices share a place. Peers without a projected index are left out; null when the
 * unit has none.
 */
export function projectRankRange(
  own: ProjectedIndexRange,
  peers: readonly ProjectedIndexRange[],
): ProjectedRankRange | null {
  if (own.pessimisticIndex === null || own.optimisticIndex === null) return null;
  const others = peers.filter(
    (peer) =>
      peer.unitId !== own.unitId && peer.pessimisticIndex !== null && peer.optimisticIndex !== null,
  );
  const certainlyAhead = others.filter(
    (peer) => published(peer.pessimisticIndex!) > published(own.optimisticIndex!),
  ).length;
  const possiblyAhead = others.filter(
    (peer) => published(peer.optimisticIndex!) > published(own.pessimisticIndex!),
  ).length;
  const of = others.length + 1;
  const best = certainlyAhead + 1;
  const worst = possiblyAhead + 1;
  const fmt = (value: number) => formatViNumber(value, 2);
  return {
    best,
    worst,
    of,
    lines: [
      `Hạng cao nhất có thể ${best}/${of}: ${certainlyAhead} đơn vị có cận dưới cao hơn cận trên ${fmt(own.optimisticIndex)}% của đơn vị.`,
      `Hạng thấp nhất có thể ${worst}/${of}: ${possiblyAhead} đơn vị có cận trên cao hơn cận dưới ${fmt(own.pessimisticIndex)}% của đơn vị.`,
    ],
  };
}
