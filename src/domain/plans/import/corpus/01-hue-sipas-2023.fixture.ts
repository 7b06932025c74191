// Thừa Thiên Huế province, Kế hoạch 206/KH-UBND (01/6/2023) on SIPAS, from a legal-text site: its search box and metadata (two fields per line) come first; the page gave the header and the start of part A only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 01 của kho: hue-sipas-2023. */
export const CORPUS_01_HUE_SIPAS_2023: CorpusPlan = {
  id: '01-hue-sipas-2023',
  source: {
    url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-206-KH-UBND-2023-nang-cao-Chi-so-hai-long-cua-nguoi-dan-su-phuc-vu-cua-co-quan-Hue-569074.aspx',
    readOn: '2026-12-03',
  },
  indexKinds: ['sipas'],
  level: 'province',
  layout: 'mixed',
  complete: false,
  text: 'Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...\n\nĐăng nhập\n\nĐang tải văn bản...\n\nSố hiệu: 206/KH-UBND Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Thừa Thiên Huế Người ký: Nguyễn Văn Phương\nNgày ban hành: 01/06/2023 Ngày hiệu lực: Đã biết\nNgày công báo: Đang cập nhật Số công báo: Đang cập nhật\nTình trạng: Đã biết\n\nỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 206/KH-UBND\n\nThừa Thiên Huế, ngày 01 tháng 6 năm 2023\n\nKẾ HOẠCH\n\nNÂNG CAO CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (SIPAS) NĂM 2023 CỦA TỈNH\n\nA. KẾT QUẢ CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (CHỈ SỐ SIPAS) CỦA TỈNH NĂM 2022\n\nI. GIỚI THIỆU CHUNG\n\n1. Nội dung, mục đích\n\nBộ Nội vụ triển khai đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (CQHCNN) theo quy định tại các Quyết định của Bộ Nội vụ: số 876/QĐ-BNV ngày 10/11/2022 về việc phê duyệt Đề án “Xác định chỉ số CCHC của các bộ, cơ quan ngang bộ, UBND tỉnh, thành phố trực thuộc Trung ương” giai đoạn 2022 - 2030 và các văn bản triển khai; số 115/QĐ-BNV ngày 24/02/2022 về ban hành Kế hoạch triển khai Đề án “Hệ thống ứng dụng công nghệ thông tin đánh giá CCHC và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2021 - 2030” năm 2022.\n\nCác nội dung, tiêu chí đo lường sự hài lòng của người dân năm 2022 gồm:\n\n- Đo lường nhận định, đánh giá của ngườ',
  expected: {
    number: '206',
    symbol: 'KH-UBND',
    issuedOn: '2023-06-01',
    title:
      'NÂNG CAO CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (SIPAS) NĂM 2023 CỦA TỈNH',
    signerName: 'Nguyễn Văn Phương',
    topSections: [
      'KẾT QUẢ CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (CHỈ SỐ SIPAS) CỦA TỈNH NĂM 2022',
    ],
    tasks: [],
    leads: [],
  },
};
