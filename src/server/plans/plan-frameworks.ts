// Chỉ số của kế hoạch: the frameworks a plan links, loaded once per request for the detail view,
// the tree and target checks, and task node links.
import type { z } from 'zod';
import type { planFrameworkSchema } from '@contract/plans';
import type { Framework } from '@domain/frameworks/framework';
import type { Database } from '../db/client';
import { validationError } from '../http/app-error';
import { findFramework } from '../frameworks/framework.repository';
import { frameworkOf } from '../frameworks/framework-presenter';

/** The plan's frameworks by id, with their node codes (for checkSectionTree and node links). */
export interface PlanFrameworks {
  byId: ReadonlyMap<string, Framework>;
  nodeCodes: ReadonlyMap<string, ReadonlySet<string>>;
  list: z.output<typeof planFrameworkSchema>[];
}

/** Loads `ids` of this tenant; an id that is not one of its frameworks is refused (400, nothing written). */
export async function loadPlanFrameworks(
  db: Database,
  tenantId: string,
  ids: readonly string[],
): Promise<PlanFrameworks> {
  const byId = new Map<string, Framework>();
  const list: PlanFrameworks['list'] = [];
  for (const id of new Set(ids)) {
    const row = await findFramework(db, tenantId, id);
    if (!row) {
      throw validationError('Bộ chỉ số gắn với kế hoạch không tồn tại.', [
        { field: 'frameworkIds', message: `Không tìm thấy bộ chỉ số ${id}.` },
      ]);
    }
    const framework = frameworkOf(row);
    byId.set(id, framework);
    list.push({
      id,
      code: framework.code,
      name: framework.name,
      indexKind: framework.indexKind,
      year: framework.year,
      nodes: framework.nodes.map((node) => ({
        code: node.code,
        name: node.name,
        parentCode: node.parentCode,
      })),
    });
  }
  const nodeCodes = new Map(
    [...byId].map(([id, framework]) => [id, new Set(framework.nodes.map((node) => node.code))]),
  );
  return { byId, nodeCodes, list };
}
