import type { searchVi } from './search.vi';

/** English strings of the search box in the header and the results page. */
export const searchEn: typeof searchVi = {
  placeholder: 'Search plans, tasks, units, reports…',
  ariaLabel: 'Search',
  pageTitle: 'Search results',
  queryTitle: 'Search results for “{{q}}”',
  tooShort: 'Type at least 2 characters to search.',
  nothing: 'Nothing found for “{{q}}”.',
  loading: 'Searching…',
  seeAll: 'See all results for “{{q}}”',
  hasMore: 'Only the first {{count}} results are shown; add words to narrow the search.',
  kinds: {
    plans: 'Plans',
    tasks: 'Tasks',
    reports: 'Reports',
    units: 'Units',
  },
  planYear: 'year {{year}}',
  taskOfPlan: 'In plan {{plan}}',
  taskLead: 'Lead: {{unit}}',
  reportOf: '{{unit}} · {{period}}',
  closedUnit: 'Dissolved / merged since {{date}}',
};
