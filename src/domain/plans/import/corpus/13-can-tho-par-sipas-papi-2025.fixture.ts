// Cần Thơ city, Kế hoạch 101/KH-UBND (02/10/2025) on PAR Index, SIPAS, PAPI (and PCI, PGI) 2025–2030, from a legal-text site: a subscription notice first, the header as two "|" rows; the page gave the header and the start of part I only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 13 của kho: can-tho-par-sipas-papi-2025. */
export const CORPUS_13_CAN_THO_PAR_SIPAS_PAPI_2025: CorpusPlan = {
  id: '13-can-tho-par-sipas-papi-2025',
  source: {
    url: 'https://hethongphapluat.vn/ke-hoach-101-kh-ubnd-d771c03bbcb9fd02f14d31784286f5ae.html',
    readOn: '2026-12-03',
  },
  indexKinds: ['par_index', 'sipas', 'papi'],
  level: 'province',
  layout: 'mixed',
  complete: false,
  text: 'Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 101/KH-UBND | Cần Thơ, ngày 02 tháng 10 năm 2025 |\nKẾ HOẠCH\nCẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX), CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS), CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI), CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) VÀ CHỈ SỐ XANH (PGI) CỦA THÀNH PHỐ CẦN THƠ (SAU SẮP XẾP) GIAI ĐOẠN 2025 - 2030\nI. SỰ CẦN THIẾT BAN HÀNH KẾ HOẠCH\nThực hiện chủ trương sắp xếp đơn vị hành chính, thành phố Cần Thơ mới được hình thành, mở ra nhiều cơ hội phát triển và đặt ra không ít thách thức đan xen. Bối cảnh này yêu cầu thành phố Cần Thơ thiết lập phương thức điều hành, quản trị hành chính thống nhất, hiện đại, chú trọng nâng cao chất lượng phục vụ người dân, doanh nghiệp toàn thành phố, cải thiện môi trường đầu tư kinh doanh, tạo nền tảng cho sự phát triển bền vững trong giai đoạn mới.\nTheo kết quả công bố PAR INDEX, SIPAS, PAPI, PCI và PGI năm 2024 của 03 (ba) địa phương trước sắp xếp (tỉnh Sóc Trăng, Hậu Giang và thành phố Cần Thơ) cho thấy sự khác biệt rõ rệt về hiệu quả quản trị, chất lượng cung ứng dịch vụ công và môi trường kinh doanh giữa các địa phương. Cụ thể như sau:\n1. Đối với thành phố Cần Thơ (cũ):\na) PAR INDEX: Đạt 89,13%, hạng 22/63 (tăng 20 bậc).\nb) SIPAS: Đạt 83,28%, hạng 34/63 (giảm 11 bậc).\nc) PAPI: Đạt 40,44 điểm, hạng 59/61 (giảm 06 bậc).\nd) PCI: Đạt 70,01 điểm, hạng 11/63 (tăng 03 bậc).\nđ) PGI: Đạt 5,91 điểm, không xếp hạng do kh',
  expected: {
    number: '101',
    symbol: 'KH-UBND',
    issuedOn: '2025-10-02',
    title:
      'CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX), CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS), CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI), CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) VÀ CHỈ SỐ XANH (PGI) CỦA THÀNH PHỐ CẦN THƠ (SAU SẮP XẾP) GIAI ĐOẠN 2025 - 2030',
    signerName: null,
    topSections: ['SỰ CẦN THIẾT BAN HÀNH KẾ HOẠCH'],
    tasks: [],
    leads: [],
  },
};
