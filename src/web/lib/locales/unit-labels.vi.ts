/** Vietnamese labels of units named by id in data: closed ones and those outside the user's list. */
export const unitLabelsVi = {
  closed: '{{name}} (đã giải thể / sáp nhập)',
  closedWithSuccessor: '{{name}} (đã giải thể / sáp nhập vào {{successors}})',
  loading: 'Đang tải tên đơn vị…',
  unknown: 'Đơn vị không còn trong danh sách',
};
