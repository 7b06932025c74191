/**
 * The typed route table: every module of APP_MODULES with its page. A ready module must name
 * its page (the Record type enforces it); the others get the shared "sắp có" page.
 */
import type { ComponentType } from 'react';
import { APP_MODULES, type AppModule } from '@web/lib/app-modules';
import { lazyNamed, type PreloadablePage } from './lazy-page';

type ReadyModuleKey = Extract<AppModule, { isReady: true }>['key'];

const READY_PAGES: Record<ReadyModuleKey, PreloadablePage> = {
  overview: lazyNamed(() => import('@web/features/overview/routes/overview-page'), 'OverviewPage'),
  frameworks: lazyNamed(
    () => import('@web/features/frameworks/routes/frameworks-page'),
    'FrameworksPage',
  ),
  organisations: lazyNamed(
    () => import('@web/features/organisations/routes/organisations-page'),
    'OrganisationsPage',
  ),
  results: lazyNamed(() => import('@web/features/results/routes/results-page'), 'ResultsPage'),
  kpis: lazyNamed(() => import('@web/features/kpis/routes/kpis-page'), 'KpisPage'),
  assessment: lazyNamed(
    () => import('@web/features/assessment/routes/round-list-page'),
    'RoundListPage',
  ),
  plans: lazyNamed(() => import('@web/features/plans/routes/plans-page'), 'PlansPage'),
  tasks: lazyNamed(() => import('@web/features/plans/routes/my-tasks-page'), 'MyTasksPage'),
  reports: lazyNamed(() => import('@web/features/reports/routes/my-reports-page'), 'MyReportsPage'),
  users: lazyNamed(() => import('@web/features/users/routes/users-page'), 'UsersPage'),
  audit: lazyNamed(() => import('@web/features/audit/routes/audit-page'), 'AuditPage'),
};

const ComingSoonPage = lazyNamed(
  () => import('@web/components/coming-soon-page'),
  'ComingSoonPage',
);

/** Pages below a module's path (relative paths, e.g. ':id' under '/plans'). */
const SUB_PAGES: Partial<Record<ReadyModuleKey, readonly SubPage[]>> = {
  overview: [
    {
      path: 'search',
      Page: lazyNamed(() => import('@web/features/search/routes/search-page'), 'SearchPage'),
    },
  ],
  kpis: [
    {
      path: 'import',
      Page: lazyNamed(
        () => import('@web/features/kpis/routes/dossier-import-page'),
        'DossierImportPage',
      ),
    },
  ],
  plans: [
    {
      path: 'targets',
      Page: lazyNamed(() => import('@web/features/dashboards/routes/targets-page'), 'TargetsPage'),
    },
    {
      path: 'imports/:id',
      Page: lazyNamed(
        () => import('@web/features/plans/routes/plan-import-page'),
        'PlanImportPage',
      ),
    },
    {
      path: ':id',
      Page: lazyNamed(() => import('@web/features/plans/routes/plan-page'), 'PlanPage'),
    },
    {
      path: ':id/reporting',
      Page: lazyNamed(
        () => import('@web/features/dashboards/routes/reporting-page'),
        'ReportingPage',
      ),
    },
    {
      path: ':id/consolidated/:periodKey',
      Page: lazyNamed(
        () => import('@web/features/dashboards/routes/consolidated-page'),
        'ConsolidatedPage',
      ),
    },
  ],
  assessment: [
    {
      path: ':roundId',
      Page: lazyNamed(() => import('@web/features/assessment/routes/round-page'), 'RoundPage'),
    },
    {
      path: ':roundId/results',
      Page: lazyNamed(
        () => import('@web/features/assessment/routes/results-round-page'),
        'ResultsRoundPage',
      ),
    },
    {
      path: ':roundId/units/:organisationId',
      Page: lazyNamed(
        () => import('@web/features/assessment/routes/self-assessment-page'),
        'SelfAssessmentPage',
      ),
    },
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
  ],
  reports: [
    {
      path: ':planId/:periodKey/:organisationId',
      Page: lazyNamed(() => import('@web/features/reports/routes/report-page'), 'ReportPage'),
    },
  ],
};

/** A page below a module's path. */
export interface SubPage {
  path: string;
  Page: PreloadablePage;
}

/** One routed module: where it lives, the page it renders and the pages below it. */
export interface ModuleRoute {
  module: AppModule;
  /** Ready modules' pages can be preloaded; "sắp có" pages are plain components. */
  Page: ComponentType | PreloadablePage;
  subPages: readonly SubPage[];
}

function pageFor(module: AppModule): ComponentType | PreloadablePage {
  if (module.isReady) return READY_PAGES[module.key];
  const moduleKey = module.key;
  return function ComingSoonModulePage() {
    return <ComingSoonPage moduleKey={moduleKey} />;
  };
}

/** Every module in menu order. */
export const MODULE_ROUTES: readonly ModuleRoute[] = APP_MODULES.map((module) => ({
  module,
  Page: pageFor(module),
  subPages: module.isReady ? (SUB_PAGES[module.key] ?? []) : [],
}));

/** The login page, outside the layout and the auth guard. */
export const LoginPage = lazyNamed(
  () => import('@web/features/auth/routes/login-page'),
  'LoginPage',
);

/** The layout with menu and header, loaded after login so the login bundle stays small. */
export const AppLayout = lazyNamed(() => import('./app-layout'), 'AppLayout');

/** The guard in front of every signed-in page, in its own chunk too (its error page is heavy). */
export const AuthGuard = lazyNamed(() => import('./auth-guard'), 'AuthGuard');

/** The per-module permission guard, lazy for the same reason (its "no access" page is a Result). */
export const ModuleGuard = lazyNamed(() => import('./module-guard'), 'ModuleGuard');

/** "Không tìm thấy trang", drawn with antd's 404 picture: loaded only when a path is unknown. */
export const NotFoundPage = lazyNamed(() => import('./not-found-page'), 'NotFoundPage');
