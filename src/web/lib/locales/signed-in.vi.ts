/**
 * Vietnamese dictionary, the part only signed-in screens use (modules, features, the domain's
 * label maps): added to i18next by the signed-in layout (web/lib/signed-in-dictionary.ts), so the
 * login page never downloads it.
 */
import { ORGANISATION_TYPE_LABELS, ROLE_LABELS } from '@contract/domain-labels';
import { frameworksVi } from './frameworks.vi';
import { resultsVi } from './results.vi';
import { plansVi } from './plans.vi';
import { reportsVi } from './reports.vi';
import { dashboardsVi } from './dashboards.vi';
import { targetsVi } from './targets.vi';
import { planImportVi } from './plan-import.vi';
import { homeVi } from './home.vi';
import { reportCommentsVi } from './report-comments.vi';
import { assessmentProjectionVi } from './assessment-projection.vi';
import { assessmentResultsVi } from './assessment-results.vi';
import { assessmentRoundsVi } from './assessment-rounds.vi';
import { assessmentDocumentsVi } from './assessment-documents.vi';
import { assessmentSelfVi } from './assessment-self.vi';
import { assessmentAppraisalVi } from './assessment-appraisal.vi';
import { searchVi } from './search.vi';
import { unitLabelsVi } from './unit-labels.vi';
import { kpisVi } from './kpis.vi';
import { auditActionVi, auditObjectVi } from './audit.vi';

