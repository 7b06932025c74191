/**
 * The columns of a dossier export: which Dossier field each header holds. Exports of different
 * one-stop systems name their columns differently ("Mã hồ sơ", "Ma ho so", "Số hồ sơ"…); headers
 * are compared folded (no accents, case or spacing) against each field's names, and a mapping the
 * user saved for a source overrides the detection.
 */
import { foldVietnamese } from '../shared/fold-vietnamese';
import type { Dossier } from './dossier';

/** A field of the dossier record an export column can fill. */
export type DossierFieldKey = keyof Dossier;

/** Header chosen per field (the export's own spelling). */
export type DossierColumnMapping = Partial<Record<DossierFieldKey, string>>;

/** The header each field is written under in parplan's own exports and the generator. */
export const DOSSIER_COLUMN_LABELS: Record<DossierFieldKey, string> = {
  code: 'Mã hồ sơ',
  unitCode: 'Mã đơn vị tiếp nhận',
  procedureCode: 'Mã thủ tục',
  procedureName: 'Tên thủ tục',
  field: 'Lĩnh vực',
  receivedAt: 'Ngày tiếp nhận',
  promisedAt: 'Ngày hẹn trả',
  finishedAt: 'Ngày có kết quả',
  status: 'Trạng thái',
  channel: 'Hình thức nộp',
  onlineLevel: 'Mức độ trực tuyến',
  paidOnline: 'Thanh toán trực tuyến',
  hasFee: 'Có phí, lệ phí',
  supplementRequests: 'Số lần yêu cầu bổ sung',
  pausedDays: 'Số ngày tạm dừng',
  digitisedFile: 'Số hóa hồ sơ',
  digitisedResult: 'Số hóa kết quả',
  electronicResult: 'Kết quả điện tử',
  satisfaction: 'Mức độ hài lòng',
  complaint: 'Phản ánh, kiến nghị',
};

/** Other names exports use for a field (compared folded). */
export const DOSSIER_COLUMN_SYNONYMS: Partial<Record<DossierFieldKey, readonly string[]>> = {
  code: ['Số hồ sơ', 'Mã HS'],
  unitCode: ['Mã đơn vị', 'Đơn vị tiếp nhận'],
  receivedAt: ['Thời gian tiếp nhận', 'Ngày nộp'],
  promisedAt: ['Hạn xử lý', 'Ngày hẹn trả kết quả'],
  finishedAt: ['Ngày hoàn thành', 'Ngày trả kết quả'],
};

/** Fields every export must map: without them no KPI can be computed. */
export const REQUIRED_DOSSIER_FIELDS: readonly DossierFieldKey[] = [
  'code',
  'unitCode',
  'procedureCode',
  'field',
  'receivedAt',
  'status',
  'channel',
];

const fold = (header: string) => foldVietnamese(header).replace(/[^a-z0-9]+/g, '');

/** How an export's headers map to fields. */
export interface DetectedColumns {
  /** Column index per mapped field. */
  indexes: Partial<Record<DossierFieldKey, number>>;
  /** The mapping as headers (to show, and to save for the source). */
  mapping: DossierColumnMapping;
  /** Required fields no column fills: the import cannot start. */
  missing: DossierFieldKey[];
  /** Headers that fill no field (shown so the user can map them). */
  unknownHeaders: string[];
}

/** Maps `headers` to fields: the saved mapping first, then each field's label and synonyms. */
export function detectColumns(
  headers: readonly string[],
  saved: DossierColumnMapping = {},
): DetectedColumns {
  const folded = headers.map(fold);
  const indexes: Partial<Record<DossierFieldKey, number>> = {};
  const taken = new Set<number>();
  const fields = Object.keys(DOSSIER_COLUMN_LABELS) as DossierFieldKey[];
  for (const field of fields) {
    const names = [
      saved[field],
      DOSSIER_COLUMN_LABELS[field],
      ...(DOSSIER_COLUMN_SYNONYMS[field] ?? []),
    ];
    for (const name of names) {
      if (name === undefined) continue;
      const index = folded.findIndex((header, at) => !taken.has(at) && header === fold(name));
      if (index >= 0) {
        indexes[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  const mapping = Object.fromEntries(
    Object.entries(indexes).map(([field, index]) => [field, headers[index]]),
  ) as DossierColumnMapping;
  return {
    indexes,
    mapping,
    missing: REQUIRED_DOSSIER_FIELDS.filter((field) => indexes[field] === undefined),
    unknownHeaders: headers.filter((header, index) => !taken.has(index) && header.trim() !== ''),
  };
}
