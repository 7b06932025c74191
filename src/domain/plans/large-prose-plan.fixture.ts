/**
 * Kế hoạch văn xuôi lớn: a commune plan covering five indices in one document (A. PAR Index, B.
 * PAPI, C. DDCI, D. DTI, Đ. SIPAS and dân vận chính quyền) plus the duties of each office (E.),
 * tasks printed under their sections (no appendix table), so the plan document and the .docx can
 * be checked on a plan of the shape real plans have: four numbering levels (B. → 1. → 1.1. → a)),
 * "-" items with "+" tasks, 160+ tasks — general ones, per-office duty lists, groups of offices,
 * requests to the Fatherland Front and mass organisations, and tasks with no timeframe, output or
 * lead.
 *
 * No single published plan in the corpus covers all five indices with 150 tasks, so this is a
 * composite, written for one plausible commune ("xã Tân Phú", an invented name) after the layout
 * and subjects of these published plans (restated in our own words, not copied):
 * - block A: the eight PAR Index areas as Bắc Giang's Kế hoạch 87/KH-UBND (2024) lists them —
 *   https://www.bacgiang.gov.vn/web/chuyen-trang-english/detailed-news/-/asset_publisher/MVQI5B2YMPsk/content/bac-giang-implements-plan-to-maintain-and-improve-par-index-sipas-papi-in-2024
 *   — and TP. Hồ Chí Minh's Kế hoạch 109/KH-UBND (26/9/2025) on PAR Index and SIPAS —
 *   https://tailieu.vn/doc/ke-hoach-109-kh-ubnd-thanh-pho-ho-chi-minh-2927817.html ;
 * - block B: the "1. → 1.1. → a)" layout and the PAPI dimensions of Lai Châu's Kế hoạch
 *   1331/KH-UBND (31/3/2025) — https://skhcn.laichau.gov.vn/tin-tuc/tin-kh-cn-trong-tinh/cai-thien-nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-papi-cua-tinh-lai-chau-nam-2025.html
 *   — and Phú Quý's PAPI tasks — https://phuquy.binhthuan.dcs.vn/Trang-chu/post/129632/phu-quy-trien-khai-thuc-hien-chi-so-papi ;
 * - block C: the DDCI sub-indices of Thái Bình's Kế hoạch 96/KH-UBND (03/6/2024) —
 *   https://thuvienphapluat.vn/bulletin/document.aspx?bid=5caeb49a-b487-41a2-8480-aceae26bfb26&key=Ql50XvreN1OFD%2FtleLWBJw%3D%3D
 *   — and Nghệ An's Kế hoạch 665/KH-UBND (29/9/2022) — https://hethongphapluat.vn/ke-hoach-665-kh-ubnd-ve-xay-dung-bo-chi-so-va-khao-sat-danh-gia-nang-luc-canh-tranh-cua-so-ban-nganh-cap-tinh-va-uy-ban-nhan-dan-cac-huyen-thanh-pho-thi-xa-ddci-nam-2022-do-tinh-nghe-an-ban-hanh.html ;
 * - block D: the DTI pillars of Ninh Thuận's plan to raise the DTI (2023) —
 *   https://baoninhthuan.com.vn/news/139561p155c160/ke-hoach-thuc-hien-nang-cao-chi-so-chuyen-doi-so-nam-2023-va-cac-nam-tiep-theo-tinh-ninh-thuan.htm
 *   — and xã Tịnh Trà's digital transformation plan (26/4/2024) — https://xatinhtra.sontinh.quangngai.gov.vn/page/Article/News/detail/67d14d9f10e9464b9f042acb ;
 * - block Đ: the SIPAS aspects of TP. Hồ Chí Minh's 109/KH-UBND and Hà Nội's 2025 SIPAS/PAR/PAPI
 *   plan — https://news.laodong.vn/xa-hoi/ha-noi-yeu-cau-ubnd-xa-giai-trinh-neu-lam-giam-diem-chi-so-hai-long-cua-nguoi-dan-1521187.ldo ;
 * - block E and the general tasks: the "Tổ chức thực hiện" duty lists of the plans above.
 *
 * The outline below is the source: every heading carries the label the plan prints ("A.", "1.1.",
 * "a)", "-"), typed by hand, so the expected headings are not computed by the code under test.
 */
import type { LeadGroup, PlanContent, PlanSection, PlanTask, TaskKind } from './plan';
import type { NumberingStyle } from './plan-outline';
import { newTarget, type PlanTarget } from './plan-targets';

/** Cơ quan chuyên môn của xã: the offices under the commune (organisations in the tree). */
export const LARGE_PLAN_OFFICES = {
  office: 'Văn phòng HĐND và UBND xã',
  economy: 'Phòng Kinh tế',
  culture: 'Phòng Văn hóa - Xã hội',
  service: 'Trung tâm Phục vụ hành chính công xã',
  police: 'Công an xã',
  military: 'Ban Chỉ huy Quân sự xã',
} as const;

/** Cơ quan, đoàn thể the commune does not direct: requested (đề nghị), named in text only. */
export const LARGE_PLAN_REQUESTED_BODIES = {
  front: 'Ủy ban MTTQ Việt Nam xã',
  youth: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã',
  women: 'Hội Liên hiệp Phụ nữ xã',
  farmers: 'Hội Nông dân xã',
  veterans: 'Hội Cựu chiến binh xã',
} as const;

const O = LARGE_PLAN_OFFICES;
const R = LARGE_PLAN_REQUESTED_BODIES;

/** Chỉ số of the plan, by block: the framework ids tests give (defaults are fixed placeholders). */
export interface LargePlanFrameworkIds {
  par: string;
  papi: string;
  ddci: string;
  dti: string;
  sipas: string;
}

type FrameworkKey = keyof LargePlanFrameworkIds;

/** A task as the source writes it: content, then what it states (absent = không nêu). */
interface TaskSource {
  content: string;
  kind?: TaskKind;
  /** One lead (an office or a requested body) or several offices (a group). */
  lead?: string | readonly string[];
  coordinating?: string;
  timeframe?: string;
  output?: string;
}

/** A heading as the source prints it: its label typed by hand, the heading, then what sits under it. */
interface SectionSource {
  label: string;
  heading: string;
  body?: string;
  framework?: FrameworkKey;
  nodeCode?: string;
  /** Chỉ tiêu of the section, each with the line the plan prints for it (typed by hand). */
  targets?: readonly {
    printed: string;
    target: Omit<PlanTarget, 'id' | 'sectionId' | 'frameworkId'>;
  }[];
  tasks?: readonly TaskSource[];
  children?: readonly SectionSource[];
}

