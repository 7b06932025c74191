/** The router: login outside, every module behind the auth guard inside the layout. */
import { Suspense } from 'react';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { LOGIN_PATH } from '@web/lib/app-modules';
import {
  AppLayout,
  AuthGuard,
  LoginPage,
  MODULE_ROUTES,
  ModuleGuard,
  NotFoundPage,
} from './route-table';
import { lazyNamed, type PreloadablePage } from './lazy-page';

/** Bảo mật tài khoản: every signed-in user's own page, outside the modules (no module guard). */
export const ACCOUNT_SECURITY_PATH = '/account/security';
const AccountSecurityPage = lazyNamed(
  () => import('@web/features/auth/routes/account-security-page'),
  'AccountSecurityPage',
);

/** What a route starts loading when the app opens on it (its `handle`). */
interface PreloadHandle {
  preload: readonly (() => Promise<unknown>)[];
}

/** The preloads of `pages` that have one (lazy pages; "sắp có" pages are plain components). */
const preloading = (...pages: object[]): PreloadHandle => ({
  preload: pages.flatMap((page) =>
    'preload' in page ? [(page as Pick<PreloadablePage, 'preload'>).preload] : [],
  ),
});

/** The routes of the layout, one per module, then the catch-all. */
export const moduleRouteObjects: RouteObject[] = [
  ...MODULE_ROUTES.map(({ module, Page, subPages }) => ({
    path: module.path,
    children: [
      {
        index: true,
        handle: preloading(ModuleGuard, Page),
        element: (
          <ModuleGuard moduleKey={module.key}>
            <Page />
          </ModuleGuard>
        ),
      },
      ...subPages.map((sub) => ({
        path: sub.path,
        handle: preloading(ModuleGuard, sub.Page),
        element: (
          <ModuleGuard moduleKey={module.key}>
            <sub.Page />
          </ModuleGuard>
        ),
      })),
    ],
  })),
  {
    path: ACCOUNT_SECURITY_PATH,
    handle: preloading(AccountSecurityPage),
    element: <AccountSecurityPage />,
  },
  { path: '*', handle: preloading(NotFoundPage), element: <NotFoundPage /> },
];

/** Every route of the app. */
export const appRoutes: RouteObject[] = [
  {
    path: LOGIN_PATH,
    handle: preloading(LoginPage),
    element: (
      <Suspense fallback={<FullPageSpinner />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    handle: preloading(AuthGuard),
    element: (
      <Suspense fallback={<FullPageSpinner />}>
        <AuthGuard />
      </Suspense>
    ),
    children: [
      {
        handle: preloading(AppLayout),
        element: (
          <Suspense fallback={<FullPageSpinner />}>
            <AppLayout />
          </Suspense>
        ),
        children: moduleRouteObjects,
      },
    ],
  },
];

/**
 * Starts loading, all at once, every chunk the page at `pathname` will need — guard, layout,
 * module guard, page — instead of each being asked for only when the one above it has rendered
 * (four round trips and evaluations in a row on a cold load). Returns what it started.
 */
export function preloadRoute(pathname: string): Promise<unknown>[] {
  return (matchRoutes(appRoutes, pathname) ?? []).flatMap(({ route }) =>
    ((route.handle as PreloadHandle | undefined)?.preload ?? []).map((load) => load()),
  );
}

/** Creates the browser router (once, at start). */
export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
