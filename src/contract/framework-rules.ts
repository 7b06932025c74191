/** Framework rules the screens run live (the tree editor validates as the user types), re-exported from the domain so the web reaches them through the contract. */
import { KPI_DEFINITIONS } from '@domain/kpis/kpi-definitions';

export { validateFramework } from '@domain/frameworks/validate-framework';
export {
  compareNodeCodes,
  frameworkTree,
  listNodesInOrder,
  isLeafCode,
} from '@domain/frameworks/framework-tree';
export {
  enteredScoreProblem,
  SCORING_RULE_LABELS,
  SCORING_RULE_TYPES,
} from '@domain/frameworks/scoring-rule';
export {
  ILLUSTRATIVE_NOTE,
  NODE_LEVEL_LABELS,
  SCORING_METHOD_LABELS,
} from '@domain/frameworks/framework';
export { INDEX_KIND_LABELS } from '@domain/frameworks/index-kind';
export { PROVINCIAL_GRADE_BANDS, NATIONAL_GRADE_BANDS } from '@domain/results/grades';

/** Mã KPI a ratio criterion may read: each shipped dossier KPI's key and Vietnamese name. */
export const KPI_KEY_OPTIONS: readonly { key: string; label: string }[] = KPI_DEFINITIONS.map(
  ({ key, label }) => ({ key, label }),
);