const task = (
  content: string,
  lead?: TaskSource['lead'],
  timeframe?: string,
  output?: string,
  coordinating?: string,
): TaskSource => ({ content, lead, timeframe, output, coordinating });

const request = (
  content: string,
  lead: string,
  timeframe?: string,
  coordinating?: string,
): TaskSource => ({ content, kind: 'request', lead, timeframe, coordinating });

const section = (
  label: string,
  heading: string,
  contents: Omit<SectionSource, 'label' | 'heading'> = {},
): SectionSource => ({ label, heading, ...contents });

const ALL_YEAR = 'Trong năm 2025';
const ONGOING = 'Thường xuyên';

/** Nhiệm vụ chung: tasks under no section, printed first under "Nhiệm vụ chung". */
const GENERAL_TASKS: readonly TaskSource[] = [
  task(
    'Các cơ quan, đơn vị quán triệt đến từng cán bộ, công chức ý nghĩa của các chỉ số PAR Index, PAPI, DDCI, DTI, SIPAS; xác định cải thiện các chỉ số là nhiệm vụ thường xuyên của cả hệ thống chính trị xã',
    [O.office, O.economy, O.culture, O.service],
    'Quý I/2025',
  ),
  task(
    'Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND xã về kết quả các tiêu chí, chỉ số thành phần thuộc lĩnh vực được giao',
  ),
  task(
    'Các cơ quan, đơn vị rà soát những tiêu chí bị trừ điểm năm 2024, xây dựng giải pháp khắc phục cụ thể, gửi về Văn phòng HĐND và UBND xã tổng hợp',
    [O.office, O.economy, O.culture, O.service, O.police],
    'Trước 15/02/2025',
    'Báo cáo',
  ),
  task(
    'Lồng ghép nội dung cải thiện các chỉ số vào chương trình công tác hằng tháng, hằng quý của từng cơ quan, đơn vị',
    undefined,
    ONGOING,
  ),
  task(
    'Đưa kết quả thực hiện kế hoạch này vào tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức và bình xét thi đua cuối năm',
    O.office,
    'Tháng 12/2025',
  ),
  request(
    'Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội phối hợp tuyên truyền, vận động đoàn viên, hội viên tham gia góp ý, đánh giá sự phục vụ của chính quyền xã',
    R.front,
    ALL_YEAR,
  ),
];

