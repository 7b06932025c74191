// Tịnh Trà commune (Sơn Tịnh, Quảng Ngãi), digital-transformation plan (26/4/2024) from the commune portal: the portal title repeats the trích yếu first, the header is "|" rows with the number left blank ("Số: /KH-UBND") and an image placeholder ("![]() |"); the page gave the header and the start of part I only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 12 của kho: tinh-tra-dti-2024. */
export const CORPUS_12_TINH_TRA_DTI_2024: CorpusPlan = {
  id: '12-tinh-tra-dti-2024',
  source: {
    url: 'https://xatinhtra.sontinh.quangngai.gov.vn/page/Article/News/detail/67d14d9f10e9464b9f042acb',
    readOn: '2026-12-03',
  },
  indexKinds: ['dti'],
  level: 'commune',
  layout: 'mixed',
  complete: false,
  text: 'Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 Của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi Đến năm 2025, định hướng đến năm 2030\nỦY BAN NHÂN DÂN XÃ TỊNH TRÀ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |\nSố: /KH-UBND |\nTịnh Trà, ngày 26 tháng 4 năm 2024 |\nKẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023\nCủa Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi\nĐến năm 2025, định hướng đến năm 2030\n![]() |\nThực hiện Kế hoạch số 50/KH-UBND ngày 11/3/2024 của UBND huyện Sơn Tịnh về triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030; UBND xã Tịnh Trà ban hành Kế hoạch triển khai thực hiện Nghị quyết với nội dung chủ yếu như sau:\nI. MỤC TIÊU\n1. Mục tiêu cơ bản đến năm 2025\na) Về chuyển đổi số trong hoạt động của các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội\n- Các cơ sở dữ liệu dùng chung, nền tảng số được kết nối, chia sẻ trên toàn tỉnh và kết nối với bộ, ngành Trung ương; từng bước kết nối, chia sẻ dữ liệu dùng chung giữa các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; các cơ quan, đơn vị, địa phương ứng dụng dữ liệu số trong quản lý, điều hành; cung cấp dữ liệu mở để phục vụ người dân và doanh nghiệp.\n- 100% thủ tục hành chính có đủ điều kiện theo quy định của pháp luật được cung cấp dịch vụ công trực tuyến toàn trình, triển khai tr',
  expected: {
    number: null,
    symbol: 'KH-UBND',
    issuedOn: '2024-04-26',
    title:
      'Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 Của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi Đến năm 2025, định hướng đến năm 2030',
    signerName: null,
    topSections: ['MỤC TIÊU'],
    tasks: [],
    leads: [],
  },
};
