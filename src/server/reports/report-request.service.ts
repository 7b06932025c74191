// Yêu cầu báo cáo đột xuất: the plan's focal unit (whoever may manage the plan's reporting rule)
// asks chosen reporting units of an issued plan for a report by a date, with a question. The
// units then answer through their ordinary unit report (period key "YC-<id>").
import type { z } from 'zod';
import type * as contract from '@contract/reports';
import { formatViDate } from '@domain/shared/vi-format';
import { reportingUnits } from '@domain/reports/submission';
import type { ServiceContext } from '../http/service-context';
import { conflict, notFound, validationError } from '../http/app-error';
import { findOrganisation } from '../organisations/organisation.repository';
import * as tasksRepo from '../plans/task.repository';
import { getPlanRow } from '../plans/plan.service';
import { insertReportRequest } from './report-request.repository';
import { getReportingOverview } from './reporting.service';
import { REQUEST_KEY_PREFIX } from './plan-periods';

type CreateBody = z.output<typeof contract.createReportRequestBodySchema>;

/**
 * Tạo yêu cầu: refuses a plan not in force, a due date before today, a data window the wrong way
 * round, a unit of another province (404, as for any unknown id) and a unit that takes no part in
 * the plan's tasks; writes the request and its units and audits it.
 */
export async function createReportRequest(
  ctx: ServiceContext,
  input: { planId: string; request: CreateBody },
): Promise<z.output<typeof contract.reportRequestSchema>> {
  const { db, actor, audit, today } = ctx;
  const { planId, request: body } = input;
  const plan = await getPlanRow(db, actor.tenantId, planId);
  if (plan.status !== 'issued') {
    throw conflict('Chỉ yêu cầu báo cáo đột xuất theo kế hoạch đang có hiệu lực (đã ban hành).');
  }
  const organisationIds = [...new Set(body.organisationIds)];
  for (const id of organisationIds) {
    if (!(await findOrganisation(db, actor.tenantId, id))) throw notFound('Không tìm thấy đơn vị.');
  }
  const details: { field: string; message: string }[] = [];
  if (body.due < today) {
    details.push({
      field: 'due',
      message: `Hạn nộp ${formatViDate(body.due)} đã qua (hôm nay là ${formatViDate(today)}).`,
    });
  }
  if (body.dataFrom !== null && body.dataTo !== null && body.dataFrom > body.dataTo) {
    details.push({
      field: 'dataFrom',
      message: 'Ngày bắt đầu kỳ số liệu phải trước ngày kết thúc.',
    });
  }
  const units = reportingUnits(await tasksRepo.listPlanTasks(db, actor.tenantId, planId));
  const reporting = new Set(units.map((unit) => unit.id));
  organisationIds.forEach((id, index) => {
    if (!reporting.has(id)) {
      details.push({
        field: `organisationIds.${index}`,
        message: 'Đơn vị không chủ trì, phối hợp nhiệm vụ nào của kế hoạch này.',
      });
    }
  });
  if (details.length > 0) throw validationError('Yêu cầu báo cáo chưa hợp lệ.', details);
  const created = await insertReportRequest(
    db,
    {
      tenantId: actor.tenantId,
      planId,
      title: body.title,
      question: body.question,
      dataFrom: body.dataFrom,
      dataTo: body.dataTo,
      dueOn: body.due,
      requestedOn: today,
      createdBy: actor.userId,
    },
    organisationIds,
  );
  await audit({
    organisationId: plan.organisationId,
    action: 'plan.manage',
    objectType: 'report_request',
    objectId: created.id,
    after: {
      planId,
      title: body.title,
      question: body.question,
      organisationIds,
      due: body.due,
      dataFrom: body.dataFrom,
      dataTo: body.dataTo,
    },
  });
  const overview = await getReportingOverview(ctx, { planId });
  const presented = overview.requests.find(
    (request) => request.periodKey === `${REQUEST_KEY_PREFIX}${created.id}`,
  );
  // The overview lists every request of the plan, the new one included.
  if (!presented) throw new Error(`Request ${created.id} missing from its plan's overview`);
  return presented;
}
