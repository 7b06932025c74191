/**
 * Trang thẩm định (sub-pages of the `/assessment` module, which the rounds part adds): the lead
 * spreads this list into SUB_PAGES.assessment in route-table.tsx when the module exists.
 */
import { lazyNamed } from './lazy-page';

/** The appraisal part's pages, relative to `/assessment`. */
export const ASSESSMENT_APPRAISAL_SUB_PAGES = [
  {
    path: ':roundId/units/:organisationId/appraisal',
    Page: lazyNamed(
      () => import('@web/features/assessment/routes/appraisal-page'),
      'AppraisalPage',
    ),
  },
  {
    path: ':roundId/units/:organisationId/explanations',
    Page: lazyNamed(
      () => import('@web/features/assessment/routes/appraisal-explanations-page'),
      'AppraisalExplanationsPage',
    ),
  },
  {
    path: ':roundId/board',
    Page: lazyNamed(() => import('@web/features/assessment/routes/board-page'), 'BoardPage'),
  },
] as const;
