// HTTP routes of periodic reports. The plan's overview and rule are authorised on the plan's
// unit; a report on the reporting unit (it writes its own; units above read and the plan's focal
// reviews); evidence downloads on the unit whose report holds the file.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as contract from '@contract/reports';
import type { Database } from '../db/client';
import type { Config } from '../config';
import { defineRoute, sendFile, type RouteTarget } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import { readUploadedFile } from '../http/upload';
import { validationError } from '../http/app-error';
import { XLSX_CONTENT_TYPE } from '../documents/xlsx-writer';
import { EVIDENCE_LIMITS } from '../documents/evidence-file';
import * as plansRepo from '../plans/plan.repository';
import * as reporting from './reporting.service';
import * as submissions from './submission.service';
import * as evidence from './evidence.service';
import { listMyReports } from './my-reports.service';
import { getPreviousReport } from './previous-report.service';
import { createReportRequest } from './report-request.service';
import { exportReportingOverview } from './reporting-export.service';
import * as consolidated from './consolidated.service';
import { registerReportCommentRoutes } from './report-comment.routes';

const planTarget = async (db: Database, tenantId: string, planId: string): Promise<RouteTarget> => {
  const plan = await plansRepo.findPlan(db, tenantId, planId);
  return { objectType: 'plan', objectId: planId, organisationId: plan?.organisationId ?? null };
};

const reportTarget = (organisationId: string): RouteTarget => ({
  objectType: 'report_submission',
  objectId: null,
  organisationId,
});

/** The Idempotency-Key of a submit (printable, up to 100 characters), or null. */
function idempotencyKeyOf(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return null;
  const key = String(header).trim();
  if (!/^[\x21-\x7e]{1,100}$/.test(key)) throw validationError('Idempotency-Key không hợp lệ.');
  return key;
}

/**
 * A preview is framed by our own page only: the app's CSP says frame-ancestors 'none', so this
 * answer carries its own — nothing may run in it, the browser's PDF viewer may embed it.
 */
const PREVIEW_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

/**
 * Deletes an evidence file's bytes once the answer is sent, which is after the transaction that
 * removed its row committed; on a failed request the row is back and the bytes stay.
 */
function removeAfterCommit(reply: FastifyReply, evidenceDir: string, storageKey: string): void {
  reply.raw.once('finish', () => {
    if (reply.statusCode < 300) {
      evidence.removeStoredFile(evidenceDir, storageKey).catch((error: unknown) => {
        reply.log.warn({ err: error, storageKey }, 'evidence file not removed');
      });
    }
  });
}

const evidenceTarget = async (
  db: Database,
  tenantId: string,
  id: string,
): Promise<RouteTarget> => ({
  objectType: 'evidence_file',
  objectId: id,
  organisationId: await evidence.evidenceOrganisation(db, tenantId, id),
});

