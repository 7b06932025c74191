/**
 * Sample 004 (Giao Long, draft KH-UBND 2024, /work/shared/domain/samples) typed in: its appendix
 * table in document order, and its header, recipients and signature as a PlanContent, so tests
 * and the .docx renderer can be checked against a real plan.
 *
 * Texts are copied as printed. Where the PDF broke a cell over lines the pieces are joined with one
 * space; timeframes keep the doubled spaces the sample prints (as SAMPLE_TIMEFRAMES does). The
 * sample numbers its groups I, II, III, VI, V, VI, VII and continues task numbers 6–8 in group II;
 * only the group texts are kept, since the renderer renumbers groups I..VII and tasks per group.
 * Group IV's only row prints "Các cơ quan liên quan" under Cơ quan chủ trì and "VP TK (NV)" under
 * phối hợp (the reverse of every other row); it is kept as printed.
 */
import type { OutputKind, PlanContent, PlanTask } from './plan';

/** Dòng phụ lục mẫu 004: one task row of the sample's appendix, with the group it sits under. */
export interface Sample004AppendixRow {
  area: string;
  content: string;
  outputDescription: string;
  timeframeText: string;
  lead: string;
  coordinating: string;
}

const DIRECTION = 'Công tác chỉ đạo, điều hành về CCHC';
const INSTITUTIONS = 'Cải cách thể chế';
const PROCEDURES = 'Cải cách thủ tục hành chính';
const ORGANISATION = 'Cải cách tổ chức bộ máy';
const CIVIL_SERVICE = 'Cải cách chế độ công vụ';
const PUBLIC_FINANCE = 'Cải cách tài chính công';
const DIGITAL = 'Xây dựng chính quyền điện tử, chính quyền số';

const ONE_STOP = 'VP TK (Một cửa)';
const HOME_AFFAIRS = 'VP TK (NV)';
const JUSTICE = 'CC.Tư pháp';
const CULTURE_SOCIETY = 'CC. VHXH';
const RELATED_AGENCIES = 'Các cơ quan liên quan';
const RELATED_SECTORS = 'Các ngành liên quan';
const COMMUNE_SECTORS = 'Các ngành chuyên môn xã';

