/** Vietnamese strings of the scoring round's document downloads (báo cáo tự đánh giá, phụ lục xếp hạng). */
export const assessmentDocumentsVi = {
  selfReport: 'Tải báo cáo tự đánh giá (.docx)',
  selfReportHint:
    'Báo cáo tự đánh giá, chấm điểm theo thể thức văn bản hành chính; là dự thảo cho đến khi đơn vị gửi.',
  publicationDocx: 'Tải phụ lục xếp hạng (.docx)',
  publicationXlsx: 'Xuất kết quả xếp hạng (.xlsx)',
  publicationNotReady: 'Phụ lục xếp hạng có khi đợt đánh giá đã có kết quả chính thức.',
};
