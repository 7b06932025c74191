// Chỉ số nào: which index a heading or sentence is about, from the names and abbreviations plans
// use ("Chỉ số CCHC", "PAR INDEX", "Chỉ số hài lòng", "SIPAS", "PAPI", "DDCI", "DTI", "chuyển đổi số",
// "dân vận chính quyền"). Folded, so "chi so cai cach hanh chinh" counts.
import type { IndexKind } from '../../frameworks/index-kind';
import { foldVietnamese } from '../../shared/fold-vietnamese';

// Order matters: "Chỉ số hài lòng … cải cách hành chính" is SIPAS, so SIPAS is tried first.
const PATTERNS: readonly [IndexKind, RegExp][] = [
  ['sipas', /\bsipas\b|chi so hai long|muc do hai long|su hai long/],
  ['papi', /\bpapi\b|hieu qua quan tri va hanh chinh cong/],
  ['ddci', /\bddci\b|nang luc canh tranh cap (so|huyen)|nang luc canh tranh cac so/],
  ['dti', /\bdti\b|chi so chuyen doi so/],
  ['service_766', /\b766\b|phuc vu nguoi dan,? doanh nghiep/],
  ['dan_van', /dan van chinh quyen/],
  ['par_index', /\bpar[ -]?index\b|chi so (cai cach hanh chinh|cchc)|chi so cai cach/],
];

/** Loại chỉ số được nhắc tới: the index kinds a text names, in the order of PATTERNS. */
export function indexKindsNamed(text: string): IndexKind[] {
  const folded = foldVietnamese(text);
  return PATTERNS.filter(([, pattern]) => pattern.test(folded)).map(([kind]) => kind);
}

/** The one index a heading is about, or null when it names none or several. */
export function indexKindOf(text: string): IndexKind | null {
  const kinds = indexKindsNamed(text);
  return kinds.length === 1 ? kinds[0]! : null;
}
