// Sơn La province, Kế hoạch 243/KH-UBND (07/10/2023) on DTI, from a legal-text site (its name is the first line); header lines stacked one per line, no table; the page gave the header, the opening and the start of part I only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 03 của kho: son-la-dti-2023. */
export const CORPUS_03_SON_LA_DTI_2023: CorpusPlan = {
  id: '03-son-la-dti-2023',
  source: {
    url: 'https://hethongphapluat.vn/ke-hoach-243-kh-ubnd-nam-2023-ve-nang-cao-chi-so-chuyen-doi-so-dti-tinh-son-la.html',
    readOn: '2026-12-03',
  },
  indexKinds: ['dti'],
  level: 'province',
  layout: 'prose',
  complete: false,
  text: 'Hệ thống pháp luật\n\nỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 243/KH-UBND\n\nSơn La, ngày 07 tháng 10 năm 2023\n\n \n\nKẾ HOẠCH\n\nNÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH SƠN LA\n\nThực hiện Quyết định số 922/QĐ-BTTTT ngày 20/5/2022 của Bộ Thông tin và Truyền thông về phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố trực thuộc Trung ương và của quốc gia”; Công văn số 3243/BTTTT- CĐSQG ngày 11/8/2023 của Bộ Thông tin và Truyền thông về triển khai, đánh giá DTI; theo đề nghị tại Tờ trình số 111/TTr-STTTT ngày 28/9/2023 của Sở Thông tin và Truyền thông.\n\nTheo tổng hợp, báo cáo của Bộ Thông tin và Truyền thông. Xếp hạng chỉ số chuyển đổi số hàng năm của tỉnh Sơn La đạt mức trung bình và dưới trung bình so với cả nước. Cụ thể: Năm 2020 (xếp hạng 51 chỉ số 0,2613); Năm 2021 (xếp hạng 43 chỉ số 0,3438); Năm 2022 (xếp hạng 44, chỉ số 0,5478). Để nâng cao vị trí xếp hạng chỉ số đánh giá chuyển đổi số (DTI) của tỉnh, khắc phục những chỉ số xếp hạng vị trí thấp và phát huy những chỉ số xếp hạng vị trí cao góp phần đạt các mục tiêu chuyển đổi số tỉnh Sơn La, Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao Chỉ số chuyển đổi số (DTI) tỉnh Sơn La năm 2023 và các năm tiếp theo, cụ thể như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Thúc đẩy mạnh mẽ quá trình chuyển đổi số, nâng cao Chỉ số DTI của tỉnh một cách bền vững; tạo sự chuyển biến trong nhận thức của cán bộ, c',
  expected: {
    number: '243',
    symbol: 'KH-UBND',
    issuedOn: '2023-10-07',
    title: 'NÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH SƠN LA',
    signerName: null,
    topSections: ['MỤC ĐÍCH, YÊU CẦU'],
    tasks: [],
    leads: [],
  },
};
