/** Vietnamese strings of plan targets (chỉ tiêu): the plan's "Chỉ tiêu" panel and the dashboard of targets by index. */
import { TARGET_STATUS_LABELS } from '@contract/domain-labels';
export const targetsVi = {
  panelTitle: 'Chỉ tiêu',
  panelHint:
    'Đánh giá theo kết quả chấm điểm và xếp hạng năm {{year}} (và năm trước); chỉ tiêu KPI theo dữ liệu hồ sơ lũy kế năm {{year}}.',
  empty: 'Kế hoạch chưa có chỉ tiêu nào.',
  manualGroup: 'Chỉ tiêu khác (KPI từ dữ liệu hồ sơ, đánh giá thủ công)',
  unknownIndex: 'Chỉ số không còn liên kết với kế hoạch',
  status: { ...TARGET_STATUS_LABELS },
  summary: '{{met}} đạt · {{notMet}} chưa đạt · {{unknown}} chưa xác định',
  dashboard: {
    pageTitle: 'Chỉ tiêu theo chỉ số',
    back: 'Về danh sách kế hoạch',
    unit: 'Đơn vị',
    year: 'Năm',
    chooseUnit: 'Chọn đơn vị và năm để xem chỉ tiêu của các kế hoạch.',
    noPlans: 'Đơn vị chưa có kế hoạch nào trong năm này.',
    noTargets: 'Kế hoạch chưa có chỉ tiêu nào.',
    openPlan: 'Mở kế hoạch',
  },
};
