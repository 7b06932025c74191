/**
 * Kho cụm từ thời gian thực hiện: timeframe phrases with the reading a civil servant means, written
 * by hand (not by running the parser), for the corpus test of parseTimeframe.
 *
 * Three origins, kept apart so the test can report each:
 * - 'sample': the shared sample plans 000, 002, 004 (/work/shared/domain/samples), the timeframe
 *   column and the timing parts of the body ("chậm nhất vào ngày 02 hằng tháng").
 * - 'public': public Vietnamese documents and news found with the `search` tool (pages corpus):
 *   plans and reporting rules of provinces and ministries; `source` is the address. Phrases are
 *   copied as written there (sentence parts where the page had no table).
 * - 'variant': phrases written here, each after a real one (`source` names the real one's
 *   document): the same timing in the other spellings plans use (Hàng/Hằng, no accents, capitals,
 *   "năm 2025"/"/2025", en dash, "Hoàn thành"/"Thực hiện"/"(nếu có)" around it), other cadences,
 *   months and years of the same pattern, and unreadable cells. They are not copied from a
 *   document; the search found fewer than 300 real cells (see the test's report).
 *
 * `year` is the plan's year, given to the parser as defaultYear. Readings follow these choices:
 * - a recurring cadence without dates is bounded by the plan's year (`year`); written months or
 *   days bound it instead ("từ tháng 3/2025 đến tháng 12/2025": start, end, no year);
 * - of several cadences ("định kỳ 6 tháng, hằng năm") the shortest sets the checkpoints;
 * - "đầu năm" is the first quarter, "cuối năm" (and "những tháng cuối năm") the last, "6 tháng
 *   đầu năm" 1/1–30/6;
 * - "Định kỳ" alone, like "Thường xuyên", is ongoing work judged every reporting period;
 * - a relative deadline ("chậm nhất 30 ngày kể từ ngày kết thúc quý") or a cell naming two
 *   unrelated times is unknown: a human reads it.
 */
import type { Cadence, TimeframeKind } from './timeframe';

/** Cách hiểu: the fields of a timeframe that carry its meaning, per kind (no `text`, no derived dates). */
export interface TimeframeReading {
  kind: TimeframeKind;
  due?: string;
  year?: number;
  month?: number;
  quarters?: number[];
  from?: string;
  to?: string;
  cadence?: Cadence;
  timesPerPeriod?: number;
  dueMonthOfPeriod?: number;
  dueDay?: number;
  start?: string;
  end?: string;
}

/** Một cụm từ: the text as written, where it comes from, the plan year and the hand reading. */
export interface CorpusEntry {
  text: string;
  origin: 'sample' | 'public' | 'variant';
  source: string;
  year: number;
  expected: TimeframeReading;
}

const deadline = (due: string): TimeframeReading => ({ kind: 'deadline', due });
const day = (due: string): TimeframeReading => ({ kind: 'day', due });
const month = (year: number, monthNumber: number): TimeframeReading => ({
  kind: 'month',
  year,
  month: monthNumber,
});
const quarters = (year: number, list: number[]): TimeframeReading => ({
  kind: 'quarters',
  year,
  quarters: list,
});
const part = (from: string, due: string): TimeframeReading => ({ kind: 'part_of_year', from, due });
const inYear = (year: number): TimeframeReading => ({ kind: 'year', year });
const every = (
  cadence: Cadence,
  rest: Omit<TimeframeReading, 'kind' | 'cadence'> = {},
): TimeframeReading => ({ kind: 'recurring', cadence, ...rest });
const ongoing = (year?: number): TimeframeReading =>
  year === undefined ? { kind: 'ongoing' } : { kind: 'ongoing', year };
const open = (from: string, to?: string): TimeframeReading =>
  to === undefined ? { kind: 'open_ended', from } : { kind: 'open_ended', from, to };
const event: TimeframeReading = { kind: 'event' };
const external: TimeframeReading = { kind: 'external' };
const notStated: TimeframeReading = { kind: 'not_stated' };
const unknown: TimeframeReading = { kind: 'unknown' };

type Row = [text: string, expected: TimeframeReading];

function group(
  origin: CorpusEntry['origin'],
  source: string,
  year: number,
  rows: Row[],
): CorpusEntry[] {
  return rows.map(([text, expected]) => ({ text, origin, source, year, expected }));
}

const S000 = 'sample 000-district-plan-lap-vo-2024.txt';
const S002 = 'sample 002-provincial-office-remediation-plan-2024.txt';
const S004 = 'sample 004-commune-reform-plan-giao-long-2024.txt';
const BARIA =
  'http://cchc.baria-vungtau.gov.vn/tin-tuc-su-kien/-/view_content/content/203311/xay-dung-ke-hoach-cai-cach-hanh-chinh-hang-nam-va-bao-cao-cai-cach-hanh-chinh';
const BTTTT =
  'https://beta.thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/47277/thoi-han-gui-bao-cao-dinh-ky-trong-linh-vuc-thong-tin-truyen-thong';
const NINH_BINH_130 =
  'https://hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2022-ve-giam-sat-danh-gia-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-giai-doan-2021-2025-tren-dia-ban-tinh-ninh-binh.html';
const PHU_QUY_PAPI =
  'https://phuquy.binhthuan.dcs.vn/Trang-chu/post/129632/phu-quy-trien-khai-thuc-hien-chi-so-papi';
const CAFEF_DVC =
  'https://cafef.vn/kiem-tra-chan-chinh-cham-dut-tinh-trang-co-giay-to-hoan-thanh-cung-cap-dich-vu-cong-truc-tuyen-cap-xa-truoc-15-8-2025-188250811105953239.chn';
const SOC_SON =
  'http://bacphu.socson.hanoi.gov.vn/cai-cach-hanh-chinh/-/view_content/625280-tap-trung-hoan-thien-viec-sat-nhap-cac-don-vi-hanh-chinh-cap-tinh-truoc-30-8-2025.html';
const NQ_108 =
  'https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/nghi-quyet-108-nq-cp-2024-phien-hop-chinh-phu-thuong-ky-thang-6-616775.aspx';
const THANH_HOA_NQ_86 =
  'https://baothanhhoa.vn/chinh-phu-trien-khai-nhiem-vu-trong-tam-de-hoan-thanh-cao-nhat-cac-chi-tieu-phat-trien-kinh-te-xa-hoi-2025-267767.htm';
const SIPAS_BINH_DUONG =
  'https://binhduong.gov.vn:443/thong-tin-tuyen-truyen/2024/12/89-do-luong-su-hai-long-cua-nguoi-dan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-nam-202';
