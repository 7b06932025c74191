// Kiểm tra cấu trúc kế hoạch: the checks shared by plan.service (create, edit) and
// plan-outline.service (rearrange); kept apart so neither service imports the other.
import type { PlanContent } from '@domain/plans/plan';
import { checkSectionTree } from '@domain/plans/plan-outline';
import { checkTargets } from '@domain/plans/target-rules';
import type { Database } from '../db/client';
import { validationError } from '../http/app-error';
import { loadPlanFrameworks, type PlanFrameworks } from './plan-frameworks';

type ErrorDetail = { field: string; message: string };

/**
 * Kiểm tra cấu trúc: the section tree (no cycle, known parents, linked indices, existing nodes),
 * the targets, and that no task is left under a section that is gone. Throws 400 listing every
 * reason in Vietnamese; returns the plan's frameworks for the caller.
 */
export async function assertPlanStructure(
  db: Database,
  tenantId: string,
  content: PlanContent,
  taskSectionIds: readonly (string | null)[],
): Promise<PlanFrameworks> {
  const frameworks = await loadPlanFrameworks(db, tenantId, content.frameworkIds);
  const details: ErrorDetail[] = checkSectionTree(content.sections, {
    frameworkIds: content.frameworkIds,
    nodeCodes: frameworks.nodeCodes,
  }).map((error) => ({ field: `sections.${error.sectionId}`, message: error.message }));
  const sectionIds = new Set(content.sections.map((section) => section.id));
  details.push(
    ...checkTargets(content.targets, {
      frameworkIds: content.frameworkIds,
      nodeCodes: frameworks.nodeCodes,
      sectionIds,
    }).map((error) => ({
      field: `targets.${error.targetId}.${error.field}`,
      message: error.message,
    })),
  );
  const orphaned = taskSectionIds.filter((id) => id !== null && !sectionIds.has(id)).length;
  if (orphaned > 0) {
    details.push({
      field: 'sections',
      message: `Còn ${orphaned} nhiệm vụ thuộc mục bị xóa: chuyển nhiệm vụ sang mục khác trước khi xóa mục.`,
    });
  }
  if (details.length > 0) throw validationError('Cấu trúc kế hoạch không hợp lệ.', details);
  return frameworks;
}
