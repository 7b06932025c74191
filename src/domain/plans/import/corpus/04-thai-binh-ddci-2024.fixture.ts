// Thái Bình province, Kế hoạch 96/KH-UBND (03/6/2024) on DDCI, from a legal-text bulletin: the header table is flattened (each cell wrapped over lines, "|" between cells) and the title breaks mid-word group ("TRIỂN / KHAI"); the page gave the header, the opening and the start of part I only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 04 của kho: thai-binh-ddci-2024. */
export const CORPUS_04_THAI_BINH_DDCI_2024: CorpusPlan = {
  id: '04-thai-binh-ddci-2024',
  source: {
    url: 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=5caeb49a-b487-41a2-8480-aceae26bfb26&key=Ql50XvreN1OFD%2FtleLWBJw%3D%3D',
    readOn: '2026-12-03',
  },
  indexKinds: ['ddci'],
  level: 'province',
  layout: 'mixed',
  complete: false,
  text: 'ỦY BAN NHÂN\nDÂN\nTỈNH\nTHÁI BÌNH\n-------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 96/KH-UBND\n|\nThái Bình,\nngày 03 tháng 6 năm 2024\n|\nKẾ HOẠCH\nTRIỂN\nKHAI ĐO LƯỜNG BỘ CHỈ SỐ ĐÁNH GIÁ NĂNG LỰC CẠNH TRANH CẤP SỞ, BAN, NGÀNH, HUYỆN,\nTHÀNH PHỐ (DDCI) TỈNH THÁI BÌNH NĂM 2024\nThực hiện Nghị quyết số 01-NQ/CP ngày\n05/01/2024 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch phát\ntriển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024; Nghị quyết số\n02-NQ/CP ngày 05/01/2024 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện\nmôi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024. Để tiếp\ntục tạo chuyển biến tích cực về môi trường đầu tư kinh doanh, cải thiện vị trí\nxếp hạng Chỉ số năng lực cạnh tranh (PCI) của tỉnh; Ủy ban nhân dân tỉnh ban\nhành Kế hoạch triển khai đo lường Bộ Chỉ số đánh giá năng lực cạnh tranh cấp sở,\nban, ngành, huyện, thành phố (Bộ Chỉ số DDCI) tỉnh Thái Bình năm 2024 như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Thực hiện có hiệu quả Nghị quyết số\n01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về những nhiệm\nvụ, giải pháp phát triển kinh tế - xã hội và dự toán ngân sách nhà nước, cải\nthiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024; cải\nthiện thứ hạng vị trí Chỉ số năng lực cạnh tranh (PCI) của tỉnh trong các năm\ntiếp theo.\n- Đánh giá mức độ hài lòng của nhà đầu\ntư, doanh nghiệp, hộ kinh doanh, hợp tác xã (sau đây gọi chung là doanh nghiệp)\nđang đầu tư, hoạt động sản xuất, kinh doanh trên địa ',
  expected: {
    number: '96',
    symbol: 'KH-UBND',
    issuedOn: '2024-06-03',
    title:
      'TRIỂN KHAI ĐO LƯỜNG BỘ CHỈ SỐ ĐÁNH GIÁ NĂNG LỰC CẠNH TRANH CẤP SỞ, BAN, NGÀNH, HUYỆN, THÀNH PHỐ (DDCI) TỈNH THÁI BÌNH NĂM 2024',
    signerName: null,
    topSections: ['MỤC ĐÍCH, YÊU CẦU'],
    tasks: [],
    leads: [],
  },
};
