/** The router: login outside, every module behind the auth guard inside the layout. */
import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
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
import { lazyNamed } from './lazy-page';

/** Bảo mật tài khoản: every signed-in user's own page, outside the modules (no module guard). */
export const ACCOUNT_SECURITY_PATH = '/account/security';
const AccountSecurityPage = lazyNamed(
  () => import('@web/features/auth/routes/account-security-page'),
  'AccountSecurityPage',
);

/** The routes of the layout, one per module, then the catch-all. */
export const moduleRouteObjects: RouteObject[] = [
  ...MODULE_ROUTES.map(({ module, Page, subPages }) => ({
    path: module.path,
    children: [
      {
        index: true,
        element: (
          <ModuleGuard moduleKey={module.key}>
            <Page />
          </ModuleGuard>
        ),
      },
      ...subPages.map((sub) => ({
        path: sub.path,
        element: (
          <ModuleGuard moduleKey={module.key}>
            <sub.Page />
          </ModuleGuard>
        ),
      })),
    ],
  })),
  { path: ACCOUNT_SECURITY_PATH, element: <AccountSecurityPage /> },
  { path: '*', element: <NotFoundPage /> },
];

/** Every route of the app. */
export const appRoutes: RouteObject[] = [
  {
    path: LOGIN_PATH,
    element: (
      <Suspense fallback={<FullPageSpinner />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    element: (
      <Suspense fallback={<FullPageSpinner />}>
        <AuthGuard />
      </Suspense>
    ),
    children: [
      {
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

/** Creates the browser router (once, at start). */
export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