const PAR_INDEX: SectionSource = section('A.', 'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)', {
  framework: 'par',
  body: 'Phấn đấu duy trì và nâng điểm các lĩnh vực của Chỉ số CCHC, khắc phục dứt điểm các tiêu chí bị trừ điểm năm 2024.',
  targets: [
    {
      printed: '- Chỉ số CCHC của xã năm 2025 ≥ 85%.',
      target: {
        nodeCode: null,
        metric: 'Chỉ số CCHC của xã năm 2025',
        kind: 'number',
        comparator: 'gte',
        value: 85,
        unit: '%',
        grade: null,
        sharePercent: null,
      },
    },
  ],
  children: [
    section('I.', 'Công tác chỉ đạo, điều hành cải cách hành chính', {
      nodeCode: '1',
      children: [
        section('1.', 'Kế hoạch và tuyên truyền cải cách hành chính', {
          tasks: [
            task(
              'Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của xã',
              O.office,
              'Trước 31/01/2025',
              'Kế hoạch',
            ),
            task(
              'Xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2025',
              O.culture,
              'Trước 31/01/2025',
              'Kế hoạch',
            ),
            task(
              'Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử và hệ thống truyền thanh của xã',
              O.culture,
              'Hằng tháng',
              'Chuyên mục, bài viết',
            ),
            task(
              'Tổ chức hội nghị quán triệt nhiệm vụ cải cách hành chính cho cán bộ, công chức xã và trưởng thôn',
              O.office,
              'Quý I/2025',
              'Hội nghị',
              'Các thôn',
            ),
            task(
              'Lồng ghép tuyên truyền cải cách hành chính trong các buổi sinh hoạt tại khu dân cư',
            ),
          ],
        }),
        section('2.', 'Kiểm tra, tự đánh giá và báo cáo', {
          tasks: [
            task(
              'Tự kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại các cơ quan, đơn vị thuộc xã',
              O.office,
              'Quý III/2025',
              'Báo cáo kết quả kiểm tra',
            ),
            task(
              'Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 kèm tài liệu kiểm chứng',
              O.office,
              'Theo hướng dẫn của cấp trên',
              'Báo cáo tự chấm điểm',
              'Các cơ quan, đơn vị thuộc xã',
            ),
            task(
              'Báo cáo kết quả cải cách hành chính định kỳ quý, 6 tháng và năm đúng thời hạn',
              O.office,
              'Quý I, II, III, IV/2025',
              'Báo cáo',
            ),
            task(
              'Khắc phục những tồn tại, hạn chế được chỉ ra sau các đợt kiểm tra của cấp trên',
              [O.office, O.service],
              'Trong 30 ngày kể từ khi có kết luận kiểm tra',
            ),
          ],
        }),
      ],
    }),
    section('II.', 'Cải cách thể chế', {
      nodeCode: '2',
      tasks: [
        task(
          'Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành; đề xuất sửa đổi, bãi bỏ văn bản không còn phù hợp',
          O.office,
          'Quý II/2025',
          'Báo cáo rà soát',
        ),
        task(
          'Theo dõi tình hình thi hành pháp luật trên địa bàn xã',
          O.office,
          ALL_YEAR,
          'Báo cáo',
        ),
        task(
          'Tổ chức phổ biến, giáo dục pháp luật cho người dân theo chuyên đề',
          O.culture,
          'Quý II, III/2025',
        ),
        task('Kiện toàn đội ngũ hòa giải viên ở cơ sở', O.office, 'Quý I/2025', 'Quyết định'),
        task('Thực hiện đúng quy trình xây dựng, ban hành văn bản quy phạm pháp luật của xã'),
      ],
    }),
    section('III.', 'Cải cách thủ tục hành chính', {
      nodeCode: '3',
      children: [
        section('1.', 'Kiểm soát và công khai thủ tục hành chính', {
          children: [
            section('a)', 'Công khai thủ tục hành chính', {
              tasks: [
                task(
                  'Niêm yết công khai đầy đủ, kịp thời các thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã',
                  O.service,
                  ONGOING,
                ),
                task(
                  'Cập nhật thủ tục hành chính mới, sửa đổi trên Trang thông tin điện tử của xã trong 05 ngày làm việc kể từ khi có quyết định công bố',
                  O.service,
                  'Trong 05 ngày làm việc kể từ khi có quyết định công bố',
                  undefined,
                  O.culture,
                ),
                task(
                  'Công khai số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị về thủ tục hành chính',
                  O.service,
                ),
              ],
            }),
            section('b)', 'Rà soát, đơn giản hóa thủ tục hành chính', {
              tasks: [
                task(
                  'Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của xã',
                  O.service,
                  'Quý II, III/2025',
                  'Báo cáo rà soát',
                ),
                task(
                  'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
                  O.service,
                  ONGOING,
                  'Báo cáo kết quả xử lý phản ánh, kiến nghị',
                ),
              ],
            }),
          ],
        }),
        section('2.', 'Giải quyết thủ tục hành chính', {
          children: [
            section('a)', 'Trả kết quả đúng hạn', {
              tasks: [
                task(
                  'Giải quyết hồ sơ thủ tục hành chính đúng và trước hạn; không để hồ sơ trễ hạn',
                  [O.service, O.office, O.economy, O.culture],
                  ONGOING,
                  '100% hồ sơ đúng hạn',
                ),
                task(
                  'Gửi thư xin lỗi người dân, tổ chức khi hồ sơ giải quyết trễ hạn',
                  O.service,
                  'Khi phát sinh',
                  'Thư xin lỗi',
                ),
                task(
                  'Theo dõi, đôn đốc việc giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh',
                  O.service,
                  'Hằng tuần',
                ),
              ],
            }),
            section('b)', 'Số hóa hồ sơ, kết quả giải quyết', {
              tasks: [
                task(
                  'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định',
                  O.service,
                  ALL_YEAR,
                  '100% hồ sơ được số hóa',
                ),
                task(
                  'Tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân nộp lại giấy tờ đã có',
                ),
              ],
            }),
          ],
        }),
      ],
    }),
    section('IV.', 'Cải cách tổ chức bộ máy', {
      nodeCode: '4',
      tasks: [
        task(
          'Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn thuộc UBND xã sau sắp xếp đơn vị hành chính',
          O.office,
          'Quý I/2025',
          'Quyết định',
        ),
        task(
          'Xây dựng quy chế làm việc của UBND xã nhiệm kỳ mới',
          O.office,
          'Quý I/2025',
          'Quy chế',
        ),
        task('Bố trí công chức đúng vị trí việc làm đã được phê duyệt', O.office, 'Quý II/2025'),
        task('Cập nhật cơ sở dữ liệu cán bộ, công chức xã', O.office, 'Quý III/2025'),
      ],
    }),
    section('V.', 'Cải cách chế độ công vụ', {
      nodeCode: '5',
      tasks: [
        task(
          'Xây dựng Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức xã năm 2025',
          O.office,
          'Quý I/2025',
          'Kế hoạch',
        ),
        task(
          'Cử cán bộ, công chức tham gia các lớp bồi dưỡng kỹ năng giao tiếp, ứng xử với người dân',
          O.office,
          ALL_YEAR,
        ),
        task(
          'Thực hiện đánh giá, xếp loại chất lượng cán bộ, công chức theo quy định',
          O.office,
          'Tháng 12/2025',
          'Báo cáo',
        ),
        task(
          'Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, giờ giấc làm việc của cán bộ, công chức',
          O.office,
          'Đột xuất',
        ),
        task('Công khai kết quả xử lý cán bộ, công chức vi phạm (nếu có)'),
      ],
    }),
    section('VI.', 'Cải cách tài chính công', {
      nodeCode: '6',
      tasks: [
        task(
          'Công khai dự toán, quyết toán ngân sách xã theo quy định',
          O.economy,
          'Theo quy định',
          'Báo cáo công khai',
        ),
        task(
          'Thực hiện quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công',
          O.economy,
          ALL_YEAR,
        ),
        task(
          'Giải ngân vốn đầu tư công đúng tiến độ',
          O.economy,
          'Trước 31/12/2025',
          '100% kế hoạch vốn',
        ),
        task(
          'Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập trên địa bàn',
          O.economy,
        ),
      ],
    }),
    section('VII.', 'Xây dựng chính quyền điện tử, chính quyền số', {
      nodeCode: '7',
      tasks: [
        task(
          'Xử lý văn bản đến, đi trên hệ thống quản lý văn bản và điều hành',
          O.office,
          ONGOING,
          '100% văn bản (trừ văn bản mật)',
        ),
        task('Sử dụng chữ ký số trong phát hành văn bản điện tử', O.office, ONGOING),
        task(
          'Kết nối hệ thống quản lý văn bản của xã với hệ thống của tỉnh',
          O.office,
          'Quý II/2025',
        ),
        task('Lưu trữ hồ sơ điện tử theo quy định', O.office, ALL_YEAR, 'Hồ sơ điện tử'),
        task('Tổ chức họp trực tuyến khi đủ điều kiện'),
        task(
          'Cập nhật thông tin hoạt động của xã trên Trang thông tin điện tử',
          O.culture,
          'Hằng tuần',
        ),
      ],
    }),
    section(
      'VIII.',
      'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội',
      {
        nodeCode: '8',
        tasks: [
          task(
            'Theo dõi thu ngân sách, thu hút đầu tư và các chỉ tiêu phát triển kinh tế - xã hội được giao',
            O.economy,
            ALL_YEAR,
            'Báo cáo',
          ),
          task(
            'Phối hợp khảo sát mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính',
            O.service,
            'Quý III/2025',
            undefined,
            O.culture,
          ),
        ],
      },
    ),
  ],
});

