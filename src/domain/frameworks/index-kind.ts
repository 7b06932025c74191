import { legalReferenceName } from '../shared/legal-references';

/** Loại chỉ số: the kinds of index a framework (bộ chỉ số) can measure; 'custom' for any index a province invents. */
export const INDEX_KINDS = [
  'par_index',
  'sipas',
  'papi',
  'ddci',
  'dti',
  'dan_van',
  'service_766',
  'custom',
] as const;

/** Loại chỉ số: one of INDEX_KINDS. */
export type IndexKind = (typeof INDEX_KINDS)[number];

/** Tên loại chỉ số: the Vietnamese label of each index kind, as shown on screen. */
export const INDEX_KIND_LABELS: Record<IndexKind, string> = {
  par_index: 'Chỉ số cải cách hành chính (PAR Index)',
  sipas: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
  papi: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
  ddci: 'Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)',
  dti: 'Chỉ số chuyển đổi số (DTI)',
  dan_van: 'Dân vận chính quyền',
  service_766: `Bộ chỉ số phục vụ người dân, doanh nghiệp (${legalReferenceName('decision766')})`,
  custom: 'Chỉ số khác',
};

/** Kiểm tra loại chỉ số: true when a value read from a file names a known index kind. */
export function isIndexKind(value: unknown): value is IndexKind {
  return typeof value === 'string' && (INDEX_KINDS as readonly string[]).includes(value);
}
