// From a task as the plan writes it to the rows parplan tracks: criteria links filled from the
// plan's frameworks, and a group lead ("Các xã, phường") expanded into one obligation per unit.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { leadGroupSchema, taskNodeLinkInputSchema } from '@contract/plans';
import type { LeadGroup, TaskNodeLink } from '@domain/plans/plan';
import type { Database } from '../db/client';
import { validationError } from '../http/app-error';
import type { PlanFrameworks } from './plan-frameworks';
import * as tasksRepo from './task.repository';

/**
 * Tiêu chí liên kết: each picked node of one of the plan's indices, with its name and maximum. A
 * link added by hand carries no drafted score (0 at stake); one to an index the plan does not link,
 * or to a code the index lacks, is refused.
 */
export function resolveNodeLinks(
  frameworks: PlanFrameworks,
  links: readonly z.output<typeof taskNodeLinkInputSchema>[],
  kept: readonly TaskNodeLink[] = [],
): TaskNodeLink[] {
  return links.map((link) => {
    const previous = kept.find(
      (each) => each.frameworkId === link.frameworkId && each.code === link.code,
    );
    if (previous) return previous;
    const framework = frameworks.byId.get(link.frameworkId);
    if (!framework) {
      throw validationError('Tiêu chí gắn với nhiệm vụ không thuộc các chỉ số của kế hoạch.', [
        { field: 'nodeLinks', message: 'Thêm bộ chỉ số vào kế hoạch trước khi gắn tiêu chí.' },
      ]);
    }
    const node = framework.nodes.find((each) => each.code === link.code);
    if (!node) {
      throw validationError(`Bộ chỉ số ${framework.name} không có tiêu chí ${link.code}.`, [
        { field: 'nodeLinks', message: `Không có tiêu chí ${link.code}.` },
      ]);
    }
    return {
      frameworkId: link.frameworkId,
      frameworkCode: framework.code,
      indexKind: framework.indexKind,
      code: node.code,
      name: node.name,
      maxPoints: node.maxPoints,
      score: 0,
      pointsAtStake: 0,
    };
  });
}

/** Một nghĩa vụ: who leads one row, and the group it belongs to. */
export interface Obligation {
  leadOrganisationId: string | null;
  leadGroup: LeadGroup | null;
  groupId: string | null;
}

/**
 * Chủ trì: a single (or unstated) lead gives one row; a group gives one row per unit, sharing a
 * new group id. "Every unit of kind K under U" that finds no unit existing in the plan's year is
 * refused with the reason, as is a named unit that does not exist in that year.
 */
export async function expandLead(
  db: Database,
  input: {
    tenantId: string;
    year: number;
    leadOrganisationId: string | null;
    leadGroup: z.output<typeof leadGroupSchema> | null;
  },
): Promise<Obligation[]> {
  const { tenantId, year, leadGroup } = input;
  if (leadGroup === null) {
    return [{ leadOrganisationId: input.leadOrganisationId, leadGroup: null, groupId: null }];
  }
  const groupId = randomUUID();
  if (leadGroup.kind === 'units') {
    const ids = [...new Set(leadGroup.organisationIds)];
    const open = await tasksRepo.findOrganisationsValidInYear(db, tenantId, ids, year);
    if (ids.some((id) => !open.has(id))) {
      throw validationError('Đơn vị được giao không hợp lệ.', [
        { field: 'leadGroup', message: 'Có đơn vị chủ trì không tồn tại trong năm của kế hoạch.' },
      ]);
    }
    return ids.map((id) => ({ leadOrganisationId: id, leadGroup, groupId }));
  }
  const units = await tasksRepo.listUnitsOfTypeUnder(
    db,
    tenantId,
    leadGroup.underOrganisationId,
    leadGroup.organisationType,
    year,
  );
  if (units.length === 0) {
    throw validationError('Nhóm chủ trì không có đơn vị nào.', [
      {
        field: 'leadGroup',
        message: `Không có đơn vị thuộc loại đã chọn trực thuộc đơn vị này trong năm ${year}.`,
      },
    ]);
  }
  return units.map((unit) => ({ leadOrganisationId: unit.id, leadGroup, groupId }));
}
