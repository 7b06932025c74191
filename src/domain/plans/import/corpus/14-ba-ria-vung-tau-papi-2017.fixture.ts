// Bà Rịa - Vũng Tàu province, Quyết định 2922/QĐ-UBND (16/10/2017) issuing the PAPI action programme 2017–2020, from a legal-text site: the decision (header as "|" rows, articles, a signature row "| KT. CHỦ TỊCH |" without a name) comes before the programme, whose tên loại line was dropped; the page gave the decision and the programme's first line only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 14 của kho: ba-ria-vung-tau-papi-2017. */
export const CORPUS_14_BA_RIA_VUNG_TAU_PAPI_2017: CorpusPlan = {
  id: '14-ba-ria-vung-tau-papi-2017',
  source: {
    url: 'https://ls1.hethongphapluat.com/quyet-dinh-2922-qd-ubnd-nam-2017-ve-chuong-trinh-hanh-dong-nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-tinh-ba-ria-vung-tau-giai-doan-2017-2020.html',
    readOn: '2026-12-03',
  },
  indexKinds: ['papi'],
  level: 'province',
  layout: 'mixed',
  complete: false,
  text: 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 2922/QĐ-UBND | Bà Rịa-Vũng Tàu, ngày 16 tháng 10 năm 2017 |\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ về việc ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020;\nCăn cứ Quyết định số 787/QĐ-UBND ngày 07/4/2016 của UBND tỉnh Bà Rịa - Vũng Tàu về việc ban hành Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020 trên địa bàn tỉnh;\nTheo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 522/TTr-SNV ngày 02 tháng 10 năm 2017,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình hành động nâng cao Chỉ số Hiệu quả quản trị và Hành chính công tỉnh Bà Rịa-Vũng Tàu giai đoạn 2017- 2020.\nĐiều 2. Giám đốc Sở Nội vụ có trách nhiệm chủ trì, phối hợp với các cơ quan liên quan tham mưu triển khai, hướng dẫn, đôn đốc, kiểm tra việc thực hiện Chương trình này.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các Sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố, UBND các xã, phường, thị trấn và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.\n| KT. CHỦ TỊCH |\nNÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI) CỦA TỈNH BÀ RỊA - VŨNG TÀU GIAI ĐOẠN 2017- 2020.\n(Ban hành kèm theo Quyết định số 2922/QĐ-UBND ngày 16 tháng 10 năm 2017 của UBND tỉnh Bà Rịa - Vũng Tàu)\nChỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (sau đâ',
  expected: {
    number: '2922',
    symbol: 'QĐ-UBND',
    issuedOn: '2017-10-16',
    title:
      'NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI) CỦA TỈNH BÀ RỊA - VŨNG TÀU GIAI ĐOẠN 2017- 2020',
    signerName: null,
    topSections: [],
    tasks: [
      {
        content:
          'Giám đốc Sở Nội vụ có trách nhiệm chủ trì, phối hợp với các cơ quan liên quan tham mưu triển khai, hướng dẫn, đôn đốc, kiểm tra việc thực hiện Chương trình này.',
        lead: 'Sở Nội vụ',
        timeframe: '',
      },
    ],
    leads: ['Sở Nội vụ'],
  },
};