const ASIASOFT = 'https://asiasoft.com.vn/2019/08/21/han-nop-bao-cao-tai-chinh-to-khai-thue/';

/** The sample plans' timeframe cells and the timing parts of their bodies. */
const SAMPLES: CorpusEntry[] = [
  ...group('sample', S004, 2024, [
    ['Trước 15/01/2024', deadline('2024-01-15')],
    ['Năm 2024 (Thường xuyên)', ongoing(2024)],
    ['Theo quy định của Sở Nội vụ', external],
    ['Quý III,IV năm 2024', quarters(2024, [3, 4])],
    ['Quý I, II, III, IV/2024', quarters(2024, [1, 2, 3, 4])],
    ['Quí II/2024', quarters(2024, [2])],
    ['Quý II, III/2024', quarters(2024, [2, 3])],
    ['Thường xuyên trong năm', ongoing(2024)],
    ['Thường xuyên', ongoing(2024)],
    ['Khi có quy định', event],
    ['Trong năm', inYear(2024)],
    ['Quý I/2024', quarters(2024, [1])],
    ['Tháng 01/2024', month(2024, 1)],
    ['Trong năm 2024', inYear(2024)],
    ['Trong năm  2024', inYear(2024)],
  ]),
  ...group('sample', S002, 2024, [
    ['Thường xuyên.', ongoing(2024)],
    ['Đến năm 2025', deadline('2025-12-31')],
  ]),
  ...group('sample', S000, 2024, [
    ['chậm nhất vào ngày 02 hằng tháng', every('month', { dueDay: 2, year: 2024 })],
    ['vào ngày 15/3/2024', day('2024-03-15')],
    ['vào ngày 15/6/2024', day('2024-06-15')],
    ['vào ngày 15/9/2024', day('2024-09-15')],
    ['vào ngày 15/12/2024', day('2024-12-15')],
    ['từ ngày 15/12/2023 đến 14/3/2024', part('2023-12-15', '2024-03-14')],
    ['từ ngày 15/3/2024 đến 14/6/2024', part('2024-03-15', '2024-06-14')],
    ['từ ngày 15/6/2024 đến 14/9/2024', part('2024-06-15', '2024-09-14')],
    ['từ ngày 15/9/2024 đến 14/12/2024', part('2024-09-15', '2024-12-14')],
    ['Định kỳ', ongoing(2024)],
    ['trong năm 2023', inYear(2023)],
  ]),
];

