// Định Hưng commune (Yên Định, Thanh Hóa), Kế hoạch 01/KH-UBND (03/01/2025) on administrative reform (PAR Index, SIPAS, DDCI), from the commune portal: the two header columns run together on each line, words are glued ("263/KH-UBNDngày", "xãban hành"); the page gave the header and part I only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 08 của kho: dinh-hung-cchc-2025. */
export const CORPUS_08_DINH_HUNG_CCHC_2025: CorpusPlan = {
  id: '08-dinh-hung-cchc-2025',
  source: {
    url: 'https://dinhhung.yendinh.thanhhoa.gov.vn/thu-tuc-hanh-chinh/ke-hoach-cai-cach-hanh-chinh-xa-dinh-hung-nam-2025-281871',
    readOn: '2026-12-03',
  },
  indexKinds: ['par_index', 'sipas', 'ddci'],
  level: 'commune',
  layout: 'mixed',
  complete: false,
  text: 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ĐỊNH HƯNG Độc lập - Tự do - Hạnh phúc\nSố: 01 /KH-UBND Định Hưng, ngày 03 tháng 01 năm 2025\nKẾ HOẠCH\nCải cách hành chính xã Định Hưng năm 2025\nThực hiện 263/KH-UBNDngày 31/12/2024 của Chủ tịch Ủy ban nhân dân huyện Yên Định về Ban hành Kế hoạch cải cách hành chính trên địa bàn huyện Yên Định năm 2025. Ủy ban nhân dân xãban hành Kế hoạch Cải cách hành chính xãĐịnh Hưng năm 2025, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công; sắp xếp tổ chức bộ máy cơ quan nhà nước; cải thiện mạnh mẽ môi trường đầu tư kinh doanh; hiện đại hoá phương thức quản lý, điều hành, góp phần duy trì, cải thiện, nâng cao thứ hạng Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS), Chỉ số năng lực cạnh tranh (DDCI) của xã năm 2025.\n2. Phát huy tinh thần chủ động, sáng tạo, huy động mọi nguồn lực, nâng cao trách nhiệm của người đứng đầu, năng lực của đội ngũ cán bộ, công chức, viên chức trong thực hiện các nhiệm vụ cải cách hành chính (CCHC). Tăng cường kỷ luật, kỷ cương hành chính; nâng cao hiệu quả công tác thanh tra, kiểm tra công vụ nhằm chấn chỉnh, khắc phục kịp thời những hạn chế, yếu kém, nhất là trong việc giải quyết thủ tục hành chính (TTHC) cho người dân, doanh nghiệp; luôn lấy người dân, doanh nghiệp làm trung tâm; lấy sự hài lòng của người dân, doanh nghiệp để đánh giá hiệu quả công tác CCHC.\n3. Việc triển khai các nhiệm vụ CCHC phải được tiến hành đồ',
  expected: {
    number: '01',
    symbol: 'KH-UBND',
    issuedOn: '2025-01-03',
    title: 'Cải cách hành chính xã Định Hưng năm 2025',
    signerName: null,
    topSections: ['MỤC ĐÍCH, YÊU CẦU'],
    tasks: [],
    leads: [],
  },
};
