// Loads DEMO_ROUND: the departments' framework for its year from the shipped template, and one
// round in self-assessment with the listed departments, through the repositories.
import { copyFrameworkToYear } from '@domain/frameworks/copy-framework';
import type { Database } from '../client';
import { insertFramework } from '../../frameworks/framework.repository';
import { findFrameworkTemplate } from '../../frameworks/framework-templates';
import {
  insertRound,
  replaceRoundUnits,
  updateRoundIfVersion,
} from '../../assessment/round.repository';
import { DEMO_ROUND } from './demo-data';

/** Seeds the demo round into the tenant whose units are `ids` (unit code → id). */
export async function seedDemoRound(
  db: Database,
  tenantId: string,
  ids: ReadonlyMap<string, string>,
): Promise<void> {
  const template = await findFrameworkTemplate(DEMO_ROUND.templateKey);
  if (!template) throw new Error(`framework template ${DEMO_ROUND.templateKey} missing`);
  const { framework } = copyFrameworkToYear(template.framework, DEMO_ROUND.year);
  const ownerId = ids.get(DEMO_ROUND.owner)!;
  const frameworkRow = await insertFramework(db, {
    tenantId,
    ownerOrganisationId: ownerId,
    templateKey: template.key,
    copiedFromId: null,
    codeMapping: null,
    code: framework.code,
    indexKind: framework.indexKind,
    name: framework.name,
    year: framework.year,
    unitTypes: framework.unitTypes,
    decision: framework.decision,
    illustrative: framework.illustrative,
    note: framework.note ?? null,
    description: framework.description ?? null,
    scale: framework.scale,
    gradeBands: null,
    nodes: framework.nodes,
  });
  const round = await insertRound(db, {
    tenantId,
    frameworkId: frameworkRow.id,
    ownerOrganisationId: ownerId,
    year: framework.year,
    name: DEMO_ROUND.name,
    ...DEMO_ROUND.windows,
    createdBy: null,
  });
  await replaceRoundUnits(
    db,
    tenantId,
    round.id,
    DEMO_ROUND.units.map((code) => ({
      organisationId: ids.get(code)!,
      exemptNodeCodes: [],
      exemptionNote: '',
    })),
  );
  await updateRoundIfVersion(db, tenantId, round.id, round.version, { state: 'self_assessment' });
}