export function registerReportRoutes(app: FastifyInstance, db: Database, config: Config): void {
  registerReportCommentRoutes(app, db);

  defineRoute(app, db, contract.getReportingOverview, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: (ctx) => reporting.getReportingOverview(ctx, { planId: ctx.params.id }),
  });

  defineRoute(app, db, contract.exportReportingOverview, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: async (ctx) => {
      const file = await exportReportingOverview(ctx, { planId: ctx.params.id });
      return sendFile(ctx.reply, { ...file, contentType: XLSX_CONTENT_TYPE });
    },
  });

  defineRoute(app, db, contract.setReportingRule, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: (ctx) =>
      reporting.setReportingRule(ctx, {
        planId: ctx.params.id,
        version: readIfMatchVersion(ctx.request),
        rule: ctx.body,
      }),
  });

  // Yêu cầu báo cáo đột xuất: whoever may set the plan's reporting rule may ask for one.
  defineRoute(app, db, contract.createReportRequest, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: (ctx) => createReportRequest(ctx, { planId: ctx.params.id, request: ctx.body }),
  });

  defineRoute(app, db, contract.getSubmission, {
    action: 'plan.read',
    target: async ({ params }) => reportTarget(params.organisationId),
    handler: (ctx) => submissions.getSubmission(ctx, { report: ctx.params }),
  });

  defineRoute(app, db, contract.saveSubmission, {
    action: 'report.submit',
    target: async ({ params }) => reportTarget(params.organisationId),
    handler: (ctx) =>
      submissions.saveSubmission(ctx, {
        report: ctx.params,
        version: readIfMatchVersion(ctx.request),
        draft: ctx.body,
      }),
  });

  defineRoute(app, db, contract.submitSubmission, {
    action: 'report.submit',
    target: async ({ params }) => reportTarget(params.organisationId),
    handler: (ctx) =>
      submissions.submitSubmission(ctx, {
        report: ctx.params,
        version: readIfMatchVersion(ctx.request),
        idempotencyKey: idempotencyKeyOf(ctx.request),
      }),
  });

  defineRoute(app, db, contract.reviewSubmission, {
    action: 'report.review',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: (ctx) =>
      submissions.reviewSubmission(ctx, {
        report: ctx.params,
        version: readIfMatchVersion(ctx.request),
        ...ctx.body,
      }),
  });

  defineRoute(app, db, contract.uploadEvidence, {
    action: 'report.submit',
    target: async ({ params }) => reportTarget(params.organisationId),
    handler: async (ctx) => {
      const file = await readUploadedFile(
        ctx.request,
        EVIDENCE_LIMITS.maxBytes,
        'Hãy chọn tệp minh chứng (PDF, Word, Excel hoặc ảnh) để tải lên.',
      );
      return evidence.uploadEvidence(ctx, {
        report: ctx.params,
        taskId: ctx.query.taskId,
        file,
        evidenceDir: config.evidenceDir,
      });
    },
  });

  defineRoute(app, db, contract.downloadEvidence, {
    action: 'plan.read',
    target: ({ actor, params }) => evidenceTarget(db, actor.tenantId, params.id),
    handler: async ({ db, actor, params, reply }) =>
      sendFile(
        reply,
        await evidence.readEvidence(db, actor.tenantId, params.id, config.evidenceDir),
      ),
  });

  defineRoute(app, db, contract.previewEvidence, {
    action: 'plan.read',
    target: ({ actor, params }) => evidenceTarget(db, actor.tenantId, params.id),
    handler: async ({ db, actor, params, reply }) => {
      const file = await evidence.readEvidenceForPreview(
        db,
        actor.tenantId,
        params.id,
        config.evidenceDir,
      );
      reply.header('content-security-policy', PREVIEW_CSP);
      return sendFile(reply, file, { inline: true });
    },
  });

  // Xóa, thay minh chứng: only the reporting unit's editors, and only before the report is submitted.
  defineRoute(app, db, contract.deleteEvidence, {
    action: 'report.submit',
    target: ({ actor, params }) => evidenceTarget(db, actor.tenantId, params.id),
    handler: async (ctx) => {
      const { storageKey } = await evidence.deleteEvidence(ctx, { evidenceId: ctx.params.id });
      removeAfterCommit(ctx.reply, config.evidenceDir, storageKey);
      return { deleted: true as const };
    },
  });

  defineRoute(app, db, contract.replaceEvidence, {
    action: 'report.submit',
    target: ({ actor, params }) => evidenceTarget(db, actor.tenantId, params.id),
    handler: async (ctx) => {
      const file = await readUploadedFile(
        ctx.request,
        EVIDENCE_LIMITS.maxBytes,
        'Hãy chọn tệp minh chứng (PDF, Word, Excel hoặc ảnh) để thay.',
      );
      const { storageKey, ...replaced } = await evidence.replaceEvidence(ctx, {
        evidenceId: ctx.params.id,
        file,
        evidenceDir: config.evidenceDir,
      });
      removeAfterCommit(ctx.reply, config.evidenceDir, storageKey);
      return replaced;
    },
  });

  defineRoute(app, db, contract.getPreviousReport, {
    action: 'plan.read',
    target: async ({ params }) => reportTarget(params.organisationId),
    handler: (ctx) => getPreviousReport(ctx, { report: ctx.params }),
  });

  defineRoute(app, db, contract.listMyReports, {
    action: 'plan.read',
    target: async ({ query }) => reportTarget(query.organisationId),
    handler: (ctx) => listMyReports(ctx, { organisationId: ctx.query.organisationId }),
  });

  defineRoute(app, db, contract.getConsolidatedReport, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: (ctx) =>
      consolidated.getConsolidatedReport(ctx, {
        planId: ctx.params.id,
        periodKey: ctx.params.periodKey,
      }),
  });

  defineRoute(app, db, contract.saveConsolidatedReport, {
    action: 'report.review',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: (ctx) =>
      consolidated.saveConsolidatedReport(ctx, {
        planId: ctx.params.id,
        periodKey: ctx.params.periodKey,
        version: readIfMatchVersion(ctx.request),
        sections: ctx.body.sections,
      }),
  });

  defineRoute(app, db, contract.downloadConsolidatedDocx, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: async (ctx) =>
      sendFile(
        ctx.reply,
        await consolidated.consolidatedDocx(ctx, {
          planId: ctx.params.id,
          periodKey: ctx.params.periodKey,
        }),
      ),
  });

  defineRoute(app, db, contract.downloadConsolidatedXlsx, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: async (ctx) =>
      sendFile(
        ctx.reply,
        await consolidated.consolidatedXlsx(ctx, {
          planId: ctx.params.id,
          periodKey: ctx.params.periodKey,
        }),
      ),
  });
}
