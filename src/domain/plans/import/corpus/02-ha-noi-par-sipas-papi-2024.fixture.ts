// Hà Nội city, Kế hoạch 164/KH-UBND (30/5/2024) on PAR Index, SIPAS and PAPI, from a legal-text site: site notices, metadata and the header block come as flattened table cells with lone "|" lines; the page gave the header and the first lines of the opening only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 02 của kho: ha-noi-par-sipas-papi-2024. */
export const CORPUS_02_HA_NOI_PAR_SIPAS_PAPI_2024: CorpusPlan = {
  id: '02-ha-noi-par-sipas-papi-2024',
  source: {
    url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-164-KH-UBND-2024-nang-cao-Chi-so-Cai-cach-hanh-chinh-Ha-Noi-611691.aspx?tab=3',
    readOn: '2026-12-03',
  },
  indexKinds: ['par_index', 'sipas', 'papi'],
  level: 'province',
  layout: 'mixed',
  complete: false,
  text: '|\nBản dịch này thuộc quyền sở hữu của\nTHƯ VIỆN PHÁP LUẬT. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của\nTHƯ VIỆN PHÁP LUẬT là vi phạm pháp luật về Sở hữu trí tuệ.\nTHƯ VIỆN PHÁP LUẬT has the copyright on this translation. Copying or reposting it without the consent of\nTHƯ VIỆN PHÁP LUẬT is a violation against the Law on Intellectual Property.\nX\nCÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\nCác nội dung của VB này được VB khác thay đổi, hướng dẫn sẽ được làm nổi bật bằng\ncác màu sắc:\n: Sửa đổi, thay thế,\nhủy bỏ\nClick vào phần bôi vàng để xem chi tiết.\n|\n|\n|\nĐang tải văn bản...\nSố hiệu:\n|\n164/KH-UBND\n|\n|\nLoại văn bản:\n|\nKế hoạch\n|\nNơi ban hành:\n|\nThành phố Hà Nội\n|\n|\nNgười ký:\n|\nTrần Sỹ Thanh\n|\nNgày ban hành:\n|\n30/05/2024\n|\n|\nNgày hiệu lực:\n|\nĐã biết\n|\nNgày công báo:\n|\nĐang cập nhật\n|\n|\nSố công báo:\n|\nĐang cập nhật\n|\n|\nTình trạng:\n|\nĐã biết\n|\nỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 164/KH-UBND\n|\nHà Nội, ngày 30\ntháng 5 năm 2024\n|\nKẾ HOẠCH\nTIẾP TỤC NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH - PAR INDEX, CHỈ\nSỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH\nNHÀ NƯỚC - SIPAS VÀ CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH - PAPI\nNĂM 2024 CỦA THÀNH PHỐ HÀ NỘI\nNgày 02/4/2024, Chương trình\nPhát triển Liên hợp quốc tại Việt Nam (UNDP) công bố kết quả Chỉ số Hiệu quả quản\ntrị và hành chính công cấp tỉnh (sau đây viết tắt là PAPI) năm 2023. Kết\nquả: Thành phố Hà Nội đạt 43.9603 điểm (tăng 0.0603 điểm so với năm 2022); xếp\nthứ 15/63 tỉnh, thành',
  expected: {
    number: '164',
    symbol: 'KH-UBND',
    issuedOn: '2024-05-30',
    title:
      'TIẾP TỤC NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH - PAR INDEX, CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC - SIPAS VÀ CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH - PAPI NĂM 2024 CỦA THÀNH PHỐ HÀ NỘI',
    signerName: 'Trần Sỹ Thanh',
    topSections: [],
    tasks: [],
    leads: [],
  },
};