const PAPI: SectionSource = section('B.', 'CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI)', {
  framework: 'papi',
  targets: [
    {
      printed: '- Điểm PAPI của xã (theo khảo sát của huyện) cao hơn năm trước.',
      target: {
        nodeCode: null,
        metric: 'Điểm PAPI của xã (theo khảo sát của huyện)',
        kind: 'above_last_year',
        comparator: 'gte',
        value: null,
        unit: '',
        grade: null,
        sharePercent: null,
      },
    },
  ],
  children: [
    section('1.', 'Duy trì và nâng điểm các chỉ số nội dung', {
      children: [
        section('1.1.', 'Tham gia của người dân ở cấp cơ sở', {
          nodeCode: '1',
          children: [
            section('a)', 'Thực hiện dân chủ ở cơ sở', {
              tasks: [
                task(
                  'Thực hiện tốt dân chủ ở cơ sở theo phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"',
                  O.office,
                  ONGOING,
                ),
                task(
                  'Tổ chức lấy ý kiến Nhân dân về các công trình, dự án có đóng góp của người dân',
                  O.economy,
                  'Khi triển khai công trình, dự án',
                ),
                request(
                  'Đề nghị Ban Thanh tra nhân dân xã giám sát việc huy động, sử dụng các khoản đóng góp của Nhân dân',
                  'Ban Thanh tra nhân dân xã',
                  ALL_YEAR,
                ),
              ],
            }),
            section('b)', 'Bầu cử trưởng thôn', {
              tasks: [
                task(
                  'Hướng dẫn các thôn tổ chức bầu cử trưởng thôn đúng quy định, bảo đảm người dân được giới thiệu nhiều ứng cử viên',
                  O.office,
                  'Theo nhiệm kỳ',
                ),
                request(
                  'Đề nghị Ủy ban MTTQ Việt Nam xã chỉ đạo Ban công tác Mặt trận các thôn giới thiệu người ứng cử trưởng thôn',
                  R.front,
                ),
              ],
            }),
          ],
        }),
        section('1.2.', 'Công khai, minh bạch', {
          nodeCode: '2',
          children: [
            section('a)', 'Công khai danh sách hộ nghèo và chính sách an sinh', {
              tasks: [
                task(
                  'Công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn và trụ sở UBND xã',
                  O.culture,
                  'Tháng 01/2025',
                ),
                task(
                  'Niêm yết công khai các chính sách hỗ trợ người có công, bảo trợ xã hội',
                  O.culture,
                  ONGOING,
                ),
              ],
            }),
            section('b)', 'Công khai thu, chi ngân sách xã', {
              tasks: [
                task(
                  'Công khai thu, chi ngân sách xã và các khoản đóng góp của Nhân dân',
                  O.economy,
                  'Quý I, II, III, IV/2025',
                ),
              ],
            }),
            section('c)', 'Công khai quy hoạch, kế hoạch sử dụng đất', {
              tasks: [
                task(
                  'Niêm yết quy hoạch, kế hoạch sử dụng đất và khung giá đất tại trụ sở UBND xã',
                  O.economy,
                  'Trong 15 ngày kể từ ngày được phê duyệt',
                ),
                task(
                  'Cung cấp thông tin về đất đai khi người dân có yêu cầu',
                  O.economy,
                  'Khi có yêu cầu',
                ),
              ],
            }),
          ],
        }),
        section('1.3.', 'Trách nhiệm giải trình với người dân', {
          nodeCode: '3',
          tasks: [
            task(
              'Tổ chức đối thoại định kỳ giữa Chủ tịch UBND xã với Nhân dân',
              O.office,
              '6 tháng/lần',
              'Thông báo kết luận đối thoại',
            ),
            task('Tiếp công dân định kỳ và đột xuất theo quy định', O.office, 'Hằng tháng'),
            task(
              'Giải quyết dứt điểm đơn thư khiếu nại, tố cáo ngay từ cơ sở',
              [O.office, O.police],
              ONGOING,
            ),
          ],
        }),
        section('1.4.', 'Kiểm soát tham nhũng trong khu vực công', {
          nodeCode: '4',
          tasks: [
            task(
              'Thực hiện kê khai tài sản, thu nhập theo quy định',
              O.office,
              'Trước 31/12/2025',
              'Bản kê khai',
            ),
            task(
              'Chuyển đổi vị trí công tác đối với công chức theo quy định',
              O.office,
              'Theo kế hoạch',
            ),
            task('Công khai kết quả xử lý các vụ việc tiêu cực, nhũng nhiễu (nếu có)'),
          ],
        }),
        section('1.5.', 'Thủ tục hành chính công', {
          nodeCode: '5',
          tasks: [
            task(
              'Hướng dẫn người dân làm thủ tục chứng thực, hộ tịch rõ ràng, một lần',
              O.service,
              ONGOING,
            ),
            task(
              'Bố trí công chức có năng lực, thái độ tốt làm việc tại Trung tâm Phục vụ hành chính công xã',
              O.office,
              'Quý I/2025',
            ),
          ],
        }),
        section('1.6.', 'Cung ứng dịch vụ công', {
          nodeCode: '6',
          tasks: [
            task('Nâng cao chất lượng khám, chữa bệnh tại Trạm Y tế xã', 'Trạm Y tế xã', ALL_YEAR),
            task('Bảo đảm an ninh, trật tự tại khu dân cư', O.police, ONGOING),
            task(
              'Duy tu, sửa chữa đường giao thông nông thôn xuống cấp',
              O.economy,
              'Quý II, III/2025',
            ),
            task('Bảo đảm nước sạch cho các hộ dân ở khu vực khó khăn', O.economy, ALL_YEAR),
            task(
              'Duy trì chất lượng dạy và học tại các trường trên địa bàn',
              O.culture,
              'Năm học 2025 - 2026',
            ),
          ],
        }),
        section('1.7.', 'Quản trị môi trường', {
          nodeCode: '7',
          tasks: [
            task(
              'Tổ chức thu gom, xử lý rác thải sinh hoạt tại các thôn',
              O.economy,
              ONGOING,
              undefined,
              'Các thôn',
            ),
            request(
              'Đề nghị Hội Liên hiệp Phụ nữ xã duy trì mô hình phân loại rác thải tại nguồn',
              R.women,
              ALL_YEAR,
            ),
            task('Kiểm tra, xử lý các cơ sở gây ô nhiễm môi trường', O.economy),
            task(
              'Trồng cây xanh tại các tuyến đường, khu công cộng',
              O.economy,
              'Quý I, IV/2025',
              undefined,
              'Các thôn',
            ),
          ],
        }),
        section('1.8.', 'Quản trị điện tử', {
          nodeCode: '8',
          tasks: [
            task(
              'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến và tiếp cận thông tin trên Trang thông tin điện tử của xã',
              O.service,
              ONGOING,
            ),
            request(
              'Duy trì tổ thanh niên tình nguyện hỗ trợ người dân dùng dịch vụ công trực tuyến',
              R.youth,
              ALL_YEAR,
            ),
          ],
        }),
      ],
    }),
    section('2.', 'Tuyên truyền về Chỉ số PAPI', {
      tasks: [
        task(
          'Tuyên truyền về Chỉ số PAPI để người dân hiểu và tham gia khảo sát khi được chọn',
          O.culture,
          'Quý II/2025',
          'Chuyên mục, bài viết',
        ),
        task(
          'Cung cấp danh sách, địa chỉ hộ dân cho đơn vị khảo sát khi có yêu cầu',
          O.police,
          'Khi có yêu cầu',
        ),
      ],
    }),
  ],
});