/** Phụ lục mẫu 004: the 21 task rows of the sample's appendix, in document order. */
// One printed row per line, so the table reads like the sample.
// prettier-ignore
export const SAMPLE_004_APPENDIX: readonly Sample004AppendixRow[] = [
  row(DIRECTION, 'Xây dựng và triển khai Kế hoạch CCHC năm 2024', 'Kế hoạch', 'Trước 15/01/2024', ONE_STOP, RELATED_SECTORS),
  row(DIRECTION, 'Xây dựng Kế hoạch tuyên truyền CCHC năm 2024', 'Kế hoạch', 'Trước 15/01/2024', ONE_STOP, RELATED_SECTORS),
  row(DIRECTION, 'Thực hiện công tác tuyên truyền CCHC theo kế hoạch', 'Các chuyên mục, bài viết', 'Năm 2024 (Thường xuyên)', ONE_STOP, 'CB. Đài truyền thanh'),
  row(DIRECTION, 'Tự đánh giá, chấm điểm để xác định Chỉ số CCHC năm 2023', 'Báo cáo chấm điểm', 'Theo quy định của Sở Nội vụ', HOME_AFFAIRS, RELATED_SECTORS),
  row(DIRECTION, 'Khảo sát, đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước', 'Báo cáo kết quả khảo sát', 'Quý III,IV năm 2024', HOME_AFFAIRS, RELATED_AGENCIES),
  row(INSTITUTIONS, 'Thực hiện góp ý, thẩm định 100% văn bản quy phạm pháp luật khi có yêu cầu; tự kiểm tra 100% văn bản sau khi ban hành', 'Công văn góp ý và Báo cáo thẩm định', 'Quý I, II, III, IV/2024', JUSTICE, 'UBND xã'),
  row(INSTITUTIONS, 'Xây dựng và tổ chức thực hiện kế hoạch rà soát VBQPPL', 'Kế hoạch', 'Quí II/2024', JUSTICE, 'UBND xã'),
  row(INSTITUTIONS, 'Tiếp tục theo dõi thi hành pháp luật trên địa bàn xã, đảm bảo hiệu quả, có trọng tâm, trọng điểm, phù hợp với tình hình thực tế tại địa phương và theo sự chỉ đạo của cấp trên', 'Kế hoạch, Báo cáo, Công văn,..', 'Quý I, II, III, IV/2024', JUSTICE, 'UBND xã'),
  row(PROCEDURES, 'Xây dựng các Kế hoạch liên quan đến hoạt động kiểm soát thủ tục hành chính năm 2024', 'Kế hoạch', 'Trước 15/01/2024', ONE_STOP, RELATED_AGENCIES),
  row(PROCEDURES, 'Rà soát, đánh giá các quy định, thủ tục hành chính', 'Báo cáo kết quả rà soát', 'Quý II, III/2024', ONE_STOP, RELATED_AGENCIES),
  row(PROCEDURES, 'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính thuộc thẩm quyền của UBND xã, Chủ tịch UBND xã', 'Báo cáo kết quả xử lý phản ánh, kiến nghị', 'Thường xuyên trong năm', ONE_STOP, RELATED_AGENCIES),
  row(PROCEDURES, 'Cập nhật, niêm yết công khai đầy đủ, kịp thời, chính xác Bộ TTHC thuộc thẩm quyền giải quyết tại Bộ phận Một cửa các cấp và trên Cổng Thông tin điện tử của cơ quan, đơn vị theo đúng quy định', 'Niêm yết Bộ TTHC', 'Thường xuyên', ONE_STOP, RELATED_AGENCIES),
  row(ORGANISATION, 'Rà soát, sắp xếp tổ chức bộ máy và kiện toàn chức năng, nhiệm vụ của ngành chuyên môn theo quy định hiện hành tại các văn bản quy phạm pháp luật của cấp trên', 'Kết quả sắp xếp', 'Khi có quy định', RELATED_AGENCIES, HOME_AFFAIRS),
  row(CIVIL_SERVICE, 'Triển khai thực hiện có hiệu quả các quy định của Trung ương về tinh giản biên chế và cơ cấu lại đội ngũ CBCCVC', 'Các văn bản có liên quan', 'Trong năm', HOME_AFFAIRS, RELATED_AGENCIES),
  row(CIVIL_SERVICE, 'Xây dựng và triển khai Kế hoạch đào tạo, bồi dưỡng CBCCVC năm 2024', 'Kế hoạch', 'Quý I/2024', HOME_AFFAIRS, RELATED_AGENCIES),
  row(PUBLIC_FINANCE, 'Thực hiện các quy định về quản lý tài chính, tài sản công', 'Báo cáo', 'Trong năm', 'CC. Tài chính kế toán', ''),
  row(DIGITAL, 'Xây dựng kế hoạch ứng dụng công nghệ thông tin của huyện', 'Kế hoạch', 'Tháng 01/2024', CULTURE_SOCIETY, ''),
  row(DIGITAL, 'Khai thác, sử dụng Hệ thống quản lý văn bản và chỉ đạo điều hành (VNPT-iOffice) trong hoạt động chỉ đạo, điều hành và quản trị nội bộ của các cơ quan hành chính nhà nước', 'Báo cáo', 'Trong năm 2024', CULTURE_SOCIETY, COMMUNE_SECTORS),
  row(DIGITAL, 'Nâng cao tỷ lệ CBCC sử dụng thư điện tử công vụ trong trao đổi công việc', '80% trở lên', 'Trong năm  2024', CULTURE_SOCIETY, COMMUNE_SECTORS),
  row(DIGITAL, 'Cung cấp dịch vụ công trực tuyến toàn trình và nâng cao tỷ lệ hồ sơ trực tuyến toàn trình', 'Báo cáo', 'Trong năm  2024', CULTURE_SOCIETY, COMMUNE_SECTORS),
  row(DIGITAL, 'Áp dụng hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 tại cơ quan', '100% cơ quan chuyên môn', 'Trong năm 2024', 'CC. VP-TK (Một cửa)', COMMUNE_SECTORS),
];

function row(
  area: string,
  content: string,
  outputDescription: string,
  timeframeText: string,
  lead: string,
  coordinating: string,
): Sample004AppendixRow {
  return { area, content, outputDescription, timeframeText, lead, coordinating };
}

/** Tên cơ quan chủ trì mẫu 004: every distinct lead text of the appendix, in first-appearance order. */
export const SAMPLE_004_LEAD_TEXTS: readonly string[] = [
  ...new Set(SAMPLE_004_APPENDIX.map((task) => task.lead)),
];

