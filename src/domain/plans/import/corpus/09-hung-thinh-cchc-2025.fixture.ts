// Hưng Thịnh commune (Đồng Nai), administrative-reform plan 2025 from the commune portal: the page starts at part I (no header, no title) and was cut at the start of part II.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 09 của kho: hung-thinh-cchc-2025. */
export const CORPUS_09_HUNG_THINH_CCHC_2025: CorpusPlan = {
  id: '09-hung-thinh-cchc-2025',
  source: {
    url: 'https://hungthinh.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/ke-hoach-cai-cach-hanh-chinh-xa-hung-thinh-2025-174.html',
    readOn: '2026-12-03',
  },
  indexKinds: ['par_index', 'papi', 'sipas'],
  level: 'commune',
  layout: 'prose',
  complete: false,
  text: 'I. MỤC TIÊU, YÊU CẦU\n1. Mục tiêu\nXây dựng nền hành chính hiện đại, chuyên nghiệp, dân chủ, công khai, minh bạch, liêm chính, tinh gọn, hiệu lực, hiệu quả, phục vụ tốt hơn nhu cầu của người dân và doanh nghiệp trên địa bàn xã mới sau khi sáp nhập; tập trung thực hiện đồng bộ 06 nội dung trọng tâm của cải cách hành chính, gồm: cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công và xây dựng, phát triển chính quyền điện tử, chính quyền số.\nCải thiện toàn diện các chỉ số đánh giá cải cách hành chính, nhất là Chỉ số PAR INDEX, PAPI, SIPAS, PCI góp phần nâng cao hiệu lực, hiệu quả quản lý nhà nước, nâng cao mức độ hài lòng và niềm tin của người dân, tổ chức, doanh nghiệp đối với chính quyền cấp xã sau sáp nhập.\n2. Yêu cầu\nHệ thống thể chế của nền hành chính hoàn thiện, tổ chức thi hành pháp luật đảm bảo hiệu lực, hiệu quả.\nCải cách hành chính được đẩy mạnh theo hướng chuẩn hóa thủ tục hành chính, ứng dụng công nghệ thông tin kết hợp với các giải pháp nâng cao hiệu quả giải quyết thủ tục hành chính cho người dân và doanh nghiệp.\nĐội ngũ cán bộ, công chức, viên chức chuyên nghiệp, có phẩm chất, đạo đức tốt, trình độ chuyên môn đáp ứng yêu cầu nhiệm vụ được giao; bộ máy nhà nước được tổ chức tinh gọn, hoạt động hiệu quả.\nTiếp tục xây dựng, hoàn thiện chính quyền điện tử, chính quyền số.\nII. NỘI DUNG, MỤC TIÊU, NHIỆM VỤ CỤ THỂ\n1. Cải cách thể chế\n1.1. Mục tiêu\nHoàn thiện hệ thống thể chế hành chính của xã theo quy định và thự',
  expected: {
    number: null,
    symbol: null,
    issuedOn: null,
    title: '',
    signerName: null,
    topSections: ['MỤC TIÊU, YÊU CẦU', 'NỘI DUNG, MỤC TIÊU, NHIỆM VỤ CỤ THỂ'],
    tasks: [],
    leads: [],
  },
};