const DDCI: SectionSource = section(
  'C.',
  'CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP SỞ, NGÀNH, ĐỊA PHƯƠNG (DDCI)',
  {
    framework: 'ddci',
    targets: [
      {
        printed: '- Xếp hạng DDCI của xã tăng ít nhất 2 bậc so với năm trước.',
        target: {
          nodeCode: null,
          metric: 'Xếp hạng DDCI của xã',
          kind: 'rank_up',
          comparator: 'gte',
          value: 2,
          unit: '',
          grade: null,
          sharePercent: null,
        },
      },
    ],
    children: [
      section('1.', 'Tính minh bạch và tiếp cận thông tin', {
        nodeCode: '1',
        tasks: [
          task(
            'Công khai quy hoạch, kế hoạch, chính sách hỗ trợ doanh nghiệp, hộ kinh doanh trên Trang thông tin điện tử của xã',
            O.economy,
            ONGOING,
          ),
          task(
            'Cung cấp thông tin cho doanh nghiệp, hộ kinh doanh khi có yêu cầu, không phân biệt đối xử',
            O.economy,
            'Khi có yêu cầu',
          ),
          task(
            'Lập chuyên mục hỏi đáp về thủ tục đăng ký hộ kinh doanh',
            O.culture,
            'Quý II/2025',
            'Chuyên mục',
          ),
        ],
      }),
      section('2.', 'Chi phí thời gian', {
        nodeCode: '2',
        tasks: [
          task(
            'Giảm số lần kiểm tra, thanh tra đối với cùng một hộ kinh doanh trong năm',
            O.economy,
            ALL_YEAR,
          ),
          task(
            'Công khai kế hoạch kiểm tra doanh nghiệp, hộ kinh doanh từ đầu năm',
            O.economy,
            'Quý I/2025',
          ),
          task('Giải quyết thủ tục đăng ký hộ kinh doanh trước hạn', O.service, ONGOING),
        ],
      }),
      section('3.', 'Chi phí không chính thức', {
        nodeCode: '3',
        tasks: [
          task(
            'Chấn chỉnh tình trạng nhũng nhiễu, gây phiền hà cho doanh nghiệp, hộ kinh doanh',
            O.office,
            ONGOING,
          ),
          task('Công khai đường dây nóng tiếp nhận phản ánh của doanh nghiệp', O.economy),
        ],
      }),
      section('4.', 'Tính năng động và hỗ trợ doanh nghiệp', {
        nodeCode: '4',
        children: [
          section('4.1.', 'Đối thoại với doanh nghiệp', {
            tasks: [
              task(
                'Tổ chức hội nghị gặp mặt, đối thoại với doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn',
                O.economy,
                'Quý III/2025',
                'Hội nghị',
              ),
              task(
                'Trả lời bằng văn bản các kiến nghị của doanh nghiệp sau đối thoại',
                O.economy,
                'Trong 15 ngày sau hội nghị',
                'Công văn',
              ),
            ],
          }),
          section('4.2.', 'Hỗ trợ hợp tác xã và kinh tế tập thể', {
            tasks: [
              task('Hỗ trợ các hợp tác xã xây dựng sản phẩm OCOP', O.economy, ALL_YEAR),
              request('Hướng dẫn hội viên liên kết sản xuất, tiêu thụ sản phẩm', R.farmers),
              task('Giới thiệu doanh nghiệp tiếp cận vốn vay ưu đãi'),
            ],
          }),
        ],
      }),
      section('5.', 'Cạnh tranh bình đẳng và thiết chế pháp lý', {
        nodeCode: '5',
        tasks: [
          task(
            'Bảo đảm đối xử bình đẳng giữa các doanh nghiệp trong tiếp cận đất đai, mặt bằng sản xuất',
            O.economy,
            ONGOING,
          ),
          task(
            'Giải quyết tranh chấp, vướng mắc của doanh nghiệp thuộc thẩm quyền của xã',
            [O.economy, O.office],
            'Khi phát sinh',
          ),
          task('Bảo đảm an ninh trật tự tại các khu, cụm sản xuất kinh doanh', O.police, ONGOING),
        ],
      }),
      section('6.', 'Đào tạo lao động', {
        nodeCode: '6',
        tasks: [
          task(
            'Phối hợp mở các lớp đào tạo nghề ngắn hạn cho lao động nông thôn',
            O.culture,
            'Quý II, III/2025',
          ),
          task(
            'Cung cấp thông tin thị trường lao động cho người lao động và doanh nghiệp',
            O.culture,
          ),
          task('Giới thiệu việc làm cho lao động sau đào tạo', O.culture, ALL_YEAR),
        ],
      }),
    ],
  },
);

