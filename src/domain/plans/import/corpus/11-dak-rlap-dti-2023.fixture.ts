// Đăk R'lấp district (Đắk Nông), plan of the district digital-transformation steering committee 2023, from the district portal: no header block (starts at "KẾ HOẠCH"); the page gave parts I and the start of II only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 11 của kho: dak-rlap-dti-2023. */
export const CORPUS_11_DAK_RLAP_DTI_2023: CorpusPlan = {
  id: '11-dak-rlap-dti-2023',
  source: {
    url: 'http://dakrlap.daknong.gov.vn/ke-hoach-hoat-dong-cua-ban-chi-dao-chuyen-doi-so-huyen-dak-rlap-nam-2023',
    readOn: '2026-12-03',
  },
  indexKinds: ['dti'],
  level: 'district',
  layout: 'prose',
  complete: false,
  text: 'KẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023\nTriển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông về ban hành Kế hoạch chuyển đổi số năm 2023, Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch hoạt động của Ban Chỉ đạo huyện với các nội dung cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng hoạt động của Ban Chỉ đạo, xác định rõ trách nhiệm của từng thành viên Ban Chỉ đạo trong việc thực hiện nhiệm vụ được giao. Các thành viên Ban Chỉ đạo tích cực, chủ động phối hợp chặt chẽ với các phòng, ban, ngành, đoàn thể; tổ chức chính trị - xã hội; UBND các xã, thị trấn; các cơ quan, đơn vị liên quan trong quá trình triển khai thực hiện nhiệm vụ.\nĐề ra các giải pháp, kịp thời tháo gỡ những khó khăn, vướng mắc phát sinh; tập trung chỉ đạo, ưu tiên nguồn lực để thúc đẩy hoàn thành các chỉ tiêu, yêu cầu, nhiệm vụ về phát triển chính quyền số, chuyển đổi số và đảm bảo an toàn thông tin mạng huyện Đăk R’lấp năm 2023.\nII. MỤC TIÊU\nNgoài công tác lãnh đạo, chỉ đạo để thực hiện hoàn thành các chỉ tiêu, yêu cầu, nhiệm vụ đã được phân công tại Kế hoạch số 358/KH-UBND ngày 18/01/2023 của UBND huyện về chuyển đổi số huyện năm 2023 và các Chương trình, kế hoạch tổng thể khác về chuyển đổi số của huyện, các thành viên Ban Chỉ đạo tập trung, đẩy mạnh công tác lãnh đạo, chỉ đạo, điều phối các phòng, ban, ngành, các xã, thị trấn thực hiện một số mục tiêu quan trọng trong năm 2023 ',
  expected: {
    number: null,
    symbol: null,
    issuedOn: null,
    title: 'Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023',
    signerName: null,
    topSections: ['MỤC ĐÍCH, YÊU CẦU', 'MỤC TIÊU'],
    tasks: [],
    leads: [],
  },
};
