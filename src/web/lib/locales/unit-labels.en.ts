import type { unitLabelsVi } from './unit-labels.vi';

/** English labels of units named by id in data: closed ones and those outside the user's list. */
export const unitLabelsEn: typeof unitLabelsVi = {
  closed: '{{name}} (dissolved / merged)',
  closedWithSuccessor: '{{name}} (dissolved / merged into {{successors}})',
  loading: 'Loading unit name…',
  unknown: 'Unit no longer listed',
};