const DTI: SectionSource = section('D.', 'CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI)', {
  framework: 'dti',
  children: [
    section('I.', 'Nhận thức số', {
      nodeCode: '1',
      tasks: [
        task(
          'Tuyên truyền về chuyển đổi số trên hệ thống truyền thanh của xã',
          O.culture,
          'Hằng tháng',
        ),
        task('Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10', O.culture, 'Tháng 10/2025', 'Báo cáo'),
        request('Vận động hội viên cài đặt, sử dụng các ứng dụng số', R.veterans),
      ],
    }),
    section('II.', 'Thể chế số', {
      nodeCode: '2',
      tasks: [
        task(
          'Ban hành Kế hoạch chuyển đổi số năm 2025 của xã',
          O.culture,
          'Quý I/2025',
          'Kế hoạch',
        ),
        task('Kiện toàn Ban Chỉ đạo chuyển đổi số xã', O.office, 'Quý I/2025', 'Quyết định'),
        task(
          'Ban hành quy chế quản lý, vận hành Trang thông tin điện tử của xã',
          O.culture,
          'Quý II/2025',
          'Quy chế',
        ),
      ],
    }),
    section('III.', 'Hạ tầng số', {
      nodeCode: '3',
      tasks: [
        task(
          'Rà soát, nâng cấp máy tính, đường truyền tại trụ sở UBND xã',
          O.office,
          'Quý II/2025',
        ),
        task('Lắp đặt camera an ninh tại các tuyến đường trọng điểm', O.police, ALL_YEAR),
        task(
          'Phủ sóng wifi miễn phí tại Trung tâm Phục vụ hành chính công xã',
          O.service,
          'Quý III/2025',
        ),
      ],
    }),
    section('IV.', 'Nhân lực số', {
      nodeCode: '4',
      tasks: [
        task('Bồi dưỡng kỹ năng số cho cán bộ, công chức xã', O.office, ALL_YEAR),
        task('Kiện toàn, tập huấn tổ công nghệ số cộng đồng ở các thôn', O.culture, 'Quý II/2025'),
      ],
    }),
    section('V.', 'An toàn thông tin mạng', {
      nodeCode: '5',
      tasks: [
        task(
          'Cài đặt phần mềm phòng chống mã độc trên máy tính của cơ quan',
          O.office,
          'Quý I/2025',
        ),
        task(
          'Tuyên truyền phòng, chống lừa đảo trên không gian mạng',
          O.police,
          ONGOING,
          undefined,
          O.culture,
        ),
      ],
    }),
    section('VI.', 'Hoạt động chính quyền số', {
      nodeCode: '6',
      tasks: [
        task(
          'Tăng tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến',
          O.service,
          ALL_YEAR,
          'Từ 80% trở lên',
        ),
        task('Thanh toán trực tuyến phí, lệ phí thủ tục hành chính', O.service, ALL_YEAR),
        task(
          'Cập nhật dữ liệu dân cư, đất đai, hộ tịch vào cơ sở dữ liệu dùng chung',
          [O.police, O.economy, O.service],
          ONGOING,
        ),
      ],
    }),
    section('VII.', 'Kinh tế số và xã hội số', {
      nodeCode: '7',
      tasks: [
        task('Hỗ trợ hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử', O.economy, ALL_YEAR),
        task(
          'Vận động người dân mở tài khoản thanh toán, sử dụng thanh toán không dùng tiền mặt',
          O.economy,
        ),
        request(
          'Tổ chức các đợt hướng dẫn người dân kích hoạt định danh điện tử',
          R.youth,
          'Quý II/2025',
        ),
        task('Triển khai sổ sức khỏe điện tử cho người dân'),
      ],
    }),
  ],
});

const SIPAS: SectionSource = section(
  'Đ.',
  'CHỈ SỐ HÀI LÒNG (SIPAS) VÀ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN',
  {
    framework: 'sipas',
    targets: [
      {
        printed: '- Chỉ số SIPAS của xã năm 2025 ≥ 90%.',
        target: {
          nodeCode: null,
          metric: 'Chỉ số SIPAS của xã năm 2025',
          kind: 'number',
          comparator: 'gte',
          value: 90,
          unit: '%',
          grade: null,
          sharePercent: null,
        },
      },
    ],
    children: [
      section('1.', 'Tiếp cận dịch vụ', {
        nodeCode: '1',
        tasks: [
          task(
            'Bố trí chỗ ngồi, nước uống, quạt mát và khu vực chờ tại Trung tâm Phục vụ hành chính công xã',
            O.service,
            'Quý I/2025',
          ),
          task('Bố trí lối đi cho người khuyết tật, người cao tuổi', O.service),
          task(
            'Hướng dẫn người dân tra cứu tình trạng hồ sơ qua tin nhắn, mã QR',
            O.service,
            ONGOING,
          ),
        ],
      }),
      section('2.', 'Thủ tục hành chính', {
        nodeCode: '2',
        tasks: [
          task('Bảo đảm thành phần hồ sơ, phí, lệ phí đúng như niêm yết', O.service, ONGOING),
          task('Không yêu cầu người dân nộp thêm giấy tờ ngoài quy định'),
        ],
      }),
      section('3.', 'Công chức trực tiếp giải quyết công việc', {
        nodeCode: '3',
        tasks: [
          task(
            'Công chức đeo thẻ, có thái độ lịch sự, tận tình khi tiếp nhận hồ sơ',
            O.service,
            ONGOING,
          ),
          task(
            'Lấy ý kiến đánh giá của người dân sau mỗi lần giải quyết hồ sơ',
            O.service,
            ONGOING,
            'Phiếu đánh giá',
          ),
        ],
      }),
      section('4.', 'Kết quả giải quyết công việc', {
        nodeCode: '4',
        tasks: [
          task(
            'Trả kết quả đúng hẹn, đúng quy định; kết quả có thông tin chính xác',
            O.service,
            ONGOING,
          ),
        ],
      }),
      section('5.', 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', {
        nodeCode: '5',
        tasks: [
          task(
            'Đặt hòm thư góp ý và công khai số điện thoại tiếp nhận phản ánh',
            O.service,
            'Quý I/2025',
          ),
          task(
            'Trả lời góp ý, phản ánh của người dân đúng thời hạn',
            O.service,
            'Trong 10 ngày làm việc',
          ),
        ],
      }),
      section('6.', 'Công tác dân vận chính quyền', {
        body: 'Thực hiện công tác dân vận chính quyền gắn với phong trào thi đua "Dân vận khéo".',
        children: [
          section('-', 'Đối với cán bộ, công chức:', {
            tasks: [
              task(
                'Thực hiện nghiêm quy tắc ứng xử của cán bộ, công chức khi tiếp xúc với Nhân dân',
                O.office,
                ONGOING,
              ),
              task(
                'Đăng ký mô hình "Dân vận khéo" trong thực hiện nhiệm vụ chuyên môn',
                [O.office, O.economy, O.culture, O.service],
                'Quý I/2025',
                'Bản đăng ký',
              ),
            ],
          }),
          section('-', 'Đối với Nhân dân:', {
            tasks: [
              request(
                'Đề nghị Ủy ban MTTQ Việt Nam xã tổng hợp ý kiến, kiến nghị của cử tri gửi UBND xã',
                R.front,
                'Trước mỗi kỳ họp HĐND xã',
              ),
              request(
                'Phản ánh kịp thời tâm tư, nguyện vọng của đoàn viên, hội viên và Nhân dân đến UBND xã',
                R.front,
              ),
              task('Xây dựng mô hình "Dân vận khéo" trong giải quyết thủ tục hành chính'),
            ],
          }),
        ],
      }),
    ],
  },
);

