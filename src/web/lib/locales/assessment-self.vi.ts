/** Màn hình tự đánh giá (tiếng Việt): the source of the keys of assessment-self.en.ts. */
import { UNIT_ASSESSMENT_STATUS_LABELS } from '@contract/domain-labels';
export const assessmentSelfVi = {
  title: 'Tự đánh giá, chấm điểm',
  windowLabel: 'Thời hạn tự đánh giá: {{from}} – {{to}}',
  windowClosed:
    'Ngoài thời hạn tự đánh giá hoặc đợt đánh giá không ở giai đoạn tự đánh giá: chỉ xem.',
  submittedReadOnly:
    'Đơn vị đã gửi bản tự đánh giá lúc {{at}}; muốn sửa, lãnh đạo đơn vị rút bản đã gửi.',
  status: { ...UNIT_ASSESSMENT_STATUS_LABELS },
  completion: {
    label: 'Tiến độ tự chấm',
    detail:
      'Đã chấm {{scored}}/{{applicable}} tiêu chí · có tài liệu kiểm chứng {{withEvidence}} · đã giải trình {{explained}}/{{needingExplanation}}',
  },
  save: {
    idle: 'Tự động lưu khi nhập',
    saving: 'Đang lưu…',
    savedAt: 'Đã lưu lúc {{time}}',
    conflict: 'Có người vừa cập nhật tiêu chí này; đã tải lại.',
    failed: 'Chưa lưu được: {{message}}',
  },
  maxPoints: 'Điểm tối đa: {{points}}',
  score: 'Điểm tự chấm: {{score}}',
  notScored: 'Chưa chấm',
  rate: 'Tỷ lệ {{rate}}%',
  survey: 'Chấm bằng điều tra xã hội học, đơn vị không tự chấm.',
  notApplicableArea: 'Không áp dụng cho đơn vị trong đợt này.',
  notApplicable: 'Không áp dụng',
  input: {
    achieved: 'Đạt',
    notAchieved: 'Không đạt',
    tier: 'Chọn mức',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    events: 'Số lần vi phạm',
    points: 'Số điểm',
  },
  evidence: {
    title: 'Tài liệu kiểm chứng',
    asked: 'Yêu cầu: {{text}}',
    none: 'Chưa có tài liệu kiểm chứng.',
    upload: 'Tải tệp lên',
    addDocument: 'Thêm văn bản',
    fromTask: 'Dùng minh chứng từ nhiệm vụ',
    remove: 'Xóa',
    open: 'Mở',
    zeroWithout: 'Tiêu chí này tính 0 điểm khi không có tài liệu kiểm chứng.',
    kind: {
      file: 'Tệp',
      document: 'Văn bản',
      task_output: 'Văn bản của nhiệm vụ',
      report_evidence: 'Tệp của báo cáo',
    },
    fromTaskNote: 'Từ nhiệm vụ: {{task}}',
  },
  document: {
    title: 'Thêm văn bản làm tài liệu kiểm chứng',
    number: 'Số, ký hiệu',
    date: 'Ngày ban hành',
    issuer: 'Cơ quan ban hành',
    pointer: 'Trang/mục',
    summary: 'Trích yếu',
    save: 'Thêm',
  },
  proposals: {
    title: 'Minh chứng từ nhiệm vụ năm nay',
    empty:
      'Chưa có nhiệm vụ nào liên kết với tiêu chí này đã hoàn thành và có báo cáo được chấp nhận.',
    use: 'Dùng',
    attached: 'Đã dùng',
    period: 'Báo cáo kỳ {{period}}',
  },
  kpiProposal: {
    title: 'Đề xuất từ dữ liệu hồ sơ',
    counts:
      '«{{kpi}}» {{months}}: {{numerator}} / {{denominator}} hồ sơ = {{value}}% → {{score}} điểm',
    valueOnly: '«{{kpi}}» {{months}}: {{value}}% → {{score}} điểm',
    fill: 'Điền số liệu đề xuất',
    filled: 'Số liệu từ dữ liệu hồ sơ ({{from}} – {{to}})',
    none: 'Chưa có đề xuất: {{reason}}',
  },
  explanation: {
    label: 'Giải trình (tiêu chí có điểm nhưng chưa có tài liệu kiểm chứng)',
    placeholder: 'Nêu lý do chưa có tài liệu kiểm chứng…',
  },
  notes: {
    difficulties: 'Khó khăn, vướng mắc',
    recommendations: 'Kiến nghị, đề xuất',
  },
  submit: 'Gửi bản tự đánh giá',
  submitted: 'Đã gửi bản tự đánh giá.',
  withdraw: 'Rút bản đã gửi để sửa',
  withdrawn: 'Đã rút bản tự đánh giá; đơn vị có thể sửa lại.',
};