/** Phrases copied from public documents and news (the `search` tool, pages corpus). */
const PUBLIC: CorpusEntry[] = [
  ...group('public', SIPAS_BINH_DUONG, 2024, [
    ['tháng 12/2024', month(2024, 12)],
    ['Tháng 01/2025', month(2025, 1)],
  ]),
  ...group('public', BARIA, 2012, [
    ['trước ngày 20/11 hàng năm', every('year', { dueMonthOfPeriod: 11, dueDay: 20, year: 2012 })],
    ['trước ngày 15 của tháng', every('month', { dueDay: 15, year: 2012 })],
    [
      'trước ngày 05 tháng cuối cùng của mỗi quý',
      every('quarter', { dueMonthOfPeriod: 3, dueDay: 5, year: 2012 }),
    ],
    ['trước ngày 05/6', deadline('2012-06-05')],
    ['trước ngày 25/11 hàng năm', every('year', { dueMonthOfPeriod: 11, dueDay: 25, year: 2012 })],
  ]),
  ...group('public', BTTTT, 2023, [
    ['Chậm nhất ngày 15 (mười lăm) của tháng báo cáo', every('month', { dueDay: 15, year: 2023 })],
    [
      'Chậm nhất ngày 06 (sáu) của tháng cuối quý',
      every('quarter', { dueMonthOfPeriod: 3, dueDay: 6, year: 2023 }),
    ],
    ['Chậm nhất ngày 06 (sáu) tháng 06 (sáu)', deadline('2023-06-06')],
    ['Chậm nhất ngày 25 (hai mươi lăm) tháng 11 (mười một)', deadline('2023-11-25')],
    ['Chậm nhất ngày 16 (mười sáu) của tháng báo cáo', every('month', { dueDay: 16, year: 2023 })],
    [
      'Chậm nhất ngày 08 (tám) của tháng cuối quý',
      every('quarter', { dueMonthOfPeriod: 3, dueDay: 8, year: 2023 }),
    ],
    ['Chậm nhất ngày 08 (tám) tháng 06 (sáu)', deadline('2023-06-08')],
    ['Chậm nhất ngày 27 (hai mươi bảy) tháng 11 (mười một)', deadline('2023-11-27')],
    ['từ ngày 01/6/2023', open('2023-06-01')],
  ]),
  ...group('public', PHU_QUY_PAPI, 2024, [
    ['Thường xuyên', ongoing(2024)],
    ['Hàng năm', every('year', { year: 2024 })],
  ]),
  ...group(
    'public',
    'https://kkt-kontum.com/chuyen-doi-so/34;Chuyen-doi-so-toan-dan,-toan-dien,-toan-trinh-de-tang-toc,-but-pha-phat-trien-kinh-te-so34;-la-Chu-de-chuyen-doi-so-nam-2025-1902',
    2025,
    [['trong tháng 02 năm 2025', month(2025, 2)]],
  ),
  ...group('public', 'https://www.ksbtdanang.vn/news/tag/bộ-máy', 2025, [
    ['trong tháng 5 và tháng 6 năm 2025', part('2025-05-01', '2025-06-30')],
  ]),
  ...group('public', CAFEF_DVC, 2025, [
    ['trước 15/8/2025', deadline('2025-08-15')],
    ['6 tháng đầu năm 2025', part('2025-01-01', '2025-06-30')],
    ['6 tháng cuối năm 2025', part('2025-07-01', '2025-12-31')],
    ['ngày 8/8/2025', day('2025-08-08')],
  ]),
  ...group('public', SOC_SON, 2025, [
    ['trước 30/8/2025', deadline('2025-08-30')],
    ['trước ngày 30/6', deadline('2025-06-30')],
    ['trước ngày 30/8', deadline('2025-08-30')],
    ['từ ngày 1/9', open('2025-09-01')],
  ]),
  ...group('public', NINH_BINH_130, 2022, [
    ['định kỳ 6 tháng, hằng năm', every('half_year', { year: 2022 })],
    ['đột xuất khi cần thiết', event],
    ['định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ hoặc đột xuất khi cần thiết', unknown],
    ['giai đoạn 2021 - 2025', open('2021-01-01', '2025-12-31')],
    ['ngày 31/5/2022', day('2022-05-31')],
  ]),
  ...group('public', NQ_108, 2024, [
    ['6 tháng đầu năm 2024', part('2024-01-01', '2024-06-30')],
    ['6 tháng cuối năm 2024', part('2024-07-01', '2024-12-31')],
    ['tháng 6 năm 2024', month(2024, 6)],
    ['ngày 06 tháng 7 năm 2024', day('2024-07-06')],
  ]),
  ...group('public', THANH_HOA_NQ_86, 2025, [
    ['trong tháng 11, tháng 12 năm 2025', part('2025-11-01', '2025-12-31')],
    ['từ nay đến cuối năm 2025', deadline('2025-12-31')],
    ['những tháng cuối năm 2025', part('2025-10-01', '2025-12-31')],
    ['năm 2025', inYear(2025)],
  ]),
  ...group(
    'public',
    'https://haithinh.ninhbinh.gov.vn/bai-viet/ninh-binh-huong-dan-van-hanh-mo-hinh-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa',
    2025,
    [
      // The bracket names the latest moment: a deadline, whatever the event before it.
      [
        'hoàn thành ngay sau UBND xã đi vào hoạt động (trước 7h00 sáng ngày 01/7/2025)',
        deadline('2025-07-01'),
      ],
    ],
  ),
  ...group('public', 'https://vietnam24h.com.vn/tag/chinh-quyen-dia-phuong/page/2', 2025, [
    ['từ 1/7/2025', open('2025-07-01')],
    ['từ ngày 1/7/2025', open('2025-07-01')],
  ]),
  ...group(
    'public',
    'https://nld.com.vn/cong-doan/binh-phuoc-lanh-dao-tinh-se-doi-thoai-truc-tiep-voi-cong-nhan-20200326203035403.htm',
    2020,
    [['tháng 5-2020', month(2020, 5)]],
  ),
  ...group(
    'public',
    'https://traloihay.net/cau-hoi/y0zG1yej-3-hinh-thuc-va-chi-tieu-kiem-tra-5',
    2024,
    [['Khi có dấu hiệu tham nhũng', event]],
  ),
  ...group('public', 'https://dientungaynay.vn/tags/sap-nhap-don-vi-hanh-chinh', 2025, [
    ['ngày 16/4/2025', day('2025-04-16')],
  ]),
  ...group('public', 'https://helphkd.misa.vn/?p=15662', 2024, [
    ['chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh nghĩa vụ thuế', unknown],
    [
      'chậm nhất là ngày cuối cùng của tháng đầu quý tiếp theo liền kề quý phát sinh nghĩa vụ thuế',
      unknown,
    ],
  ]),
  ...group(
    'public',
    'https://ls1.hethongphapluat.com/thuat-ngu-phap-ly/thoi-gian-gui-bao-cao-cham-nhat_diem_b_khoan_3_dieu_59_7484d08db255bd70b0dcf0fcc04ebff1.html?layout=amp',
    2024,
    [['chậm nhất là 45 ngày kể từ ngày kết thúc 6 tháng đầu năm tài chính', unknown]],
  ),
  ...group('public', 'https://vi10.ilovetranslation.com/TqzsUu9luDu=d', 2024, [
    ['90 ngày kể từ ngày kết thúc quý', unknown],
  ]),
  ...group('public', ASIASOFT, 2019, [
    ['Trước ngày 01/07/2020', deadline('2020-07-01')],
    ['Chậm nhất 30 ngày kể từ khi kết thúc năm tài chính', unknown],
    ['Chậm nhất ngày cuối cùng của Quý đầu tiên kể từ khi kết thúc năm tài chính', unknown],
    ['Chậm nhất 90 ngày kể từ khi kết thúc năm tài chính', unknown],
  ]),
  ...group(
    'public',
    'https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-2291-BNV-CQDP-2024-luu-y-xay-dung-De-an-sap-xep-Don-vi-hanh-chinh-cap-huyen-609340.aspx?ac=emails',
    2024,
    [
      ['giai đoạn 2023-2025', open('2023-01-01', '2025-12-31')],
      ['giai đoạn 2023-2030', open('2023-01-01', '2030-12-31')],
    ],
  ),
  ...group(
    'public',
    'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3010-QD-UBND-2025-cong-bo-thu-tuc-hanh-chinh-linh-vuc-Tu-phap-So-Tu-phap-Son-La-683575.html',
    2025,
    [['giai đoạn 2022 - 2025', open('2022-01-01', '2025-12-31')]],
  ),
  ...group(
    'public',
    'https://www.vnindustry.net/thu-tuong-nam-2025-du-kien-quy-mo-kinh-te-viet-nam-tren-500-ty-usd.html',
    2025,
    [['những tháng đầu năm 2025', part('2025-01-01', '2025-03-31')]],
  ),
  ...group(
    'public',
    'https://skhcn.laichau.gov.vn/tin-tuc/tin-kh-cn-trong-tinh/cai-thien-nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-papi-cua-tinh-lai-chau-nam-2025.html',
    2025,
    [
      ['hằng năm', every('year', { year: 2025 })],
      ['trong năm 2025', inYear(2025)],
    ],
  ),
  ...group(
    'public',
    'https://www.tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/page-338',
    2016,
    [
      ['năm 2016', inYear(2016)],
      ['Ngày 11/5/2016', day('2016-05-11')],
    ],
  ),
  ...group(
    'public',
    'https://hethongphapluat.vn/nghi-quyet-97-nq-hdnd-nam-2024-thong-qua-ke-hoach-su-dung-dat-05-nam-2021-2025-cua-tinh-ha-giang.html',
    2024,
    [['05 năm (2021 - 2025)', open('2021-01-01', '2025-12-31')]],
  ),
  ...group(
    'public',
    'https://kinhtemoitruong.vn/viet-nam-thuc-hien-muc-tieu-phuc-hoi-va-phat-trien-kinh-te-ben-vung-bang-cach-nao-61745.html',
    2021,
    [
      ['6 tháng đầu năm 2021', part('2021-01-01', '2021-06-30')],
      ['từ ngày 27/4/2021', open('2021-04-27')],
    ],
  ),
  ...group(
    'public',
    'https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html',
    2019,
    [['kể từ ngày 05/11/2019', open('2019-11-05')]],
  ),
  ...group(
    'public',
    'https://lagi.binhthuan.dcs.vn/Tin-tức/Sự-kiện/post/256875/muc-tieu-moi-cua-thi-xa-la-gi-xay-dung-xa-tan-phuoc-dat-chuan-nong-thon-moi-nang-cao-trong-nam-2024.aspx',
    2024,
    [['trong năm 2024', inYear(2024)]],
  ),
  ...group(
    'public',
    'https://thuvienphapluat.vn/bulletin/document.aspx?bid=5caeb49a-b487-41a2-8480-aceae26bfb26&key=Ql50XvreN1OFD%2FtleLWBJw%3D%3D',
    2024,
    [['năm 2024', inYear(2024)]],
  ),
  ...group(
    'public',
    'https://dongnai.gov.vn/vi/wcag/Tin-chi-dao-dieu-hanh/ke-hoach-trien-khai-thuc-hien-nghi-quyet-so-424-nq-cp-ngay-30-thang-12-nam-2025-cua-chinh-phu-11680.html',
    2026,
    [['ngày 30 tháng 12 năm 2025', day('2025-12-30')]],
  ),
  ...group(
    'public',
    'https://binhduong.gov.vn:443/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan-dinh-ky-thang-12-2024-cua-chu-tich-ubnd-tin',
    2024,
    [
      ['vào ngày 17/12/2024', day('2024-12-17')],
      ['định kỳ tháng 12/2024', month(2024, 12)],
    ],
  ),
  ...group(
    'public',
    'https://skhdt.binhdinh.gov.vn/vi/news/quan-ly-dat-dai/binh-dinh-to-chuc-hoi-nghi-danh-gia-tinh-hinh-kinh-te-xa-hoi-thang-02-va-nhiem-vu-trong-tam-thang-3-nam-2023-tren-dia-ban-tinh-binh-dinh-568.html',
    2023,
    [
      ['tháng 3 năm 2023', month(2023, 3)],
      ['2 tháng đầu năm', part('2023-01-01', '2023-02-28')],
    ],
  ),
  ...group(
    'public',
    'http://baoquangnam.vn/cai-cach-hanh-chinh/tap-trung-xu-ly-dut-diem-cac-nhiem-vu-qua-han-90184.html',
    2020,
    [
      ['Từ ngày 1.1 đến ngày 6.7', part('2020-01-01', '2020-07-06')],
      ['trước ngày 20.7.2020', deadline('2020-07-20')],
    ],
  ),
  ...group('public', 'http://nhuxuan.thanhhoa.gov.vn/portal/pages/print.aspx?p=11806', 2024, [
    ['tháng 01 năm 2024', month(2024, 1)],
    ['ngay sau kỳ nghỉ Tết Nguyên đán Giáp Thìn 2024', event],
  ]),
  ...group('public', 'http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=7973', 2025, [
    ['hằng tháng, quý', every('month', { year: 2025 })],
    ['tháng 02 và quý I năm 2025', unknown],
    ['trong quý I năm 2025', quarters(2025, [1])],
    ['giai đoạn 2026-2030', open('2026-01-01', '2030-12-31')],
    ['ngay từ đầu năm', open('2025-01-01')],
  ]),
  ...group(
    'public',
    'https://vneconomy.vn/tap-trung-hoan-thanh-cat-giam-don-gian-hoa-thu-tuc-hanh-chinh-nam-2025.htm',
    2025,
    [
      ['trong năm 2025', inYear(2025)],
      ['tháng 3/2025', month(2025, 3)],
      ['ngày 15/11/2025', day('2025-11-15')],
    ],
  ),
  ...group(
    'public',
    'https://www.vietnamplus.vn/cong-dien-cua-thu-tuong-ve-hoan-thanh-thuc-thi-cat-giam-thu-tuc-hanh-chinh-dieu-kien-kinh-doanh-nam-2025-post1077970.vnp',
    2025,
    [
      ['năm 2025 và 2026', open('2025-01-01', '2026-12-31')],
      ['ngày 18/11/2025', day('2025-11-18')],
    ],
  ),
  ...group(
    'public',
    'https://trogiupluat.vn/van-ban/quyet-dinh-251-qd-bnv-ve-ke-hoach-thong-tin-tuyen-truyen-cai-cach-hanh-chinh-nam-2022-do-bo-truong-b-6422896c7b7a216b67f2b471.html',
    2022,
    [
      ['năm 2022', inYear(2022)],
      ['giai đoạn 2021 - 2030', open('2021-01-01', '2030-12-31')],
    ],
  ),
  ...group(
    'public',
    'https://sotttt.vinhphuc.gov.vn/SMPT_Publishing_UC/TinTuc/pPrintTinTuc.aspx?UrlList=/ct/cms/tintuc/tiepcd/Lists/lichtiepcongdan&ItemID=1',
    2018,
    [
      [
        'Định kỳ vào ngày 15 hàng tháng (nếu ngày này trùng vào ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo)',
        every('month', { dueDay: 15, year: 2018 }),
      ],
    ],
  ),
  ...group(
    'public',
    'https://nld.com.vn/thoi-su-trong-nuoc/lich-tiep-cong-dan-cua-chu-tich-va-cac-pho-chu-tich-ubnd-tphcm-80928.htm',
    2008,
    [
      ['vào ngày thứ sáu của tuần lễ cuối tháng', every('month', { year: 2008 })],
      ['vào ngày thứ sáu của tuần lễ đầu trong tháng', every('month', { year: 2008 })],
      ['vào ngày thứ sáu của tuần lễ thứ hai trong tháng', every('month', { year: 2008 })],
      ['vào ngày thứ sáu của tuần lễ thứ ba trong tháng', every('month', { year: 2008 })],
      ['vào ngày thứ tư của tuần lễ thứ hai trong tháng', every('month', { year: 2008 })],
      ['vào ngày thứ tư của tuần lễ thứ ba trong tháng', every('month', { year: 2008 })],
    ],
  ),
  ...group(
    'public',
    'https://tayninh.gov.vn/vi/news/lich-tiep-dan/l-ch-ti-p-c-ng-d-n-n-m-2021-t-i-tr-s-ti-p-c-ng-d-n-t-nh-39450.html',
    2021,
    [
      ['07 giờ 30 ngày 07/01/2021', day('2021-01-07')],
      ['07 giờ 30 ngày 14/01/2021', day('2021-01-14')],
      ['07 giờ 30 ngày 04/3/2021', day('2021-03-04')],
      ['Ngày 11/02/2021', day('2021-02-11')],
      ['Tháng 01/2021', month(2021, 1)],
      ['Tháng 3/2021', month(2021, 3)],
    ],
  ),
  ...group('public', 'https://nganson.backan.gov.vn/index.php?com=tintuc_ct&id_news=1330', 2021, [
    ['định kỳ vào ngày 20 hàng tháng', every('month', { dueDay: 20, year: 2021 })],
    ['trước ngày 15 hàng tháng', every('month', { dueDay: 15, year: 2021 })],
    ['Từ 08h00’ đến 11h00’', unknown],
  ]),
  ...group('public', 'https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan', 2025, [
    ['vào thứ 5 hàng tuần', every('week', { year: 2025 })],
    ['thường xuyên trong giờ hành chính', ongoing(2025)],
    ['Tháng 7', month(2025, 7)],
  ]),
  ...group(
    'public',
    'https://www.baomoi.com/lanh-dao-ubnd-tp-ho-chi-minh-chot-lich-tiep-dan/c/15286566.epi',
    2016,
    [['vào ngày 20 hàng tháng', every('month', { dueDay: 20, year: 2016 })]],
  ),
  ...group(
    'public',
    'https://hatrung.thanhhoa.gov.vn/portal/Pages/Lich-tiep-dan-cua-Bi-thu-Huyen-uy.aspx',
    2019,
    [
      ['định kỳ hằng tháng', every('month', { year: 2019 })],
      ['Ngày 18 (thứ Ba)', unknown],
    ],
  ),
  ...group(
    'public',
    'https://chiemhoa.tuyenquang.gov.vn/tin-tuc-su-kien/chinh-tri/ubnd-huyen-to-chuc-hop-thuong-ky-thang-3-nam-2024!-11420.html',
    2024,
    [
      ['tháng 3 và Quý I năm 2024', unknown],
      ['tháng 4 và Quý II năm 2024', unknown],
      ['Ngày 25/3', day('2024-03-25')],
      ['Đến ngày 20/3', deadline('2024-03-20')],
    ],
  ),
  ...group('public', 'https://app.haugiang.gov.vn/LichLamViec/Lich/DonVi?MaDonVi=hct', 2023, [
    ['quý I/2023', quarters(2023, [1])],
    ['quý II/2023', quarters(2023, [2])],
  ]),
  ...group(
    'public',
    'http://daibieunhandan.vn/h--long-my--hau-giang--chu-dong-hon-trong-chuan-bi-to-chuc-ky-hop-thu-14-431090',
    2020,
    [['dự kiến tiến hành trong tháng 2', month(2020, 2)]],
  ),
  ...group(
    'public',
    'https://vanban123.vn/Khac/ke-hoach-983-kh-ubnd-nam-2019-thuc-hien-de-an-tang-cuong-ung-dung-cong-nghe-thong-tin-trong-cong-tac-pho-bien-giao-duc-phap-luat-giai-doan-2019-2021-tren-dia-ban-tinh-tay-ninh-383277',
    2019,
    [['giai đoạn 2019 - 2021', open('2019-01-01', '2021-12-31')]],
  ),
  // Read before the grammar saw them (held out): 7 of 10 right, the 3 others unknown, none misread;
  // "đến nay" and "thời kỳ" were added to the grammar afterwards.
  ...group(
    'public',
    'https://hanoi.gov.vn/tin-tuc-su-kien-noi-bat/thuc-hien-quyet-liet-dong-bo-hieu-qua-cac-nhom-nhiem-vu-giai-phap-tai-nghi-quyet-68-nq-tw-voi-tinh-than-6-ro-4250518114102355.htm',
    2025,
    [
      ['Giai đoạn 2021 đến nay', open('2021-01-01')],
      ['Từ năm 2017 đến nay', open('2017-01-01')],
      ['ngày 16/5/2025', day('2025-05-16')],
    ],
  ),
  ...group('public', 'http://ttbd.gov.vn/PrintPreView.aspx?distid=5137', 2022, [
    ['kể từ ngày 01/01/2019', open('2019-01-01')],
    ['thời kỳ 2021-2030', open('2021-01-01', '2030-12-31')],
    ['Ngay sau khi Luật Quy hoạch được ban hành', event],
    ['ngày 05/02/2018', day('2018-02-05')],
  ]),
  ...group(
    'public',
    'https://thuvienphapluat.vn/bulletin/document.aspx?bid=9f3bbe05-a80c-4e64-bc1b-53f35c86e055&key=0vrc0FUuKCG%2BbPsvdqIBgQ%3D%3D',
    2025,
    [['ngày 24 tháng 01 năm 2025', day('2025-01-24')]],
  ),
  ...group(
    'public',
    'https://snnptnt.hanam.gov.vn/Pages/Ke-hoach-Chuong-trinh-MTQG-Nuoc-sach---VSMT-nong-thon-tinh-Ha-Nam-nam-20141495723973.aspx',
    2014,
    [
      ['đến năm 2020', deadline('2020-12-31')],
      ['năm 2014', inYear(2014)],
    ],
  ),
];

