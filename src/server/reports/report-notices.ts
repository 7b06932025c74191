// Thông báo về báo cáo: a report's context as the notices name it, and the events of review
// (submitted, returned, accepted) recorded with the write that caused them.
import type { ReportRef } from '@domain/notifications/notice-events';
import type { ServiceContext } from '../http/service-context';
import { notifyEvent } from '../notifications/event-notices';
import type { ReportContext } from './submission.service';

/** The report as its notices name it: plan, period label, unit. */
export function reportRefOf(context: ReportContext): ReportRef {
  return {
    planId: context.plan.id,
    planTitle: context.plan.content.title,
    planUnitId: context.plan.organisationId,
    periodKey: context.period.key,
    periodLabel: context.period.label,
    organisationId: context.organisation.id,
    organisationName: context.organisation.name,
  };
}

/** Nộp báo cáo → the reviewers hear; `version` is the report's after the submit. */
export function notifySubmitted(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  context: ReportContext,
  submitted: { version: number; daysLate: number | null },
) {
  return notifyEvent(ctx, {
    kind: 'submitted',
    report: reportRefOf(context),
    version: submitted.version,
    daysLate: submitted.daysLate ?? 0,
  });
}

/** Trả lại (with the comment) or tiếp nhận → the unit hears. */
export function notifyReviewed(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  context: ReportContext,
  reviewed: { version: number; accepted: boolean; comment: string },
) {
  const report = reportRefOf(context);
  return notifyEvent(
    ctx,
    reviewed.accepted
      ? { kind: 'accepted', report, version: reviewed.version }
      : { kind: 'returned', report, version: reviewed.version, comment: reviewed.comment },
  );
}
