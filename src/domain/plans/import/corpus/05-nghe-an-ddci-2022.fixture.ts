// Nghệ An province, Kế hoạch 665/KH-UBND (29/9/2022) on DDCI, from a legal-text site: the header is two "|" rows and the issuer cell was lost; the page gave the header, the opening and the start of part I only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 05 của kho: nghe-an-ddci-2022. */
export const CORPUS_05_NGHE_AN_DDCI_2022: CorpusPlan = {
  id: '05-nghe-an-ddci-2022',
  source: {
    url: 'https://hethongphapluat.vn/ke-hoach-665-kh-ubnd-ve-xay-dung-bo-chi-so-va-khao-sat-danh-gia-nang-luc-canh-tranh-cua-so-ban-nganh-cap-tinh-va-uy-ban-nhan-dan-cac-huyen-thanh-pho-thi-xa-ddci-nam-2022-do-tinh-nghe-an-ban-hanh.html',
    readOn: '2026-12-03',
  },
  indexKinds: ['ddci'],
  level: 'province',
  layout: 'mixed',
  complete: false,
  text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | |\nSố: 665/KH-UBND | Nghệ An, ngày 29 tháng 9 năm 2022 |\nKẾ HOẠCH\nXÂY DỰNG BỘ CHỈ SỐ VÀ KHẢO SÁT, ĐÁNH GIÁ NĂNG LỰC CẠNH TRANH CỦA SỞ, BAN, NGÀNH CẤP TỈNH VÀ UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ (DDCI) NĂM 2022\nThực hiện tinh thần Nghị Quyết số 02/NQ-CP ngày 10/01/2022 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch Xây dựng bộ chỉ số và khảo sát, đánh giá năng lực cạnh tranh của sở, ban, ngành cấp tỉnh và UBND các huyện, thành phố, thị xã (DDCI) năm 2022, với nội dung cụ thể như sau:\nI. MỤC TIÊU, YÊU CẦU\na) Mục tiêu chung: Nhằm phát huy vai trò, trách nhiệm điều hành của các sở, ban, ngành cấp tỉnh và UBND các huyện, thành phố, thị xã (UBND cấp huyện) để thúc đẩy cải thiện môi trường kinh doanh tỉnh Nghệ An, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).\nb) Mục tiêu cụ thể:\n- Nâng cao chất lượng giải quyết thủ tục hành chính liên quan đến nhà đầu tư, doanh nghiệp, cải thiện môi trường đầu tư kinh doanh; Tạo sự cạnh tranh, thi đua và đánh giá về chất lượng điều hành quản lý giữa các sở, ban, ngành cấp tỉnh và UBND cấp huyện.\n- Nâng cao hiệu lực trong chỉ đạo, điều hành của lãnh đạo UBND tỉnh đến các sở, ban, ngành cấp tỉnh và UBND cấp huyện.\n- Tạo kênh thông tin tin cậy, rộng rãi và minh bạch để nhà đầu tư, doanh nghiệp được tham gia đóng góp ý kiến xây dựng bộ máy sở, ban, ngành cấp tỉnh và UBND cấp huyện.\n- Trên cơ sở kết quả DDCI, nghiên cứu giải pháp để nâng ',
  expected: {
    number: '665',
    symbol: 'KH-UBND',
    issuedOn: '2022-09-29',
    title:
      'XÂY DỰNG BỘ CHỈ SỐ VÀ KHẢO SÁT, ĐÁNH GIÁ NĂNG LỰC CẠNH TRANH CỦA SỞ, BAN, NGÀNH CẤP TỈNH VÀ UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ (DDCI) NĂM 2022',
    signerName: null,
    topSections: ['MỤC TIÊU, YÊU CẦU'],
    tasks: [],
    leads: [],
  },
};
