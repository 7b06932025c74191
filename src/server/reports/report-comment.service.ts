// Trao đổi về báo cáo: the thread of one unit's report of one period between the unit and the
// focal unit that reviews it — read by who may read either side, written by the unit's editors,
// focals and leaders and by the reviewers (reportCommentSide decides which side one writes for),
// each comment audited and notified to the other side.
import type { Actor } from '@domain/permissions/can';
import { can } from '@domain/permissions/can';
import { reportCommentSide, type ReportCommentSide } from '@domain/permissions/report-comment-side';
import type { ReportCommentThread } from '@contract/report-comments';
import type { Database } from '../db/client';
import type { ReadContext, ServiceContext } from '../http/service-context';
import type { RouteTarget } from '../http/route';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import * as plansRepo from '../plans/plan.repository';
import { notifyEvent } from '../notifications/event-notices';
import * as repo from './report-comment.repository';
import { reportContext, type ReportContext } from './submission.service';
import { reportRefOf } from './report-notices';

/** A report in a path. */
export interface ReportParams {
  id: string;
  periodKey: string;
  organisationId: string;
}

const TARGET = 'report_comment';

/** The side the actor writes for on this report, or null (may not write). */
async function sideOf(
  db: Database,
  actor: Actor,
  organisationId: string,
  planOrganisationId: string,
): Promise<ReportCommentSide | null> {
  const unitPath = await findOrganisationPath(db, actor.tenantId, organisationId);
  const planPath = await findOrganisationPath(db, actor.tenantId, planOrganisationId);
  if (!unitPath || !planPath) return null;
  return reportCommentSide(
    actor,
    { tenantId: actor.tenantId, organisationId, path: unitPath },
    { tenantId: actor.tenantId, organisationId: planOrganisationId, path: planPath },
  );
}

/**
 * Where a comment is authorised: the plan's unit for a reviewer, else the reporting unit (where
 * `can` then refuses whoever is neither). Another tenant's plan or unit answers 404.
 */
export async function commentTarget(
  db: Database,
  actor: Actor,
  params: ReportParams,
): Promise<RouteTarget> {
  const plan = await plansRepo.findPlan(db, actor.tenantId, params.id);
  if (!plan) return { objectType: TARGET, objectId: null, organisationId: null };
  const side = await sideOf(db, actor, params.organisationId, plan.organisationId);
  return {
    objectType: TARGET,
    objectId: null,
    organisationId: side === 'reviewer' ? plan.organisationId : params.organisationId,
  };
}

/** Where reading the thread is authorised: the reporting unit, or the plan's unit for its readers. */
export async function threadReadTarget(
  db: Database,
  actor: Actor,
  params: ReportParams,
): Promise<RouteTarget> {
  const plan = await plansRepo.findPlan(db, actor.tenantId, params.id);
  if (!plan) return { objectType: TARGET, objectId: null, organisationId: null };
  const unitPath = await findOrganisationPath(db, actor.tenantId, params.organisationId);
  const readsUnit =
    unitPath !== null &&
    can(actor, 'plan.read', {
      tenantId: actor.tenantId,
      organisationId: params.organisationId,
      path: unitPath,
    });
  return {
    objectType: TARGET,
    objectId: null,
    organisationId: readsUnit ? params.organisationId : plan.organisationId,
  };
}

async function presentThread(
  ctx: Pick<ReadContext, 'db' | 'actor'>,
  context: ReportContext,
): Promise<ReportCommentThread> {
  const { db, actor } = ctx;
  const rows = await repo.listReportComments(db, keyOf(actor, context));
  const mySide = await sideOf(db, actor, context.organisation.id, context.plan.organisationId);
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      body: row.body,
      author: {
        id: row.authorId,
        fullName: row.authorName,
        organisation: { id: row.authorOrganisationId, name: row.authorOrganisationName },
      },
      side: row.authorSide,
      createdAt: row.createdAt.toISOString(),
    })),
    // A superseded plan's reports are closed, but what was said stays readable.
    abilities: { canComment: mySide !== null && context.plan.status === 'issued' },
    mySide,
  };
}

const keyOf = (actor: Actor, context: ReportContext): repo.ReportKey => ({
  tenantId: actor.tenantId,
  planId: context.plan.id,
  periodKey: context.period.key,
  organisationId: context.organisation.id,
});

/** Đọc trao đổi: the thread of the report, oldest first. */
export async function listThread(ctx: ReadContext, input: { report: ReportParams }) {
  const { report } = input;
  const context = await reportContext(
    ctx.db,
    ctx.actor.tenantId,
    report.id,
    report.periodKey,
    report.organisationId,
  );
  return presentThread(ctx, context);
}

/** Gửi ý kiến / đề nghị giải trình: adds to the thread and tells the other side. */
export async function addComment(
  ctx: ServiceContext,
  input: { report: ReportParams; kind: 'comment' | 'explanation_request'; body: string },
) {
  const { db, actor, audit } = ctx;
  const { report, kind, body } = input;
  const context = await reportContext(
    db,
    actor.tenantId,
    report.id,
    report.periodKey,
    report.organisationId,
  );
  const side = await sideOf(db, actor, report.organisationId, context.plan.organisationId);
  // The route authorised the same side; null here would mean the grants changed in between.
  if (side === null) throw new Error('report comment authorised for no side');
  const key = keyOf(actor, context);
  const earlier = await repo.listReportComments(db, key);
  const commentId = await repo.insertReportComment(db, key, {
    kind,
    body,
    authorId: actor.userId,
    authorSide: side,
    createdAt: ctx.now,
  });
  await audit({
    organisationId: report.organisationId,
    action: 'report.comment',
    objectType: TARGET,
    objectId: commentId,
    after: { planId: report.id, periodKey: report.periodKey, kind, side, body },
  });
  const thread = await repo.listReportComments(db, key);
  const written = thread.find((row) => row.id === commentId)!;
  await notifyEvent(ctx, {
    kind,
    report: reportRefOf(context),
    commentId,
    fromSide: side,
    authorName: written.authorName,
    authorUnitName: written.authorOrganisationName,
    body,
    participants: [
      ...new Set(earlier.filter((row) => row.authorSide !== side).map((row) => row.authorId)),
    ],
  });
  return presentThread(ctx, context);
}
