import type { Framework } from '../frameworks/framework';
import { ancestorCodes, frameworkTree } from '../frameworks/framework-tree';
import type { OrganisationType } from '../organisations/organisation-type';

/**
 * Tiêu chí không áp dụng cho đơn vị: the codes of every node that does not apply to a unit taking
 * part in a round — nodes whose applicability exempts the unit's type, the nodes the round
 * exempts it from (whole areas or single criteria: `exemptNodeCodes`), and everything under
 * either. The index is then achieved ÷ applicable maximum.
 */
export function notApplicableCodes(
  framework: Pick<Framework, 'nodes'>,
  unitType: OrganisationType,
  exemptNodeCodes: readonly string[],
): Set<string> {
  const tree = frameworkTree(framework.nodes);
  const roots = new Set(exemptNodeCodes);
  for (const node of framework.nodes) {
    if ((node.applicability?.exemptUnitTypes ?? []).includes(unitType)) roots.add(node.code);
  }
  const codes = new Set<string>();
  for (const node of framework.nodes) {
    if (roots.has(node.code) || ancestorCodes(tree, node.code).some((code) => roots.has(code))) {
      codes.add(node.code);
    }
  }
  return codes;
}
