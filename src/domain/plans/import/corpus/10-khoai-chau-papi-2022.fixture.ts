// Khoái Châu district (Hưng Yên), PAPI communication plan 2022, print view of the district portal: the title line printed twice (page title and heading, tên loại and trích yếu on one line), no header block; the page gave the opening paragraphs only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 10 của kho: khoai-chau-papi-2022. */
export const CORPUS_10_KHOAI_CHAU_PAPI_2022: CorpusPlan = {
  id: '10-khoai-chau-papi-2022',
  source: {
    url: 'https://khoaichau.hungyen.gov.vn/portal/pages/print.aspx?p=11053',
    readOn: '2026-12-03',
  },
  indexKinds: ['papi'],
  level: 'district',
  layout: 'prose',
  complete: false,
  text: 'Kế hoạch tuyên truyền nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) huyện năm 2022\n\nKế hoạch tuyên truyền nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) huyện năm 2022\n\nThực hiện Kế hoạch số 176/KH-UBND ngày 22/2/2022 của Ủy ban nhân dân huyện Khoái Châu về việc nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) huyện Khoái Châu năm 2022. Nhằm phát huy sự tham gia của mọi tầng lớp Nhân dân vào quá trình xây dựng, thực thi và giám sát việc thực thi chính sách, góp phần nâng cao chất lượng điều hành, quản trị và hành chính công của bộ máy chính quyền các cấp, xây dựng nền hành chính minh bạch, liêm chính, chuyên nghiệp, thống nhất, nâng cao chất lượng phục vụ và uy tín của chính quyền các cấp với nhân dân.\nXây dựng kế hoạch và đề ra giải pháp thực hiện điều hành lĩnh vực quản lý nhà nước được giao đảm bảo thông suốt, hiệu lực, hiệu quả, góp phần nâng cao chất lượng công tác chỉ đạo, điều hành, tổ chức thực hiện các nhiệm vụ cải cách hành chính của UBND huyện.\nKế hoạch Tuyên truyền nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) huyện Khoái Châu năm 2022 được triển khai đồng bộ đến các cấp chính quyền; tập trung trọng điểm tại các xã, thị trấn trên địa bàn huyện. Quá trình thực hiện cần kết hợp chặt chẽ với thực hiện nhiệm vụ chuyên môn của các phòng, ban, đơn vị và nhiệm vụ phát triển kinh tế - chính trị xã hội của huyện; xác định cải thiện và nâng cao chỉ số PAPI là nhiệm vụ thường xuyên, lâu dài, kiên trì, liên tục của các cơ quan, đơn vị. Đẩy mạnh cô',
  expected: {
    number: null,
    symbol: null,
    issuedOn: null,
    title:
      'tuyên truyền nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) huyện năm 2022',
    signerName: null,
    topSections: [],
    tasks: [],
    leads: [],
  },
};
