/** Vietnamese strings of the search box in the header and the results page. */
export const searchVi = {
  placeholder: 'Tìm kế hoạch, nhiệm vụ, đơn vị, báo cáo…',
  ariaLabel: 'Tìm kiếm',
  pageTitle: 'Kết quả tìm kiếm',
  queryTitle: 'Kết quả tìm kiếm cho “{{q}}”',
  tooShort: 'Nhập ít nhất 2 ký tự để tìm.',
  nothing: 'Không tìm thấy kết quả nào cho “{{q}}”.',
  loading: 'Đang tìm…',
  seeAll: 'Xem tất cả kết quả cho “{{q}}”',
  hasMore: 'Chỉ hiện {{count}} kết quả đầu tiên; hãy gõ thêm từ để thu hẹp.',
  kinds: {
    plans: 'Kế hoạch',
    tasks: 'Nhiệm vụ',
    reports: 'Báo cáo',
    units: 'Đơn vị',
  },
  planYear: 'năm {{year}}',
  taskOfPlan: 'Thuộc kế hoạch {{plan}}',
  taskLead: 'Chủ trì: {{unit}}',
  reportOf: '{{unit}} · {{period}}',
  closedUnit: 'Đã giải thể / sáp nhập từ {{date}}',
};
