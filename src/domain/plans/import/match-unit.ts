// Đối chiếu tên đơn vị (owner: the appendix/units piece). PLACEHOLDER: exact folded name only;
// the real matcher adds abbreviations (UBND, VP HĐND-UBND, Phòng VH-XH), groups ("Các xã,
// phường"), the issuer's own tree first, and validity in the plan's year.
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { LeadGroup } from '../plan';
import type { ImportUnit } from './imported-plan';

/** Kết quả đối chiếu một tên: the text as printed, the unit (or group) it names, and how sure. */
export interface UnitMatch {
  text: string;
  organisationId: string | null;
  group: LeadGroup | null;
  confidence: number;
}

/** Bộ đối chiếu đơn vị: reads one name, or a list of names ("A, B và C; D"). */
export interface UnitMatcher {
  one(text: string): UnitMatch;
  many(text: string): UnitMatch[];
}

/** Bộ đối chiếu for the units of a tenant valid in `year`, preferring those under the issuer. */
export function createUnitMatcher(
  units: readonly ImportUnit[],
  _issuerOrganisationId: string,
  _year: number | null,
): UnitMatcher {
  const byName = new Map(units.map((unit) => [foldVietnamese(unit.name), unit]));
  const one = (text: string): UnitMatch => {
    const unit = byName.get(foldVietnamese(text));
    return { text, organisationId: unit?.id ?? null, group: null, confidence: unit ? 1 : 0 };
  };
  return {
    one,
    many: (text) =>
      text
        .split(/[,;]|\bvà\b/)
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map(one),
  };
}