const DUTIES: SectionSource = section('E.', 'TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ', {
  children: [
    section('1.', 'Văn phòng HĐND và UBND xã', {
      tasks: [
        task(
          'Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả báo cáo Chủ tịch UBND xã',
          O.office,
          'Hằng quý',
          'Báo cáo',
        ),
        task(
          'Tham mưu khen thưởng tập thể, cá nhân có thành tích trong cải thiện các chỉ số',
          O.office,
          'Tháng 12/2025',
        ),
        task(
          'Tham mưu xử lý trách nhiệm người đứng đầu khi để chỉ số thuộc lĩnh vực phụ trách giảm điểm',
          O.office,
        ),
      ],
    }),
    section('2.', 'Phòng Văn hóa - Xã hội', {
      tasks: [
        task('Chủ trì công tác tuyên truyền các nội dung của Kế hoạch', O.culture, ALL_YEAR),
        task(
          'Theo dõi các tiêu chí về y tế, giáo dục, an sinh xã hội trong Chỉ số PAPI',
          O.culture,
          ALL_YEAR,
        ),
        task(
          'Chủ trì các nhiệm vụ chuyển đổi số, Trang thông tin điện tử của xã',
          O.culture,
          ONGOING,
        ),
        task(
          'Phối hợp tổ chức khảo sát mức độ hài lòng của người dân',
          O.culture,
          'Quý III/2025',
          'Báo cáo kết quả khảo sát',
          O.service,
        ),
      ],
    }),
    section('3.', 'Phòng Kinh tế', {
      children: [
        section('-', 'Về Chỉ số DDCI:', {
          tasks: [
            task('Làm đầu mối theo dõi, cải thiện các chỉ số thành phần DDCI', O.economy, ALL_YEAR),
            task(
              'Tổng hợp kiến nghị của doanh nghiệp, hộ kinh doanh',
              O.economy,
              'Hằng quý',
              'Báo cáo',
            ),
          ],
        }),
        section('-', 'Về tài chính, đất đai, môi trường:', {
          children: [
            section('+', 'Tài chính ngân sách', {
              tasks: [
                task(
                  'Bảo đảm kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã',
                  O.economy,
                  'Quý I/2025',
                ),
              ],
            }),
          ],
          tasks: [
            task(
              'Theo dõi các tiêu chí về đất đai, môi trường trong Chỉ số PAPI',
              O.economy,
              ALL_YEAR,
            ),
          ],
        }),
      ],
    }),
    section('4.', 'Trung tâm Phục vụ hành chính công xã', {
      tasks: [
        task('Chủ trì các nhiệm vụ nâng cao Chỉ số SIPAS', O.service, ALL_YEAR),
        task(
          'Báo cáo tỷ lệ hồ sơ đúng hạn, trực tuyến hằng tháng',
          O.service,
          'Trước ngày 20 hằng tháng',
          'Báo cáo',
        ),
        task(
          'Đề xuất khen thưởng công chức được người dân đánh giá tốt',
          O.service,
          'Tháng 12/2025',
        ),
      ],
    }),
    section('5.', 'Công an xã và Ban Chỉ huy Quân sự xã', {
      tasks: [
        task(
          'Bảo đảm an ninh trật tự, an toàn xã hội phục vụ phát triển kinh tế - xã hội',
          O.police,
          ONGOING,
        ),
        task(
          'Phối hợp cập nhật, làm sạch dữ liệu dân cư phục vụ chuyển đổi số',
          O.police,
          ONGOING,
          undefined,
          O.service,
        ),
        task('Tham gia tuyên truyền, vận động Nhân dân trong các đợt cao điểm', O.military),
        task(
          'Phối hợp bảo đảm an toàn hệ thống thông tin của xã',
          O.police,
          undefined,
          undefined,
          O.culture,
        ),
      ],
    }),
    section('6.', 'Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội', {
      tasks: [
        request(
          'Đề nghị Ủy ban MTTQ Việt Nam xã giám sát việc thực hiện Kế hoạch',
          R.front,
          ALL_YEAR,
        ),
        request('Phát động thanh niên tham gia chuyển đổi số', R.youth, ALL_YEAR),
        request(
          'Đề nghị Hội Liên hiệp Phụ nữ xã tuyên truyền hội viên tham gia đánh giá sự hài lòng',
          R.women,
        ),
        request(
          'Đề nghị Hội Nông dân xã vận động hội viên tham gia góp ý xây dựng chính quyền',
          R.farmers,
        ),
        request('Đề nghị Hội Cựu chiến binh xã tham gia giám sát ở cơ sở', R.veterans, ALL_YEAR),
      ],
    }),
  ],
});

/** Cây mục nguồn: the five index blocks and the duties block, in document order. */
const OUTLINE: readonly SectionSource[] = [PAR_INDEX, PAPI, DDCI, DTI, SIPAS, DUTIES];

/** Kiểu đánh số a hand-typed label is written in: "A." upper letter, "IV." roman, "1.1." nested… */
function numberingOf(label: string): NumberingStyle {
  if (label === '-') return 'dash';
  if (label === '+') return 'plus';
  if (/^\d+\.\d+(\.\d+)*\.$/.test(label)) return 'decimal_nested';
  if (/^\d+\.$/.test(label)) return 'decimal';
  // "C." and "D." are block letters here; only I., V., X. and longer numerals are Roman.
  if (/^(?:[IVX]|[IVXLC]{2,})\.$/.test(label)) return 'roman';
  if (/^[a-zđ]\)$/.test(label)) return 'lower_letter';
  if (/^[A-ZĐ]\.$/.test(label)) return 'upper_letter';
  throw new Error(`Nhãn mục không đọc được: ${label}`);
}

/** Dòng văn bản mong đợi: a heading as printed, a body line, a target line, or a task (its content as written). */
export type LargePlanExpectedLine =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'task'; content: string };

/** What tests give the fixture: the plan's framework ids and the offices' organisation ids. */
export interface LargePlanIds {
  frameworks: LargePlanFrameworkIds;
  /** Office name → organisation id; an office missing here stays a lead written in text. */
  offices: ReadonlyMap<string, string>;
}

/** Placeholder ids for domain tests (uuid-shaped, as the contract wants). */
export const LARGE_PLAN_DEFAULT_FRAMEWORK_IDS: LargePlanFrameworkIds = {
  par: '00000000-0000-4000-8000-00000000000a',
  papi: '00000000-0000-4000-8000-00000000000b',
  ddci: '00000000-0000-4000-8000-00000000000c',
  dti: '00000000-0000-4000-8000-00000000000d',
  sipas: '00000000-0000-4000-8000-00000000000e',
};