/** The signed-in screens' words, merged into the dictionary when the signed-in layout loads. */
export const signedInVi = {
  kpiScreens: kpisVi,
  frameworkScreens: frameworksVi,
  resultScreens: resultsVi,
  planScreens: plansVi,
  reportScreens: reportsVi,
  dashboardScreens: dashboardsVi,
  targetScreens: targetsVi,
  planImportScreens: planImportVi,
  homeScreens: homeVi,
  reportComments: reportCommentsVi,
  assessmentProjection: assessmentProjectionVi,
  assessmentResults: assessmentResultsVi,
  assessmentRounds: assessmentRoundsVi,
  assessmentDocuments: assessmentDocumentsVi,
  assessmentSelf: assessmentSelfVi,
  assessmentAppraisal: assessmentAppraisalVi,
  searchScreens: searchVi,
  unitLabels: unitLabelsVi,
  importErrors: {
    row: 'Dòng',
    column: 'Cột',
    error: 'Lỗi',
  },
  modules: {
    overview: {
      title: 'Tổng quan',
      description: 'Thông tin tài khoản, đơn vị và vai trò của bạn.',
    },
    frameworks: {
      title: 'Bộ chỉ số',
      description:
        'Khai báo bộ chỉ số theo năm và theo cấp đơn vị: lĩnh vực, tiêu chí, tiêu chí thành phần và điểm tối đa.',
    },
    results: {
      title: 'Kết quả đánh giá',
      description:
        'Nhập kết quả chấm điểm từng tiêu chí, xem điểm bị trừ và thứ hạng so với các đơn vị cùng cấp.',
    },
    kpis: {
      title: 'Chỉ số dịch vụ (KPI)',
      description:
        'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn, nộp và thanh toán trực tuyến theo đơn vị và theo tháng, tính từ dữ liệu hồ sơ.',
    },
    assessment: {
      title: 'Đánh giá chỉ số',
      description:
        'Đợt đánh giá hằng năm: tự đánh giá kèm tài liệu kiểm chứng, thẩm định, giải trình, công bố kết quả.',
    },
    plans: {
      title: 'Kế hoạch',
      description:
        'Soạn kế hoạch khắc phục tồn tại, hạn chế theo từng tiêu chí và xuất văn bản Word đúng thể thức.',
    },
    tasks: {
      title: 'Nhiệm vụ',
      description:
        'Theo dõi nhiệm vụ của kế hoạch: cơ quan chủ trì, phối hợp, thời hạn và nhiệm vụ trễ hạn.',
    },
    reports: {
      title: 'Báo cáo',
      description:
        'Báo cáo tiến độ định kỳ hằng tháng, hằng quý kèm tài liệu kiểm chứng và tổng hợp của đầu mối.',
    },
    surveys: {
      title: 'Khảo sát',
      description:
        'Phiếu khảo sát mức độ hài lòng của người dân, tổ chức và kết quả điều tra xã hội học.',
    },
    organisations: { title: 'Đơn vị', description: 'Cây đơn vị của địa phương.' },
    users: { title: 'Người dùng', description: 'Tài khoản và vai trò.' },
    audit: { title: 'Nhật ký', description: 'Nhật ký hệ thống.' },
  },
  comingSoon: {
    hint: 'Phân hệ này đang được xây dựng.',
  },
  organisationType: { ...ORGANISATION_TYPE_LABELS },
  role: { ...ROLE_LABELS },
  overview: {
    greeting: 'Xin chào, {{name}}',
    account: 'Tài khoản',
    login: 'Tên đăng nhập',
    email: 'Thư điện tử',
    homeUnit: 'Đơn vị công tác',
    tenant: 'Địa phương',
    rolesTitle: 'Vai trò của bạn',
    role: 'Vai trò',
    unit: 'Đơn vị',
    unitType: 'Loại đơn vị',
    noRoles: 'Bạn chưa được cấp vai trò nào. Liên hệ quản trị hệ thống.',
    comingTitle: 'Các phân hệ sắp có',
    open: 'Xem',
  },
  organisations: {
    pageTitle: 'Đơn vị',
    searchPlaceholder: 'Tìm kiếm đơn vị…',
    showClosed: 'Hiện đơn vị đã kết thúc hoạt động',
    closedTag: 'Đã kết thúc hoạt động',
    closedSuffix: 'kết thúc {{date}}',
    noResults: 'Không có đơn vị nào khớp.',
    searchResults: 'Kết quả tìm kiếm',
    selectHint: 'Chọn một đơn vị trên cây để xem chi tiết.',
    detailTitle: 'Chi tiết đơn vị',
    code: 'Mã đơn vị',
    name: 'Tên đơn vị',
    type: 'Loại đơn vị',
    parent: 'Đơn vị cấp trên',
    path: 'Trực thuộc',
    validFrom: 'Hiệu lực từ',
    validTo: 'Hiệu lực đến',
    active: 'Đang hoạt động',
    childCount: 'Số đơn vị trực thuộc',
    successors: 'Đơn vị kế thừa',
    predecessors: 'Đơn vị tiền thân',
    addChild: 'Thêm đơn vị trực thuộc',
    addChildTitle: 'Thêm đơn vị trực thuộc {{parent}}',
    editTitle: 'Sửa đơn vị',
    close: 'Kết thúc hoạt động',
    closeTitle: 'Kết thúc hoạt động: {{name}}',
    closeHint: 'Đơn vị sẽ bị ẩn khỏi cây từ ngày này; dữ liệu cũ vẫn được giữ.',
    successorsHint: 'Chọn đơn vị tiếp nhận (khi sáp nhập, hợp nhất).',
    created: 'Đã thêm đơn vị.',
    updated: 'Đã lưu thay đổi.',
    closed: 'Đã kết thúc hoạt động đơn vị.',
    conflict: 'Đơn vị vừa được người khác sửa.',
    conflictHint: 'Tải lại để xem bản mới nhất rồi sửa lại.',
    required: 'Trường này là bắt buộc.',
  },
  organisationImport: {
    button: 'Nhập từ tệp',
    title: 'Nhập danh sách đơn vị từ tệp',
    intro: 'Tệp .xlsx hoặc .csv, mỗi dòng một đơn vị, các cột theo tệp mẫu.',
    template: 'Tải tệp mẫu (.csv)',
    choose: 'Chọn tệp',
    checking: 'Đang kiểm tra tệp…',
    validRows: '{{rows}} dòng hợp lệ',
    readyHint: 'Bấm “Nhập” để ghi toàn bộ các dòng.',
    import: 'Nhập',
    imported: 'Đã nhập {{units}} đơn vị.',
    nothingWritten: 'Chưa có dòng nào được ghi. Sửa tệp rồi chọn lại.',
    columns: {
      code: 'Mã đơn vị',
      name: 'Tên đơn vị',
      type: 'Loại đơn vị',
      parentCode: 'Mã đơn vị cấp trên',
      validFrom: 'Hiệu lực từ',
    },
  },
  users: {
    pageTitle: 'Người dùng',
    add: 'Thêm người dùng',
    editTitle: 'Sửa người dùng: {{name}}',
    grantRole: 'Cấp vai trò',
    grantRoleTitle: 'Cấp vai trò cho {{name}}',
    login: 'Tên đăng nhập',
    fullName: 'Họ và tên',
    email: 'Thư điện tử',
    homeUnit: 'Đơn vị',
    roles: 'Vai trò',
    role: 'Vai trò',
    roleUnit: 'Tại đơn vị',
    status: 'Trạng thái',
    active: 'Đang hoạt động',
    inactive: 'Đã khóa',
    isActive: 'Cho phép đăng nhập',
    lastLogin: 'Lần đăng nhập cuối',
    neverLoggedIn: 'Chưa đăng nhập',
    initialPassword: 'Mật khẩu ban đầu',
    newPassword: 'Mật khẩu mới',
    newPasswordHint: 'Để trống nếu không đổi.',
    filterUnit: 'Lọc theo đơn vị',
    searchPlaceholder: 'Tìm theo tên đăng nhập, họ tên…',
    required: 'Trường này là bắt buộc.',
    created: 'Đã thêm người dùng.',
    updated: 'Đã lưu thay đổi.',
    granted: 'Đã cấp vai trò.',
    revoked: 'Đã thu hồi vai trò.',
    revokeConfirm: 'Thu hồi vai trò “{{role}}” tại {{unit}}?',
    revoke: 'Thu hồi',
    conflict: 'Người dùng vừa được người khác sửa.',
    conflictHint: 'Tải lại để xem bản mới nhất rồi sửa lại.',
    unlock: 'Mở khóa đăng nhập',
    unlockConfirm: 'Mở khóa đăng nhập cho «{{login}}»?',
    unlockHint:
      'Xóa các lần đăng nhập sai đã ghi nhận của tên đăng nhập này, ở mọi địa chỉ: người dùng đăng nhập lại được ngay.',
    unlocked: 'Đã mở khóa đăng nhập cho «{{login}}».',
    twoFactorOn: 'Xác thực 2 bước',
    resetTwoFactor: 'Đặt lại xác thực hai bước',
    resetTwoFactorConfirm: 'Đặt lại xác thực hai bước của «{{login}}»?',
    resetTwoFactorHint:
      'Ứng dụng xác thực và các mã khôi phục hiện có của người dùng này sẽ không dùng được nữa, mọi phiên đăng nhập của họ kết thúc ngay, khóa do nhập sai mã (nếu có) được gỡ. Lần đăng nhập sau chỉ cần mật khẩu; nếu vai trò của họ bắt buộc xác thực hai bước, họ phải thiết lập lại ngay khi đăng nhập.',
    resetTwoFactorDone: 'Đã đặt lại xác thực hai bước của «{{login}}».',
    noRoles: 'Chưa có vai trò',
  },
  audit: {
    pageTitle: 'Nhật ký hệ thống',
    at: 'Thời gian',
    actor: 'Người thực hiện',
    unit: 'Đơn vị',
    action: 'Hành động',
    outcome: 'Kết quả',
    object: 'Đối tượng',
    allowed: 'Thực hiện',
    denied: 'Bị từ chối',
    dateRange: 'Khoảng thời gian',
    actionPlaceholder: 'Lọc theo hành động',
    outcomePlaceholder: 'Lọc theo kết quả',
    before: 'Trước',
    after: 'Sau',
    noChange: 'Không có dữ liệu thay đổi.',
    system: 'Hệ thống',
    requestId: 'Mã yêu cầu: {{id}}',
    total: 'Tổng {{total}} sự kiện',
  },
  // Keyed by the contract's audit lists: every action and object kind the server may write.
  auditAction: auditActionVi,
  auditObject: auditObjectVi,
};
