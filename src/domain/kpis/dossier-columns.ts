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

/**
 * Other names exports use for a field (compared folded: accents, case, spaces and punctuation
 * ignored). Sources, read in December 2026:
 * - the «Xuất danh sách hồ sơ» table of a one-stop system's admin client (XuatDanhSachHoSoTable.tsx,
 *   public GitHub, found by exact-string search, repository not named by it): "Đơn vị tiếp nhận",
 *   "Lĩnh vực", "Tên thủ tục hành chính", "Mã hồ sơ", "Trạng thái", "Ngày nhận", "Ngày hẹn trả",
 *   "Ngày kết thúc xử lý";
 * - a one-stop process model (C#, public GitHub): ngày tiếp nhận, ngày hẹn trả, "hình thức tiếp
 *   nhận", and github.com/HuanVu201/DichVuCong_KhoaLuan_PASETO (a DVC system: ngày hẹn trả,
 *   BCCI, yêu cầu bổ sung);
 * - an importer of one-stop exports (public GitHub, case import service): "Số hồ sơ", "Tên thủ tục
 *   hành chính", "Tên lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày kết thúc xử lý",
 *   "Cơ quan/đơn vị", "Trạng thái hồ sơ";
 * - Thông tư 01/2018/TT-VPCP (phiếu tiếp nhận và hẹn trả kết quả, sổ theo dõi hồ sơ): "Ngày hẹn trả
 *   kết quả", "Ngày trả kết quả", and Decision 766's own field names ("Số lần yêu cầu bổ sung",
 *   "Thanh toán trực tuyến", "Số hóa hồ sơ", "Kết quả điện tử").
 */
export const DOSSIER_COLUMN_SYNONYMS: Partial<Record<DossierFieldKey, readonly string[]>> = {
  code: ['Số hồ sơ', 'Mã HS', 'Mã số hồ sơ', 'Số biên nhận'],
  unitCode: [
    'Mã đơn vị',
    'Mã cơ quan',
    'Mã cơ quan tiếp nhận',
    'Đơn vị tiếp nhận',
    'Cơ quan tiếp nhận',
    'Cơ quan/đơn vị',
  ],
  procedureCode: ['Mã TTHC', 'Mã thủ tục hành chính', 'Mã thủ tục HC'],
  procedureName: ['Tên thủ tục hành chính', 'Tên TTHC', 'Thủ tục hành chính', 'Thủ tục'],
  field: ['Tên lĩnh vực', 'Lĩnh vực TTHC', 'Lĩnh vực giải quyết'],
  receivedAt: [
    'Thời gian tiếp nhận',
    'Ngày nhận',
    'Ngày nhận hồ sơ',
    'Ngày giờ tiếp nhận',
    'Ngày nộp',
    'Ngày nộp hồ sơ',
  ],
  promisedAt: ['Ngày hẹn trả kết quả', 'Hẹn trả', 'Hẹn trả kết quả', 'Hạn xử lý', 'Hạn giải quyết'],
  finishedAt: [
    'Ngày kết thúc xử lý',
    'Ngày hoàn thành',
    'Ngày trả kết quả',
    'Ngày trả',
    'Thời gian có kết quả',
    'Ngày kết thúc',
  ],
  status: ['Trạng thái hồ sơ', 'Tình trạng', 'Tình trạng hồ sơ', 'Trạng thái xử lý'],
  channel: [
    'Hình thức tiếp nhận',
    'Hình thức nộp hồ sơ',
    'Kênh tiếp nhận',
    'Kênh nộp',
    'Nguồn tiếp nhận',
  ],
  onlineLevel: ['Mức độ DVC', 'Mức độ dịch vụ công', 'Mức độ DVCTT', 'Loại DVC trực tuyến'],
  paidOnline: ['Đã thanh toán trực tuyến', 'TT trực tuyến', 'Thanh toán trực tuyến phí, lệ phí'],
  hasFee: ['Có phí', 'Có lệ phí', 'Phí, lệ phí', 'Thu phí'],
  supplementRequests: ['Số lần bổ sung', 'Số lần yêu cầu bổ sung hồ sơ', 'Số lần YCBS'],
  pausedDays: ['Số ngày dừng xử lý', 'Số ngày chờ bổ sung', 'Số ngày tạm ngừng'],
  digitisedFile: ['Số hóa thành phần hồ sơ', 'Đã số hóa hồ sơ', 'Số hóa TPHS'],
  digitisedResult: ['Số hóa kết quả giải quyết', 'Đã số hóa kết quả'],
  electronicResult: ['Trả kết quả điện tử', 'Có kết quả điện tử', 'Cấp kết quả điện tử'],
  satisfaction: [
    'Đánh giá hài lòng',
    'Kết quả đánh giá',
    'Đánh giá',
    'Mức độ hài lòng của người dân',
  ],
  complaint: ['Phản ánh kiến nghị', 'Có phản ánh', 'Phản ánh', 'PAKN'],
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

/**
 * Maps `headers` to fields: the saved mapping first, then each field's label, then its synonyms;
 * a header fills one field at most.
 */
export function detectColumns(
  headers: readonly string[],
  saved: DossierColumnMapping = {},
): DetectedColumns {
  const folded = headers.map(fold);
  const indexes: Partial<Record<DossierFieldKey, number>> = {};
  const taken = new Set<number>();
  const fields = Object.keys(DOSSIER_COLUMN_LABELS) as DossierFieldKey[];
  const claim = (field: DossierFieldKey, name: string | undefined) => {
    if (name === undefined || indexes[field] !== undefined) return;
    const index = folded.findIndex((header, at) => !taken.has(at) && header === fold(name));
    if (index < 0) return;
    indexes[field] = index;
    taken.add(index);
  };
  // In passes, so that a saved choice beats a label and a label beats a synonym of another field
  // ("Đơn vị tiếp nhận" saved for the unit wins over any detection that would claim it first).
  for (const field of fields) claim(field, saved[field]);
  for (const field of fields) claim(field, DOSSIER_COLUMN_LABELS[field]);
  for (const field of fields)
    for (const name of DOSSIER_COLUMN_SYNONYMS[field] ?? []) claim(field, name);
  const mapping = Object.fromEntries(
    fields.flatMap((field) => {
      const index = indexes[field];
      return index === undefined ? [] : [[field, headers[index]]];
    }),
  ) as DossierColumnMapping;
  return {
    indexes,
    mapping,
    missing: REQUIRED_DOSSIER_FIELDS.filter((field) => indexes[field] === undefined),
    unknownHeaders: headers.filter((header, index) => !taken.has(index) && header.trim() !== ''),
  };
}
