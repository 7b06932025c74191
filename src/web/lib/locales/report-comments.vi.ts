/** Vietnamese strings of a report's thread (trao đổi giữa đơn vị và đầu mối). */
export const reportCommentsVi = {
  title: 'Trao đổi về báo cáo',
  empty: 'Chưa có ý kiến trao đổi nào.',
  side: {
    unit: 'Đơn vị báo cáo',
    reviewer: 'Đầu mối theo dõi',
  },
  kind: {
    comment: 'Ý kiến',
    explanation_request: 'Đề nghị giải trình',
    return: 'Lý do trả lại',
  },
  placeholder: 'Nhập ý kiến trao đổi…',
  send: 'Gửi ý kiến',
  sent: 'Đã gửi ý kiến.',
  readOnly: 'Bạn chỉ được xem trao đổi về báo cáo này.',
};