/**
 * Nhiệm vụ mẫu 004: the appendix as PlanTask[]. `leadIds` maps a lead text to an organisation id
 * (tests create organisations named like the lead texts); an unmapped lead stays a suggestion.
 * Coordinating texts go to coordinatingNote, as free text the tree does not hold.
 */
export function sample004Tasks(leadIds: ReadonlyMap<string, string> = new Map()): PlanTask[] {
  return SAMPLE_004_APPENDIX.map((task): PlanTask => ({
    area: task.area,
    sectionId: null,
    kind: 'assignment',
    leadGroup: null,
    groupId: null,
    content: task.content,
    solution: '',
    nodeLinks: [],
    leadOrganisationId: leadIds.get(task.lead) ?? null,
    leadSuggestion: leadIds.has(task.lead) ? '' : task.lead,
    coordinatingOrganisationIds: [],
    coordinatingNote: task.coordinating,
    outputKind: outputKindOf(task.outputDescription),
    outputDescription: task.outputDescription,
    timeframeText: task.timeframeText,
    note: '',
    status: 'not_started',
  }));
}

/** The output kind a printed "Kết quả" names first ("Báo cáo chấm điểm" → report). */
function outputKindOf(output: string): OutputKind {
  if (output.startsWith('Kế hoạch')) return 'plan';
  if (output.startsWith('Báo cáo')) return 'report';
  if (output.startsWith('Công văn')) return 'letter';
  if (output.startsWith('Các chuyên mục')) return 'articles';
  if (/^\d+%/.test(output)) return 'figure';
  return 'other';
}

/** Nơi nhận mẫu 004, as printed (the "Lưu" line included). */
export const SAMPLE_004_RECIPIENTS: readonly string[] = [
  'Phòng Nội vụ',
  'TT Đảng ủy',
  'CT, các PCT.UBND xã',
  'UB MTTQ VN xã',
  'Các ban, ngành xã',
  '6/6 ấp',
  'Đài truyền thanh xã',
  'Lưu: VT,VP (27b)',
];

/** Nội dung kế hoạch mẫu 004: Giao Long's draft header, opening, purpose, recipients and signature. */
export function sample004Content(): PlanContent {
  return {
    parentBody: '',
    issuingBody: 'ỦY BAN NHÂN DÂN XÃ GIAO LONG',
    number: null,
    symbol: 'KH-UBND',
    place: 'Giao Long',
    issuedOn: null,
    year: 2024,
    title: 'Thực hiện công tác cải cách hành chính năm 2024',
    preamble:
      'Thực hiện Kế hoạch số 16/KH-UBND, ngày 03 tháng 01 năm 2024 của Ủy ban nhân dân huyện Châu Thành về việc thực hiện công tác cải cách hành chính (CCHC) năm 2024, Ủy ban nhân dân xã Giao Long xây dựng kế hoạch thực hiện công tác CCHC năm 2024, cụ thể như sau:',
    basis: [],
    purpose:
      'Xây dựng nền hành chính dân chủ, hiện đại, chuyên nghiệp, kỷ cương, công khai, minh bạch, nâng cao trách nhiệm; đội ngũ cán bộ, công chức, viên chức có phẩm chất, năng lực và uy tín ngang tầm nhiệm vụ. Nâng cao chất lượng của nền hành chính thông qua việc nâng cao các chỉ số liên quan công tác CCHC như: Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân về sự phục vụ của cơ quan hành chính (SIPAS).',
    requirements:
      'Triển khai có hiệu quả công tác CCHC năm 2024 nhằm đảm bảo phù hợp với kế hoạch phát triển kinh tế - xã hội của huyện năm 2024.\n- Thực hiện tốt công tác quản lý cán bộ, công chức theo quy định.\n- Duy trì 100% hoạt động chỉ đạo, điều hành và quản trị nội bộ của đơn vị được thực hiện trên môi trường mạng.',
    frameworkIds: [],
    targets: [],
    sections: [],
    appendixTable: true,
    implementation:
      'UBND xã đề nghị các ban, ngành xã quan tâm triển khai, phối hợp đảm bảo thực hiện đúng kế hoạch đã đề ra./.',
    reportingDuties: '',
    recipients: [...SAMPLE_004_RECIPIENTS],
    signature: {
      mode: 'TM',
      authority: 'Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
      signerName: 'Nguyễn Văn A',
    },
  };
}
