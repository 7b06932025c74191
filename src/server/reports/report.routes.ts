// HTTP routes of periodic reports. The plan's overview and rule are authorised on the plan's
// unit; a report on the reporting unit (it writes its own; units above read and the plan's focal
// reviews); evidence downloads on the unit whose report holds the file.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as contract from '@contract/reports';
import type { Database } from '../db/client';
import type { Config } from '../config';
import { todayInVietnam } from '../clock';
import { defineRoute, sendFile } from '../http/route';
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
import { exportReportingOverview } from './reporting-export.service';
import * as consolidated from './consolidated.service';

const planTarget = async (db: Database, tenantId: string, planId: string) => {
  const plan = await plansRepo.findPlan(db, tenantId, planId);
  return { objectType: 'plan', objectId: planId, organisationId: plan?.organisationId ?? null };
};

const reportTarget = (organisationId: string) => ({
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

export function registerReportRoutes(app: FastifyInstance, db: Database, config: Config): void {
  defineRoute(app, db, contract.getReportingOverview, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: ({ db, actor, resource, params }) =>
      reporting.getReportingOverview(db, actor, resource, params.id, todayInVietnam()),
  });

  defineRoute(app, db, contract.exportReportingOverview, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: async ({ db, actor, params, reply }) => {
      const file = await exportReportingOverview(db, actor, params.id, todayInVietnam());
      return sendFile(reply, { ...file, contentType: XLSX_CONTENT_TYPE });
    },
  });

  defineRoute(app, db, contract.setReportingRule, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: ({ db, actor, resource, params, body, request, audit }) =>
      reporting.setReportingRule(
        db,
        actor,
        resource,
        params.id,
        readIfMatchVersion(request),
        body,
        audit,
        todayInVietnam(),
      ),
  });

  defineRoute(app, db, contract.getSubmission, {
    action: 'plan.read',
    target: async ({ params }) => reportTarget(params.organisationId),
    handler: ({ db, actor, params }) =>
      submissions.getSubmission(db, actor, params, todayInVietnam()),
  });

  defineRoute(app, db, contract.saveSubmission, {
    action: 'report.submit',
    target: async ({ params }) => reportTarget(params.organisationId),
    handler: ({ db, actor, params, body, request, audit }) =>
      submissions.saveSubmission(
        db,
        actor,
        params,
        readIfMatchVersion(request),
        body,
        audit,
        todayInVietnam(),
      ),
  });

  defineRoute(app, db, contract.submitSubmission, {
    action: 'report.submit',
    target: async ({ params }) => reportTarget(params.organisationId),
    handler: ({ db, actor, params, request, audit }) =>
      submissions.submitSubmission(
        db,
        actor,
        params,
        readIfMatchVersion(request),
        idempotencyKeyOf(request),
        audit,
        todayInVietnam(),
      ),
  });

  defineRoute(app, db, contract.reviewSubmission, {
    action: 'report.review',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: ({ db, actor, params, body, request, audit }) =>
      submissions.reviewSubmission(
        db,
        actor,
        params,
        readIfMatchVersion(request),
        body,
        audit,
        todayInVietnam(),
      ),
  });

  defineRoute(app, db, contract.uploadEvidence, {
    action: 'report.submit',
    target: async ({ params }) => reportTarget(params.organisationId),
    handler: async ({ db, actor, params, query, request, audit }) => {
      const file = await readUploadedFile(
        request,
        EVIDENCE_LIMITS.maxBytes,
        'Hãy chọn tệp minh chứng (PDF, Word, Excel hoặc ảnh) để tải lên.',
      );
      return evidence.uploadEvidence(
        db,
        actor,
        params,
        query.taskId,
        file,
        config.evidenceDir,
        audit,
        todayInVietnam(),
      );
    },
  });

  defineRoute(app, db, contract.downloadEvidence, {
    action: 'plan.read',
    target: async ({ actor, params }) => ({
      objectType: 'evidence_file',
      objectId: params.id,
      organisationId: await evidence.evidenceOrganisation(db, actor.tenantId, params.id),
    }),
    handler: async ({ db, actor, params, reply }) =>
      sendFile(
        reply,
        await evidence.readEvidence(db, actor.tenantId, params.id, config.evidenceDir),
      ),
  });

  defineRoute(app, db, contract.listMyReports, {
    action: 'plan.read',
    target: async ({ query }) => reportTarget(query.organisationId),
    handler: ({ db, actor, query }) =>
      listMyReports(db, actor.tenantId, query.organisationId, todayInVietnam()),
  });

  defineRoute(app, db, contract.getConsolidatedReport, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: ({ db, actor, params }) =>
      consolidated.getConsolidatedReport(db, actor, params.id, params.periodKey, todayInVietnam()),
  });

  defineRoute(app, db, contract.saveConsolidatedReport, {
    action: 'report.review',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: ({ db, actor, params, body, request, audit }) =>
      consolidated.saveConsolidatedReport(
        db,
        actor,
        params.id,
        params.periodKey,
        readIfMatchVersion(request),
        body.sections,
        audit,
        todayInVietnam(),
      ),
  });

  defineRoute(app, db, contract.downloadConsolidatedDocx, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: async ({ db, actor, params, reply }) =>
      sendFile(
        reply,
        await consolidated.consolidatedDocx(
          db,
          actor,
          params.id,
          params.periodKey,
          todayInVietnam(),
        ),
      ),
  });

  defineRoute(app, db, contract.downloadConsolidatedXlsx, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor.tenantId, params.id),
    handler: async ({ db, actor, params, reply }) =>
      sendFile(
        reply,
        await consolidated.consolidatedXlsx(
          db,
          actor,
          params.id,
          params.periodKey,
          todayInVietnam(),
        ),
      ),
  });
}