/** Kế hoạch văn xuôi lớn dựng sẵn: content, tasks (group rows expanded) and the expected printed lines. */
export interface LargeProsePlan {
  content: PlanContent;
  tasks: PlanTask[];
  /** Lines of "II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP" in order, from the source outline. */
  expectedLines: LargePlanExpectedLine[];
  /** The source tasks as written (one per printed task, groups once), in printed order. */
  sourceTasks: readonly TaskSource[];
}

/** Builds the large prose plan; `ids` defaults to placeholder frameworks and offices named by their text. */
export function largeProsePlan(
  ids: LargePlanIds = {
    frameworks: LARGE_PLAN_DEFAULT_FRAMEWORK_IDS,
    offices: new Map(Object.values(LARGE_PLAN_OFFICES).map((name) => [name, `org:${name}`])),
  },
): LargeProsePlan {
  const sections: PlanSection[] = [];
  const targets: PlanTarget[] = [];
  const tasks: PlanTask[] = [];
  const sourceTasks: TaskSource[] = [];
  const expectedLines: LargePlanExpectedLine[] = [];
  let groupCount = 0;

  const addTasks = (sectionId: string | null, list: readonly TaskSource[]) => {
    for (const source of list) {
      sourceTasks.push(source);
      expectedLines.push({ kind: 'task', content: source.content });
      const leads = typeof source.lead === 'string' ? [source.lead] : (source.lead ?? []);
      const base = taskOf(sectionId, source);
      if (leads.length <= 1) {
        const lead = leads[0] ?? '';
        const organisationId = ids.offices.get(lead) ?? null;
        tasks.push({
          ...base,
          leadOrganisationId: organisationId,
          leadSuggestion: organisationId ? '' : lead,
        });
        continue;
      }
      // A group lead: one obligation row per office, as the server expands it.
      const groupId = `00000000-0000-4000-9000-${String(++groupCount).padStart(12, '0')}`;
      const organisationIds = leads.map((lead) => ids.offices.get(lead) ?? lead);
      const leadGroup: LeadGroup = { kind: 'units', organisationIds };
      for (const organisationId of organisationIds)
        tasks.push({ ...base, leadGroup, groupId, leadOrganisationId: organisationId });
    }
  };

  addTasks(null, GENERAL_TASKS);
  const generalLines = expectedLines.splice(0);

  const visit = (source: SectionSource, parentId: string | null, path: string) => {
    const id = `s${path}`;
    sections.push({
      id,
      parentId,
      numbering: numberingOf(source.label),
      heading: source.heading,
      body: source.body ?? '',
      frameworkId: source.framework ? ids.frameworks[source.framework] : null,
      nodeCode: source.nodeCode ?? null,
    });
    expectedLines.push({ kind: 'heading', text: `${source.label} ${source.heading}` });
    if (source.body) expectedLines.push({ kind: 'text', text: source.body });
    source.targets?.forEach(({ printed, target }, index) => {
      const full = newTarget({
        ...target,
        id: `${id}-t${index + 1}`,
        sectionId: id,
        frameworkId: source.framework ? ids.frameworks[source.framework] : null,
      });
      targets.push(full);
      expectedLines.push({ kind: 'text', text: printed });
    });
    addTasks(id, source.tasks ?? []);
    source.children?.forEach((child, index) => visit(child, id, `${path}.${index + 1}`));
  };
  OUTLINE.forEach((block, index) => visit(block, null, String(index + 1)));

  return {
    content: largePlanContent(sections, targets, ids.frameworks),
    tasks,
    expectedLines: [{ kind: 'heading', text: 'Nhiệm vụ chung' }, ...generalLines, ...expectedLines],
    sourceTasks: [...sourceTasks],
  };
}

function taskOf(sectionId: string | null, source: TaskSource): PlanTask {
  return {
    area: '',
    sectionId,
    kind: source.kind ?? 'assignment',
    leadGroup: null,
    groupId: null,
    content: source.content,
    solution: '',
    nodeLinks: [],
    leadOrganisationId: null,
    leadSuggestion: '',
    coordinatingOrganisationIds: [],
    coordinatingNote: source.coordinating ?? '',
    outputKind: source.output ? 'other' : 'not_stated',
    outputDescription: source.output ?? '',
    timeframeText: source.timeframe ?? '',
    note: '',
    status: 'not_started',
  };
}

function largePlanContent(
  sections: PlanSection[],
  targets: PlanTarget[],
  frameworks: LargePlanFrameworkIds,
): PlanContent {
  return {
    parentBody: '',
    issuingBody: 'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ',
    number: null,
    symbol: 'KH-UBND',
    place: 'Tân Phú',
    issuedOn: null,
    year: 2025,
    title:
      'Nâng cao các chỉ số PAR Index, PAPI, DDCI, DTI, SIPAS và công tác dân vận chính quyền năm 2025',
    preamble:
      'Căn cứ kết quả các chỉ số năm 2024 và kế hoạch của cấp trên, Ủy ban nhân dân xã Tân Phú ban hành Kế hoạch nâng cao các chỉ số năm 2025, cụ thể như sau:',
    basis: [],
    purpose:
      'Duy trì, nâng cao điểm số và thứ hạng các chỉ số của xã; khắc phục các tiêu chí, chỉ số thành phần bị trừ điểm năm 2024.\n- Nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị trong thực hiện nhiệm vụ được giao.',
    requirements:
      'Nhiệm vụ phải cụ thể, gắn với trách nhiệm của từng cơ quan, đơn vị.\n- Thực hiện thường xuyên, liên tục, có kiểm tra, đánh giá.',
    frameworkIds: [
      frameworks.par,
      frameworks.papi,
      frameworks.ddci,
      frameworks.dti,
      frameworks.sipas,
    ],
    targets: [
      newTarget({
        id: 'general-1',
        metric: 'Không có chỉ số nào giảm điểm so với năm 2024',
        kind: 'free_text',
      }),
      ...targets,
    ],
    sections,
    appendixTable: false,
    implementation:
      'Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc báo cáo về Văn phòng HĐND và UBND xã để tổng hợp, trình Chủ tịch UBND xã xem xét./.',
    reportingDuties:
      'Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng quý trước ngày 15 của tháng cuối quý.',
    recipients: [
      'UBND huyện',
      'TT Đảng ủy, HĐND xã',
      'CT, các PCT UBND xã',
      'UB MTTQ VN xã',
      'Các cơ quan, đơn vị thuộc xã',
      'Lưu: VT, VP',
    ],
    signature: {
      mode: 'TM',
      authority: 'Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
      signerName: 'Nguyễn Văn B',
    },
  };
}
