// So sánh với phiên bản trước: the changes an amendment made, with organisation ids shown as names.
import type { z } from 'zod';
import type * as contract from '@contract/plans';
import { diffPlans, type DisplayValue, type PlanSnapshot } from '@domain/plans/plan-diff';
import { formatTargetText } from '@domain/plans/plan-targets';
import type { PlanContent, PlanTarget } from '@domain/plans/plan';
import { formatViDate } from '@domain/shared/vi-format';
import type { Database } from '../db/client';
import type { ServiceContext } from '../http/service-context';
import * as plansRepo from './plan.repository';
import * as tasksRepo from './task.repository';
import { getPlanRow, planSummaries } from './plan.service';
import { toDomainTask } from './plan-presenter';

async function snapshotOf(db: Database, tenantId: string, id: string, content: PlanContent) {
  const tasks = await tasksRepo.listPlanTasks(db, tenantId, id);
  const names = new Map<string, string>();
  for (const task of tasks) {
    if (task.leadOrganisationId && task.leadName) names.set(task.leadOrganisationId, task.leadName);
    for (const unit of task.coordinating) names.set(unit.id, unit.name);
  }
  const snapshot: PlanSnapshot = {
    content,
    tasks: tasks.map((task) => ({ key: task.lineageId, task: toDomainTask(task) })),
  };
  return { snapshot, names };
}

/** The changes of plan `id` against the version it amends (none for an original). */
export async function getPlanDiff(
  ctx: ServiceContext,
  input: { planId: string },
): Promise<z.output<(typeof contract.getPlanDiff)['response']>> {
  const { db } = ctx;
  const tenantId = ctx.actor.tenantId;
  const id = input.planId;
  const plan = await getPlanRow(db, tenantId, id);
  if (!plan.amendsPlanId) return { against: null, changes: [] };
  const previous = await getPlanRow(db, tenantId, plan.amendsPlanId);
  const before = await snapshotOf(db, tenantId, previous.id, previous.content);
  const after = await snapshotOf(db, tenantId, plan.id, plan.content);
  const names = new Map([...before.names, ...after.names]);
  const display: DisplayValue = (field, value) => {
    if (value === null || value === undefined) return '';
    if (field === 'leadOrganisationId') return names.get(String(value)) ?? String(value);
    if (field === 'coordinatingOrganisationIds' && Array.isArray(value)) {
      return value.map((id) => names.get(String(id)) ?? String(id)).join('; ');
    }
    if (field === 'targets' && Array.isArray(value)) {
      return (value as PlanTarget[]).map(formatTargetText).join('; ');
    }
    if (field === 'recipients' && Array.isArray(value)) return value.join('; ');
    if (field === 'issuedOn' && typeof value === 'string') return formatViDate(value);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return JSON.stringify(value);
  };
  const [against] = await planSummaries(
    ctx,
    await plansRepo.listPlansUnder(db, tenantId, 'all', { ids: [previous.id] }),
  );
  return { against: against ?? null, changes: diffPlans(before.snapshot, after.snapshot, display) };
}
