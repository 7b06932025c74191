// Văn bản pháp lý: the decrees, decisions and circulars the app cites by name (labels, document
// format, dossier columns). Written once here; screens, the domain and shipped frameworks take the
// number, date and title from this list. Dates are ISO (yyyy-mm-dd), as the issuing text dates them.

/** Một văn bản pháp lý: type, number and symbol, date, issuer and what it is about (trích yếu). */
export interface LegalReference {
  /** Loại văn bản: "Quyết định", "Nghị định", "Thông tư". */
  kind: 'Quyết định' | 'Nghị định' | 'Thông tư';
  /** Số, ký hiệu: "766/QĐ-TTg". */
  number: string;
  /** Ngày ban hành, ISO. */
  date: string;
  /** Cơ quan ban hành. */
  issuer: string;
  /** Trích yếu, lower-case first word as it follows the number in a sentence. */
  title: string;
}

/** The legal texts the app cites, by a stable key. */
export const LEGAL_REFERENCES = {
  /** Bộ chỉ số phục vụ người dân, doanh nghiệp (the service_766 index and its KPIs). */
  decision766: {
    kind: 'Quyết định',
    number: '766/QĐ-TTg',
    date: '2022-06-23',
    issuer: 'Thủ tướng Chính phủ',
    title:
      'phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử',
  },
  /** Công tác văn thư: the state format of plans, reports and self-assessments. */
  decree30of2020: {
    kind: 'Nghị định',
    number: '30/2020/NĐ-CP',
    date: '2020-03-05',
    issuer: 'Chính phủ',
    title: 'về công tác văn thư',
  },
  /** Cơ chế một cửa, một cửa liên thông: the wording of dossier columns. */
  decree61of2018: {
    kind: 'Nghị định',
    number: '61/2018/NĐ-CP',
    date: '2018-04-23',
    issuer: 'Chính phủ',
    title: 'về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  },
  /** Amends decree 61/2018 (its dossier wording is read too). */
  decree107of2021: {
    kind: 'Nghị định',
    number: '107/2021/NĐ-CP',
    date: '2021-12-06',
    issuer: 'Chính phủ',
    title: 'sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP',
  },
  /** Dịch vụ công trực tuyến "một phần"/"toàn trình". */
  decree42of2022: {
    kind: 'Nghị định',
    number: '42/2022/NĐ-CP',
    date: '2022-06-24',
    issuer: 'Chính phủ',
    title:
      'quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
  },
  /** The older "mức độ 3/4" of online services that older exports still write. */
  decree43of2011: {
    kind: 'Nghị định',
    number: '43/2011/NĐ-CP',
    date: '2011-06-13',
    issuer: 'Chính phủ',
    title:
      'quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
  },
  /** Phiếu tiếp nhận, sổ theo dõi hồ sơ: dossier column names. */
  circular01of2018: {
    kind: 'Thông tư',
    number: '01/2018/TT-VPCP',
    date: '2018-11-23',
    issuer: 'Văn phòng Chính phủ',
    title: 'hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP',
  },
} as const satisfies Record<string, LegalReference>;

/** Key of one entry of LEGAL_REFERENCES. */
export type LegalReferenceKey = keyof typeof LEGAL_REFERENCES;

/** "Quyết định 766/QĐ-TTg": the type and number, as a label cites it. */
export function legalReferenceName(key: LegalReferenceKey): string {
  const reference = LEGAL_REFERENCES[key];
  return `${reference.kind} ${reference.number}`;
}

/** "Quyết định 766": the type and the number before the slash, as running text cites it. */
export function legalReferenceShortName(key: LegalReferenceKey): string {
  const reference = LEGAL_REFERENCES[key];
  return `${reference.kind} ${reference.number.split('/')[0]}`;
}

/** "QĐ 766": the short tag a narrow column shows (type initials and the number before the slash). */
export function legalReferenceTag(key: LegalReferenceKey): string {
  const reference = LEGAL_REFERENCES[key];
  const initials = { 'Quyết định': 'QĐ', 'Nghị định': 'NĐ', 'Thông tư': 'TT' }[reference.kind];
  return `${initials} ${reference.number.split('/')[0]}`;
}
