// HTTP routes of a report's thread (trao đổi về báo cáo): read by the readers of the unit or of the
// plan; written as 'report.comment' on the plan's unit for its reviewers, else on the reporting unit.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/report-comments';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import * as comments from './report-comment.service';

export function registerReportCommentRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.listReportComments, {
    action: 'plan.read',
    target: ({ actor, params }) => comments.threadReadTarget(db, actor, params),
    handler: (ctx) => comments.listThread(ctx, { report: ctx.params }),
  });

  defineRoute(app, db, contract.addReportComment, {
    action: 'report.comment',
    target: ({ actor, params }) => comments.commentTarget(db, actor, params),
    handler: (ctx) => comments.addComment(ctx, { report: ctx.params, ...ctx.body }),
  });
}
