// Bình Dương province, Kế hoạch 4851/KH-UBND (11/10/2018) on determining the PAR Index of departments, districts and communes, from a legal-text site: the header is two "|" rows, and the page dropped the tên loại, the trích yếu and the part headings (so "1. Mục tiêu" is the highest level left); it gave the opening and the start of the objectives only.
// Text kept verbatim as the page gave it; the expected reading follows the rules in corpus-plan.ts.
import type { CorpusPlan } from './corpus-plan';

/** Kế hoạch 06 của kho: binh-duong-par-2018. */
export const CORPUS_06_BINH_DUONG_PAR_2018: CorpusPlan = {
  id: '06-binh-duong-par-2018',
  source: {
    url: 'https://ls1.hethongphapluat.com/ke-hoach-4851-kh-ubnd-nam-2018-ve-trien-khai-xac-dinh-chi-so-cai-cach-hanh-chinh-cua-cac-so-ban-nganh-uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho-va-uy-ban-nhan-dan-cac-xa-phuong-thi-tran-tren-dia-ban-tinh-binh-duong.html',
    readOn: '2026-12-03',
  },
  indexKinds: ['par_index'],
  level: 'province',
  layout: 'mixed',
  complete: false,
  text: 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 4851/KH-UBND | Bình Dương, ngày 11 tháng 10 năm 2018 |\nCăn cứ Quyết định số 2071/QĐ-UBND ngày 27/7/2018 của Ủy ban nhân dân tỉnh về việc phê duyệt Đề án sửa đổi, bổ sung Chỉ số cải cách hành chính và ban hành Chỉ số cải cách hành chính (gọi tắt là Chỉ số CCHC) của các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố; Ủy ban nhân dân các xã, phường, thị trấn trên địa bàn tỉnh Bình Dương.\nỦy ban nhân dân tỉnh ban hành kế hoạch triển khai xác định Chỉ số CCHC của các sở, ban, ngành (sau đây gọi tắt là cấp sở); Ủy ban nhân dân các huyện, thị xã, thành phố (sau đây gọi tắt là cấp huyện) và Ủy ban nhân dân các xã, phường, thị trấn (sau đây gọi tắt là cấp xã), cụ thể như sau:\n1. Mục tiêu\n- Xác định được Chỉ số CCHC của cấp sở, cấp huyện, cấp xã trên địa bàn tỉnh, dựa trên các lĩnh vực, tiêu chí (TC), tiêu chí thành phần (TCTP) theo đặc điểm, tính chất quản lý nhà nước của các cơ quan, đơn vị, địa phương đã được phê duyệt tại Quyết định số 2071/QĐ-UBND ngày 27/7/2018 của Ủy ban nhân dân tỉnh Bình Dương.\n- Trên cơ sở kết quả đánh giá, phân loại và xếp hạng kết quả CCHC được công bố hàng năm, các cơ quan, đơn vị, địa phương chủ động xây dựng mục tiêu, nhiệm vụ về CCHC của đơn vị cho phù hợp với yêu cầu chung của tỉnh; đề ra các giải pháp khắc phục những thiếu sót, hạn chế, góp phần nâng cao hiệu quả công tác CCHC.\n2. Yêu cầu\n- Thực hiện đầy đủ các nhiệm vụ thuộc trách nhiệm của các cơ quan, đơn vị, địa phương theo quy định tại Quyết',
  expected: {
    number: '4851',
    symbol: 'KH-UBND',
    issuedOn: '2018-10-11',
    title: '',
    signerName: null,
    topSections: ['Mục tiêu', 'Yêu cầu'],
    tasks: [],
    leads: [],
  },
};
