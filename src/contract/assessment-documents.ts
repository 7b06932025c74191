/** Văn bản của đợt đánh giá: the unit's self-assessment report (.docx) and the published ranking appendix (.docx, .xlsx). */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { fileSchema, idSchema } from './common';

/** GET /api/assessment-rounds/:id/units/:organisationId/self-assessment-report.docx — báo cáo tự đánh giá, chấm điểm of one unit. */
export const downloadSelfAssessmentReportDocx = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/units/:organisationId/self-assessment-report.docx',
  summary: 'Tải báo cáo tự đánh giá, chấm điểm (.docx)',
  params: z.object({ id: idSchema, organisationId: idSchema }),
  response: fileSchema,
  download: true,
});

/** GET /api/assessment-rounds/:id/publication.docx — phụ lục kết quả xếp hạng (once the round is final). */
export const downloadPublicationDocx = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/publication.docx',
  summary: 'Tải phụ lục kết quả xếp hạng (.docx)',
  params: z.object({ id: idSchema }),
  response: fileSchema,
  download: true,
});

/** GET /api/assessment-rounds/:id/publication.xlsx — the same ranking table as a workbook. */
export const downloadPublicationXlsx = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/publication.xlsx',
  summary: 'Xuất kết quả xếp hạng ra Excel',
  params: z.object({ id: idSchema }),
  response: fileSchema,
  download: true,
});
