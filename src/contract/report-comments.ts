/** Trao đổi về báo cáo: the comment thread of one unit's report of one period (focal ↔ unit). */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { abilitiesSchema } from './abilities';
import { idSchema, isoInstantSchema } from './common';
import { unitRefSchema } from './plans';
import { submissionParams } from './reports';

/** Loại ý kiến: a comment, a request for explanation (đề nghị giải trình), or the reason a report was returned. */
export const REPORT_COMMENT_KINDS = ['comment', 'explanation_request', 'return'] as const;

/** Bên viết: the reporting unit, or the focal unit that reviews it. */
export const REPORT_COMMENT_SIDES = ['unit', 'reviewer'] as const;

/** Một ý kiến trong trao đổi: who wrote it (name, home unit, side), what and when. */
export const reportCommentSchema = z.object({
  id: idSchema,
  kind: z.enum(REPORT_COMMENT_KINDS),
  body: z.string(),
  author: z.object({ id: idSchema, fullName: z.string(), organisation: unitRefSchema }),
  side: z.enum(REPORT_COMMENT_SIDES),
  createdAt: isoInstantSchema,
});

/** A comment as the API returns it. */
export type ReportCommentDto = z.infer<typeof reportCommentSchema>;

/** What the actor may do with a report's thread: viết trao đổi (a side of it, under an issued plan). */
export const REPORT_THREAD_ABILITIES = ['canComment'] as const;

/** The thread, oldest first, with the side the actor would write as (null: may only read). */
export const reportCommentThreadSchema = z.object({
  items: z.array(reportCommentSchema),
  abilities: abilitiesSchema(REPORT_THREAD_ABILITIES),
  mySide: z.enum(REPORT_COMMENT_SIDES).nullable(),
});

/** A report's thread as the API returns it. */
export type ReportCommentThread = z.infer<typeof reportCommentThreadSchema>;

/** GET /api/plans/:id/reports/:periodKey/:organisationId/comments — the report's thread, oldest first. */
export const listReportComments = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/reports/:periodKey/:organisationId/comments',
  summary: 'Trao đổi về báo cáo',
  params: submissionParams,
  response: reportCommentThreadSchema,
});

/** POST …/comments — add a comment or a request for explanation; answers the whole thread. */
export const addReportComment = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/reports/:periodKey/:organisationId/comments',
  summary: 'Gửi ý kiến về báo cáo',
  status: 201,
  params: submissionParams,
  body: z.object({
    kind: z.enum(['comment', 'explanation_request']).default('comment'),
    body: z
      .string()
      .trim()
      .min(1, { error: 'Nhập nội dung ý kiến.' })
      .max(5000, { error: 'Ý kiến dài quá 5.000 ký tự.' }),
  }),
  response: reportCommentThreadSchema,
});