/** Written after the real phrases above: other spellings, cadences, months and years of the same patterns. */
const VARIANTS: CorpusEntry[] = [
  // Thường xuyên and its spellings (samples 002, 004).
  ...group('variant', S004, 2024, [
    ['THƯỜNG XUYÊN', ongoing(2024)],
    ['thuong xuyen', ongoing(2024)],
    ['Thuong xuyen trong nam', ongoing(2024)],
    ['Thường xuyên, liên tục', ongoing(2024)],
    ['Thường xuyên liên tục', ongoing(2024)],
    ['Liên tục', ongoing(2024)],
    ['Thường xuyên trong năm 2024', ongoing(2024)],
    ['Thường xuyên, cả năm', ongoing(2024)],
    ['Năm 2024 ( thường xuyên )', ongoing(2024)],
    ['Thực hiện thường xuyên', ongoing(2024)],
    ['Thời gian thực hiện: Thường xuyên', ongoing(2024)],
    ['Hằng ngày', ongoing(2024)],
    ['Thường xuyên, hằng ngày', ongoing(2024)],
    ['Định kỳ, thường xuyên', ongoing(2024)],
  ]),
  ...group('variant', S004, 2025, [
    ['Thường xuyên', ongoing(2025)],
    ['Thường xuyên (nếu có)', ongoing(2025)],
  ]),
  // Deadlines (sample 004, Sóc Sơn, cafef).
  ...group('variant', S004, 2024, [
    ['Trước 31/12/2024', deadline('2024-12-31')],
    ['trước ngày 30/9/2024', deadline('2024-09-30')],
    ['Trước ngày 15/3/2024', deadline('2024-03-15')],
    ['TRƯỚC NGÀY 15/01/2024', deadline('2024-01-15')],
    ['truoc ngay 30/6/2024', deadline('2024-06-30')],
    ['Hoàn thành trước 30/6/2024', deadline('2024-06-30')],
    ['Hoàn thành trước ngày 31/10/2024', deadline('2024-10-31')],
    ['Chậm nhất ngày 15/3/2024', deadline('2024-03-15')],
    ['Chậm nhất là ngày 20/12/2024', deadline('2024-12-20')],
    ['Trước ngày 30 tháng 6 năm 2024', deadline('2024-06-30')],
    ['Trước 15-01-2024', deadline('2024-01-15')],
    ['Trước 15/1/2024', deadline('2024-01-15')],
    ['Đến hết ngày 30/6/2024', deadline('2024-06-30')],
    ['Đến ngày 31/12/2024', deadline('2024-12-31')],
    ['Hạn chót 15/10/2024', deadline('2024-10-15')],
    ['Trước ngày 31/3', deadline('2024-03-31')],
    ['Trước ngày 15/10', deadline('2024-10-15')],
    ['Trước tháng 6/2024', deadline('2024-05-31')],
    ['Đến hết tháng 6/2024', deadline('2024-06-30')],
    ['Đến hết năm 2024', deadline('2024-12-31')],
    ['Từ nay đến hết năm 2024', deadline('2024-12-31')],
    ['Trước 31/02/2024', unknown],
    ['Trước 15/01/24', unknown],
    ['Trước Quý II', unknown],
    ['Trước 30/6/2024 (nếu có)', deadline('2024-06-30')],
  ]),
  ...group('variant', SOC_SON, 2025, [
    ['Trước ngày 30/6/2025', deadline('2025-06-30')],
    ['Trước 30/8/2025', deadline('2025-08-30')],
    ['Hoàn thành trước ngày 15/8/2025', deadline('2025-08-15')],
    ['Đến năm 2030', deadline('2030-12-31')],
    ['Trước ngày 01 tháng 7 năm 2025', deadline('2025-07-01')],
  ]),
  // A single day.
  ...group('variant', CAFEF_DVC, 2024, [
    ['Ngày 10/10/2024', day('2024-10-10')],
    ['ngày 01/7/2024', day('2024-07-01')],
    ['Vào ngày 15/3/2024', day('2024-03-15')],
    ['Ngày 30 tháng 4 năm 2024', day('2024-04-30')],
    ['NGÀY 20/11/2024', day('2024-11-20')],
    ['Ngày 10/10', day('2024-10-10')],
    ['Ngày 31/9/2024', unknown],
  ]),
  // Months (sample 004, Bình Dương, Kon Tum).
  ...group('variant', SIPAS_BINH_DUONG, 2024, [
    ['Tháng 3/2024', month(2024, 3)],
    ['tháng 3 năm 2024', month(2024, 3)],
    ['Trong tháng 10 năm 2024', month(2024, 10)],
    ['Tháng 12', month(2024, 12)],
    ['Trong tháng 6', month(2024, 6)],
    ['thang 02 - 2024', month(2024, 2)],
    ['Tháng 13/2024', unknown],
    ['Dự kiến tháng 5/2024', month(2024, 5)],
    ['Hoàn thành trong tháng 9/2024', month(2024, 9)],
    ['Tháng 5-10/2024', part('2024-05-01', '2024-10-31')],
    ['Từ tháng 5 đến tháng 10 năm 2024', part('2024-05-01', '2024-10-31')],
    ['Từ tháng 3/2024 đến tháng 6/2024', part('2024-03-01', '2024-06-30')],
    ['Tháng 3 và tháng 4/2024', part('2024-03-01', '2024-04-30')],
    ['Tháng 3 và tháng 9/2024', unknown],
    ['Từ tháng 10/2024 đến tháng 3/2025', part('2024-10-01', '2025-03-31')],
    ['Từ 01/3/2024 đến 15/4/2024', part('2024-03-01', '2024-04-15')],
  ]),
  // Quarters (sample 004).
  ...group('variant', S004, 2024, [
    ['Quý II/2024', quarters(2024, [2])],
    ['QUÝ IV/2024', quarters(2024, [4])],
    ['quy 3/2024', quarters(2024, [3])],
    ['Quý 3 và Quý 4 năm 2024', quarters(2024, [3, 4])],
    ['Quý I, II/2024', quarters(2024, [1, 2])],
    ['Quý II', quarters(2024, [2])],
    ['Trong Quý III', quarters(2024, [3])],
    ['Hoàn thành trong Quý II/2024', quarters(2024, [2])],
    ['Quý III/2024 (nếu có)', quarters(2024, [3])],
    ['Quý IV năm 2024', quarters(2024, [4])],
    ['Quý V/2024', unknown],
    ['Quý IV/2024 - Quý I/2025', unknown],
  ]),
  ...group('variant', S004, 2025, [
    ['Quý I/2025', quarters(2025, [1])],
    ['Quý II và Quý III năm 2025', quarters(2025, [2, 3])],
  ]),
  // Years.
  ...group('variant', S004, 2025, [
    ['Năm 2025', inYear(2025)],
    ['Cả năm 2025', inYear(2025)],
    ['Trong năm', inYear(2025)],
    ['Triển khai trong năm 2025', inYear(2025)],
    ['Thực hiện trong năm 2025', inYear(2025)],
    ['NĂM 2025', inYear(2025)],
  ]),
  // Parts of the year (cafef, NQ 108, NQ 86).
  ...group('variant', NQ_108, 2024, [
    ['6 tháng đầu năm', part('2024-01-01', '2024-06-30')],
    ['06 tháng cuối năm 2024', part('2024-07-01', '2024-12-31')],
    ['Sáu tháng đầu năm 2024', part('2024-01-01', '2024-06-30')],
    ['9 tháng đầu năm 2024', part('2024-01-01', '2024-09-30')],
    ['3 tháng cuối năm 2024', part('2024-10-01', '2024-12-31')],
    ['Đầu năm', part('2024-01-01', '2024-03-31')],
    ['Đầu năm 2024', part('2024-01-01', '2024-03-31')],
    ['Cuối năm', part('2024-10-01', '2024-12-31')],
    ['Cuối năm 2024', part('2024-10-01', '2024-12-31')],
    ['Những tháng cuối năm', part('2024-10-01', '2024-12-31')],
    ['Các tháng đầu năm 2024', part('2024-01-01', '2024-03-31')],
    ['Nửa đầu năm 2024', part('2024-01-01', '2024-06-30')],
    ['Nửa cuối năm', part('2024-07-01', '2024-12-31')],
    ['Trong 6 tháng đầu năm 2024', part('2024-01-01', '2024-06-30')],
    ['6 tháng đầu năm 2024 (nếu có)', part('2024-01-01', '2024-06-30')],
  ]),
  // Recurring cadences (Bà Rịa – Vũng Tàu, Bộ TT&TT, Ninh Bình, sample 000).
  ...group('variant', BARIA, 2024, [
    ['Hằng tháng', every('month', { year: 2024 })],
    ['Hàng tháng', every('month', { year: 2024 })],
    ['hang thang', every('month', { year: 2024 })],
    ['HẰNG THÁNG', every('month', { year: 2024 })],
    ['Mỗi tháng', every('month', { year: 2024 })],
    ['Định kỳ hằng tháng', every('month', { year: 2024 })],
    ['Định kỳ hàng tháng', every('month', { year: 2024 })],
    ['Thường xuyên, hằng tháng', every('month', { year: 2024 })],
    ['Hằng tháng (nếu có)', every('month', { year: 2024 })],
    ['Thực hiện hằng tháng', every('month', { year: 2024 })],
    ['Hằng tuần', every('week', { year: 2024 })],
    ['Hàng tuần', every('week', { year: 2024 })],
    ['Định kỳ hằng tuần', every('week', { year: 2024 })],
    ['Mỗi tuần', every('week', { year: 2024 })],
    ['Hằng quý', every('quarter', { year: 2024 })],
    ['Hàng quý', every('quarter', { year: 2024 })],
    ['hang quy', every('quarter', { year: 2024 })],
    ['Định kỳ hằng quý', every('quarter', { year: 2024 })],
    ['Định kỳ hàng quý', every('quarter', { year: 2024 })],
    ['Mỗi quý', every('quarter', { year: 2024 })],
    ['Hằng năm', every('year', { year: 2024 })],
    ['hàng năm', every('year', { year: 2024 })],
    ['Định kỳ hằng năm', every('year', { year: 2024 })],
    ['Thường niên', every('year', { year: 2024 })],
    ['Mỗi năm', every('year', { year: 2024 })],
    ['Định kỳ 6 tháng', every('half_year', { year: 2024 })],
    ['Định kỳ 06 tháng', every('half_year', { year: 2024 })],
    ['6 tháng/lần', every('half_year', { year: 2024 })],
    ['6 tháng một lần', every('half_year', { year: 2024 })],
    ['Hằng 6 tháng', every('half_year', { year: 2024 })],
    ['Định kỳ 6 tháng và hằng năm', every('half_year', { year: 2024 })],
    ['Hằng quý, hằng năm', every('quarter', { year: 2024 })],
    ['Hằng tháng, quý, năm', every('month', { year: 2024 })],
    ['3 tháng/lần', every('quarter', { year: 2024 })],
    ['1 tháng/lần', every('month', { year: 2024 })],
    ['5 tháng/lần', unknown],
  ]),
  ...group('variant', BARIA, 2025, [
    ['Hằng quý năm 2025', every('quarter', { year: 2025 })],
    ['Hàng tháng trong năm 2025', every('month', { year: 2025 })],
    ['Hằng tháng, năm 2025', every('month', { year: 2025 })],
    ['Định kỳ hằng quý trong năm 2025', every('quarter', { year: 2025 })],
    ['Hằng năm', every('year', { year: 2025 })],
    [
      'Hằng tháng, từ tháng 3/2025 đến tháng 12/2025',
      every('month', { start: '2025-03-01', end: '2025-12-31' }),
    ],
    [
      'Hằng tháng từ tháng 3 đến tháng 12 năm 2025',
      every('month', { start: '2025-03-01', end: '2025-12-31' }),
    ],
    ['Hằng tháng, từ tháng 3/2025', every('month', { start: '2025-03-01', year: 2025 })],
    ['Hằng quý, bắt đầu từ tháng 4/2025', every('quarter', { start: '2025-04-01', year: 2025 })],
    [
      'Hằng tuần, từ 06/01/2025 đến 29/6/2025',
      every('week', { start: '2025-01-06', end: '2025-06-29' }),
    ],
    ['Hằng năm, giai đoạn 2024-2025', every('year', { start: '2024-01-01', end: '2025-12-31' })],
    ['Hằng năm, giai đoạn 2021–2025', every('year', { start: '2021-01-01', end: '2025-12-31' })],
    ['Hằng quý, đến hết tháng 9/2025', every('quarter', { end: '2025-09-30' })],
  ]),
  ...group('variant', NINH_BINH_130, 2022, [
    ['Định kỳ 6 tháng, hàng năm', every('half_year', { year: 2022 })],
    ['Dinh ky 6 thang, hang nam', every('half_year', { year: 2022 })],
    ['Định kỳ hằng năm hoặc đột xuất', unknown],
  ]),
  // How many times per period.
  ...group('variant', BARIA, 2024, [
    ['Tối thiểu 01 lần/tháng', every('month', { timesPerPeriod: 1, year: 2024 })],
    ['Tối thiểu 02 lần/tuần', every('week', { timesPerPeriod: 2, year: 2024 })],
    ['tối thiểu 1 lần/quý', every('quarter', { timesPerPeriod: 1, year: 2024 })],
    ['Ít nhất 01 lần/năm', every('year', { timesPerPeriod: 1, year: 2024 })],
    ['Ít nhất 2 lần/năm', every('year', { timesPerPeriod: 2, year: 2024 })],
    ['02 lần/năm', every('year', { timesPerPeriod: 2, year: 2024 })],
    ['01 lần/tuần', every('week', { timesPerPeriod: 1, year: 2024 })],
    ['1 lần / tháng', every('month', { timesPerPeriod: 1, year: 2024 })],
    ['Không ít hơn 01 lần/năm', every('year', { timesPerPeriod: 1, year: 2024 })],
    ['Tối thiểu 01 lần trong năm', every('year', { timesPerPeriod: 1, year: 2024 })],
    ['Ít nhất một lần mỗi quý', every('quarter', { timesPerPeriod: 1, year: 2024 })],
    ['Tối thiểu 01 lần/6 tháng', every('half_year', { timesPerPeriod: 1, year: 2024 })],
    ['Định kỳ tối thiểu 01 lần/quý', every('quarter', { timesPerPeriod: 1, year: 2024 })],
    ['Tối thiểu 04 lần/năm 2024', every('year', { timesPerPeriod: 4, year: 2024 })],
    [
      'Tối thiểu 01 lần/tháng, từ tháng 7/2024 đến tháng 12/2024',
      every('month', { timesPerPeriod: 1, start: '2024-07-01', end: '2024-12-31' }),
    ],
    ['0 lần/tháng', unknown],
  ]),
  // A named day in each period (sample 000, Bà Rịa – Vũng Tàu, Bộ TT&TT).
  ...group('variant', BTTTT, 2024, [
    ['Trước ngày 20 hằng tháng', every('month', { dueDay: 20, year: 2024 })],
    ['Ngày 25 hằng tháng', every('month', { dueDay: 25, year: 2024 })],
    ['Chậm nhất ngày 10 hàng tháng', every('month', { dueDay: 10, year: 2024 })],
    ['Chậm nhất vào ngày 05 hằng tháng', every('month', { dueDay: 5, year: 2024 })],
    ['trước ngày 15 của tháng báo cáo', every('month', { dueDay: 15, year: 2024 })],
    ['Hằng tháng, trước ngày 20', every('month', { dueDay: 20, year: 2024 })],
    ['Trước ngày 15/12 hằng năm', every('year', { dueMonthOfPeriod: 12, dueDay: 15, year: 2024 })],
    ['Trước ngày 31/3 hàng năm', every('year', { dueMonthOfPeriod: 3, dueDay: 31, year: 2024 })],
    ['Ngày 20 tháng 11 hằng năm', every('year', { dueMonthOfPeriod: 11, dueDay: 20, year: 2024 })],
    ['Hằng năm, trước ngày 20/11', every('year', { dueMonthOfPeriod: 11, dueDay: 20, year: 2024 })],
    ['Hằng năm, trong tháng 11', every('year', { dueMonthOfPeriod: 11, year: 2024 })],
    [
      'Trước ngày 10 tháng cuối quý',
      every('quarter', { dueMonthOfPeriod: 3, dueDay: 10, year: 2024 }),
    ],
    [
      'Trước ngày 15 tháng cuối mỗi quý',
      every('quarter', { dueMonthOfPeriod: 3, dueDay: 15, year: 2024 }),
    ],
    ['Tháng đầu quý', every('quarter', { dueMonthOfPeriod: 1, year: 2024 })],
    ['Trong tháng đầu của mỗi quý', every('quarter', { dueMonthOfPeriod: 1, year: 2024 })],
    ['Tháng cuối quý', every('quarter', { year: 2024 })],
    ['Trước ngày 31/02 hằng năm', unknown],
    ['Trước ngày 32 hằng tháng', unknown],
  ]),
  // Open-ended periods.
  ...group('variant', NINH_BINH_130, 2024, [
    ['Từ năm 2024 trở đi', open('2024-01-01')],
    ['từ năm 2025 trở đi', open('2025-01-01')],
    ['Từ năm 2024', open('2024-01-01')],
    ['Giai đoạn 2024–2025', open('2024-01-01', '2025-12-31')],
    ['Giai đoạn 2024-2025', open('2024-01-01', '2025-12-31')],
    ['Giai đoạn 2026 - 2030', open('2026-01-01', '2030-12-31')],
    ['2024-2025', open('2024-01-01', '2025-12-31')],
    ['Năm 2024 - 2025', open('2024-01-01', '2025-12-31')],
    ['Từ năm 2024 đến năm 2026', open('2024-01-01', '2026-12-31')],
    ['Năm 2025 và những năm tiếp theo', open('2025-01-01')],
    ['Năm 2024 và các năm tiếp theo', open('2024-01-01')],
    ['Từ ngày 01/01/2025', open('2025-01-01')],
    ['Từ ngày 01/7/2024 trở đi', open('2024-07-01')],
    ['Từ tháng 7/2024 trở đi', open('2024-07-01')],
    ['Bắt đầu từ tháng 9/2024', open('2024-09-01')],
    ['Giai đoạn 2025-2024', unknown],
    ['Năm học 2024-2025', unknown],
  ]),
  // Events.
  ...group('variant', S004, 2024, [
    ['Ngay sau khi có quyết định', event],
    ['Ngay sau khi Kế hoạch được ban hành', event],
    ['Sau khi được phê duyệt', event],
    ['Sau khi có kết quả', event],
    ['Sau khi có kinh phí', event],
    ['Khi có yêu cầu', event],
    ['Khi có văn bản chỉ đạo của cấp trên', event],
    ['Khi có văn bản hướng dẫn', event],
    ['khi có quy định', event],
    ['Ngay khi có văn bản', event],
    ['Khi cần thiết', event],
    ['Đột xuất', event],
    ['Theo yêu cầu', event],
    ['Theo yêu cầu của UBND tỉnh', event],
    ['Trong vòng 15 ngày kể từ ngày nhận được văn bản', event],
    ['Sau 30 ngày kể từ ngày Kế hoạch được ban hành', event],
    ['Trước khi tổ chức hội nghị', event],
    ['Khi phát sinh', event],
    ['Khi có phát sinh (nếu có)', event],
  ]),
  // Dates set by another body.
  ...group('variant', S004, 2024, [
    ['Theo chương trình, kế hoạch, chỉ đạo, hướng dẫn của cấp trên', external],
    ['Theo chương trình, kế hoạch của UBND tỉnh', external],
    ['Theo kế hoạch của UBND huyện', external],
    ['Theo Kế hoạch số 16/KH-UBND của UBND huyện', external],
    ['Theo hướng dẫn của Sở Nội vụ', external],
    ['Theo chỉ đạo của Chủ tịch UBND tỉnh', external],
    ['Theo lộ trình của Bộ Nội vụ', external],
    ['Theo thời gian quy định', external],
    ['Theo quy định', external],
    ['THEO QUY ĐỊNH CỦA SỞ NỘI VỤ', external],
    ['Theo văn bản hướng dẫn của tỉnh', external],
    ['Theo tiến độ của dự án', external],
    ['Thực hiện theo kế hoạch của tỉnh', external],
  ]),
  // Nothing stated.
  ...group('variant', S004, 2024, [
    ['', notStated],
    ['   ', notStated],
    ['Không nêu', notStated],
    ['không nêu', notStated],
    ['Chưa nêu', notStated],
    ['-', notStated],
  ]),
  // Cells a human must read.
  ...group('variant', S004, 2024, [
    ['Tùy tình hình thực tế', unknown],
    ['Tuần 2', unknown],
    ['Quy định của Sở', unknown],
    ['Kịp thời', unknown],
    ['Sớm nhất có thể', unknown],
    ['Trước Tết Nguyên đán', unknown],
    ['Hằng tháng, Quý II', unknown],
    ['Đầu kỳ, giữa kỳ, cuối kỳ', unknown],
    ['Chậm nhất 30 ngày kể từ ngày kết thúc quý', unknown],
    ['Hoàn thành', unknown],
    ['(nếu có)', unknown],
  ]),
];

/** Kho cụm từ thời gian thực hiện: every phrase with its hand reading. */
export const TIMEFRAME_CORPUS: readonly CorpusEntry[] = [...SAMPLES, ...PUBLIC, ...VARIANTS];
