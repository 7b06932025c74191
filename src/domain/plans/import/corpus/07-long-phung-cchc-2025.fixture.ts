// Long Phụng commune (Quảng Ngãi), administrative-reform plan 2025 posted as a news item on the commune portal: no header block, only a news sentence about Quyết định 119/QĐ-UBND that issued it (so the plan's own number and date are not in the text); the page gave part I only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 07 của kho: long-phung-cchc-2025. */
export const CORPUS_07_LONG_PHUNG_CCHC_2025: CorpusPlan = {
  id: '07-long-phung-cchc-2025',
  source: {
    url: 'https://longphung.quangngai.gov.vn/tin-tuc/ke-hoach-cai-cach-hanh-chinh-nam-2025.html',
    readOn: '2026-12-03',
  },
  indexKinds: ['par_index', 'sipas'],
  level: 'commune',
  layout: 'prose',
  complete: false,
  text: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\nNgày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND về hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã\nUBND xã Long Phụng ban hành Kế hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tạo chuyển biến mạnh mẽ về kỷ luật, kỷ cương, ý thức, trách nhiệm, chất lượng và hiệu quả phục vụ nhân dân của đội ngũ cán bộ, công chức. Xây dựng chính quyền liêm chính, kiến tạo, hành động, phục vụ tổ chức, công dân tạo môi trường thuận lợi để huy động mọi nguồn lực cho đầu tư phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh.\n- Góp phần cải thiện và nâng cao chỉ số cải cách hành chính của xã.\n- Nâng cao hiệu quả ứng dụng công nghệ thông tin; công khai minh bạch các hoạt động giải quyết thủ tục hành chính. Nâng cao chỉ số hài lòng của người dân; lấy sự hài lòng của người dân là trung tâm phục vụ của cơ quan hành chính.\n2. Yêu cầu\n- Xác định trọng tâm cải cách hành chính (CCHC) là cải cách thủ tục hành chính (TTHC), cải cách tổ chức bộ máy gắn với phân cấp, ủy quyền và phát triển chính quyền điện tử, chính quyền số; công khai, minh bạch, nâng cao trách nhiệm giải trình của các cơ quan nhà nước.\n- Phát huy vai trò, trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo, điều hành công tác CCHC trên địa bàn xã. Việc thực hiện các nhiệm vụ CCHC là một trong những tiêu chí bắt buộc để đánh giá cán bộ, công chức, viên chức hàng năm.\n- Tiếp tục quán triệt thực hiện phươ',
  expected: {
    number: null,
    symbol: null,
    issuedOn: null,
    title: 'CẢI CÁCH HÀNH CHÍNH NĂM 2025',
    signerName: null,
    topSections: ['MỤC ĐÍCH, YÊU CẦU'],
    tasks: [],
    leads: [],
  },
};
