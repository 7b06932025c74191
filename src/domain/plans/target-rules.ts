// Kiểm tra chỉ tiêu: what a plan's targets may point at — only the indices the plan links, only
// nodes those indices have, only sections the plan has. The plan service refuses the whole
// write with these messages, so nothing half-valid is stored.
import { kpiByKey } from '../kpis/kpi-definitions';
import type { PlanTarget } from './plan-targets';

/** What the target check needs besides the targets: the plan's indices, their node codes and the plan's sections. */
export interface TargetRulesContext {
  frameworkIds: readonly string[];
  /** Mã tiêu chí per framework id; a framework missing here has its node codes unchecked. */
  nodeCodes: ReadonlyMap<string, ReadonlySet<string>>;
  sectionIds: ReadonlySet<string>;
}

/** Lỗi chỉ tiêu: one reason a target is refused, in Vietnamese, naming the target. */
export interface TargetError {
  targetId: string;
  /** The target's field at fault ("frameworkId", "nodeCode", "sectionId", "id"). */
  field: string;
  message: string;
}

/**
 * Kiểm tra chỉ tiêu: refuses duplicate ids, a section the plan does not have, an index the plan
 * does not link, a node without an index and a node its index does not have; a kpi target whose
 * KPI is not shipped or whose value is not a percentage (0–100). Messages name the target by
 * its position and metric.
 */
export function checkTargets(
  targets: readonly PlanTarget[],
  context: TargetRulesContext,
): TargetError[] {
  const errors: TargetError[] = [];
  const seen = new Set<string>();
  targets.forEach((target, index) => {
    const name = `Chỉ tiêu ${index + 1} («${target.metric.trim() || target.id}»)`;
    const refuse = (field: string, reason: string) =>
      errors.push({ targetId: target.id, field, message: `${name}: ${reason}` });
    if (seen.has(target.id)) refuse('id', 'mã chỉ tiêu bị trùng.');
    seen.add(target.id);
    if (target.sectionId !== null && !context.sectionIds.has(target.sectionId)) {
      refuse('sectionId', 'mục của chỉ tiêu không có trong kế hoạch.');
    }
    if (target.kind === 'kpi') {
      if (!target.kpiKey) refuse('kpiKey', 'chọn KPI của chỉ tiêu.');
      else if (!kpiByKey(target.kpiKey)) refuse('kpiKey', `không có KPI «${target.kpiKey}».`);
      if (target.value === null || target.value < 0 || target.value > 100) {
        refuse('value', 'giá trị KPI phải từ 0 đến 100 %.');
      }
    }
    if (target.frameworkId === null) {
      if (target.nodeCode !== null) {
        refuse('nodeCode', `chọn bộ chỉ số trước khi gắn tiêu chí ${target.nodeCode}.`);
      }
      return;
    }
    if (!context.frameworkIds.includes(target.frameworkId)) {
      refuse(
        'frameworkId',
        'bộ chỉ số của chỉ tiêu không nằm trong các chỉ số của kế hoạch; thêm chỉ số đó vào kế hoạch trước.',
      );
      return;
    }
    const codes = context.nodeCodes.get(target.frameworkId);
    if (target.nodeCode !== null && codes !== undefined && !codes.has(target.nodeCode)) {
      refuse('nodeCode', `bộ chỉ số không có tiêu chí ${target.nodeCode}.`);
    }
  });
  return errors;
}
