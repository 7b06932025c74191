/** English strings of plan targets: the plan's "Targets" panel and the dashboard of targets by index. */
import type { targetsVi } from './targets.vi';

export const targetsEn: typeof targetsVi = {
  panelTitle: 'Targets',
  panelHint:
    'Judged from the scores and rankings of {{year}} (and the year before); KPI targets from the dossier data of {{year}} so far.',
  empty: 'The plan has no targets yet.',
  manualGroup: 'Other targets (KPIs from dossier data, judged by hand)',
  unknownIndex: 'Index no longer linked to the plan',
  status: {
    met: 'Met',
    not_met: 'Not met',
    unknown: 'Not yet known',
  },
  summary: '{{met}} met · {{notMet}} not met · {{unknown}} not yet known',
  dashboard: {
    pageTitle: 'Targets by index',
    back: 'Back to plans',
    unit: 'Unit',
    year: 'Year',
    chooseUnit: "Choose a unit and a year to see its plans' targets.",
    noPlans: 'The unit has no plan for this year.',
    noTargets: 'The plan has no targets yet.',
    openPlan: 'Open the plan',
  },
};
