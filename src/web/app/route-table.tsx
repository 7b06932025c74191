/**
 * The typed route table: every module of APP_MODULES with its page. A ready module must name
 * its page (the Record type enforces it); the others get the shared "sắp có" page.
 */
import type { ComponentType } from 'react';
import { APP_MODULES, type AppModule } from '@web/lib/app-modules';
import { lazyNamed } from './lazy-page';

type ReadyModuleKey = Extract<AppModule, { isReady: true }>['key'];

const READY_PAGES: Record<ReadyModuleKey, ComponentType> = {
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
  users: lazyNamed(() => import('@web/features/users/routes/users-page'), 'UsersPage'),
  audit: lazyNamed(() => import('@web/features/audit/routes/audit-page'), 'AuditPage'),
};

const ComingSoonPage = lazyNamed(
  () => import('@web/components/coming-soon-page'),
  'ComingSoonPage',
);

/** One routed module: where it lives and the page it renders. */
export interface ModuleRoute {
  module: AppModule;
  Page: ComponentType;
}

function pageFor(module: AppModule): ComponentType {
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
}));

/** The login page, outside the layout and the auth guard. */
export const LoginPage = lazyNamed(
  () => import('@web/features/auth/routes/login-page'),
  'LoginPage',
);

/** The layout with menu and header, loaded after login so the login bundle stays small. */
export const AppLayout = lazyNamed(() => import('./app-layout'), 'AppLayout');
