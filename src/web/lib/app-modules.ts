/**
 * Phân hệ: the modules of the app in menu order, with their paths and whether they are built
 * yet. The router, the menu and the overview's "sắp có" cards all read this one list.
 */
export const APP_MODULES = [
  { key: 'overview', path: '/', isReady: true },
  { key: 'frameworks', path: '/frameworks', isReady: true },
  { key: 'results', path: '/results', isReady: true },
  { key: 'kpis', path: '/kpis', isReady: true },
  { key: 'assessment', path: '/assessment', isReady: true },
  { key: 'plans', path: '/plans', isReady: true },
  { key: 'tasks', path: '/tasks', isReady: true },
  { key: 'reports', path: '/reports', isReady: true },
  { key: 'surveys', path: '/surveys', isReady: false },
  { key: 'organisations', path: '/organisations', isReady: true },
  { key: 'users', path: '/users', isReady: true },
  { key: 'audit', path: '/audit', isReady: true },
] as const satisfies readonly { key: string; path: `/${string}`; isReady: boolean }[];

/** One module of the app. */
export type AppModule = (typeof APP_MODULES)[number];
/** The key of a module, e.g. 'organisations'. */
export type AppModuleKey = AppModule['key'];

/** Path of the login page (outside the layout). */
export const LOGIN_PATH = '/login';

/** The module whose path is the longest prefix of the location (for the selected menu item). */
export function findModuleByLocation(pathname: string): AppModule | undefined {
  return [...APP_MODULES]
    .sort((a, b) => b.path.length - a.path.length)
    .find((module) =>
      module.path === '/'
        ? pathname === '/'
        : pathname === module.path || pathname.startsWith(`${module.path}/`),
    );
}

/**
 * Where to go after login: the page the user wanted if it is a path inside this app,
 * never another site ("//evil.example" or "https://…").
 */
export function safeReturnPath(candidate: unknown): string {
  // Browsers read "/\host" like "//host": another origin.
  if (typeof candidate !== 'string' || !/^\/(?![/\\])/.test(candidate)) return '/';
  if (candidate === LOGIN_PATH || candidate.startsWith(`${LOGIN_PATH}?`)) return '/';
  return candidate;
}
