import { isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18next } from '@web/lib/signed-in-dictionary';
import type { Me } from '@contract/auth';
import { LOGIN_PATH } from '@web/lib/app-modules';
import { buildMenuItems } from './menu-items';
import { MODULE_ROUTES } from './route-table';
import { ACCOUNT_SECURITY_PATH, appRoutes, moduleRouteObjects, preloadRoute } from './router';

const t = i18next.getFixedT('vi');

/** A signed-in user holding these actions (what /api/auth/me lists). */
const meWith = (actions: Me['actions']): Me => ({
  user: { id: 'u', login: 'x', fullName: 'X', email: null },
  tenant: { id: 't', name: 'Tỉnh Đồng Tháp' },
  homeOrganisation: { id: 'o', name: 'Văn phòng UBND tỉnh', type: 'department' },
  roles: [],
  actions,
  csrfToken: 'c',
});
const ADMIN_ACTIONS: Me['actions'] = [
  'organisation.read',
  'user.read',
  'audit.read',
  'framework.read',
  'result.read',
  'assessment.read',
  'plan.read',
];
const EDITOR_ACTIONS: Me['actions'] = [
  'organisation.read',
  'framework.read',
  'result.read',
  'ranking.read',
  'plan.read',
  'task.update',
  'report.submit',
];
const menuItems = buildMenuItems(t, meWith(ADMIN_ACTIONS));
const textOf = (label: ReactNode) =>
  isValidElement(label) ? renderToStaticMarkup(label) : String(label);

describe('route table and menu', () => {
  it('lists the menu in the agreed order', () => {
    expect(menuItems.map((item) => item.key)).toEqual([
      '/',
      '/frameworks',
      '/results',
      '/kpis',
      '/assessment',
      '/plans',
      '/tasks',
      '/reports',
      '/surveys',
      '/organisations',
      '/users',
      '/audit',
    ]);
  });

  it('offers an editor no "Người dùng" or "Nhật ký" (modules it cannot open)', () => {
    const keys = buildMenuItems(t, meWith(EDITOR_ACTIONS)).map((item) => item.key);
    expect(keys).toContain('/reports');
    expect(keys).not.toContain('/users');
    expect(keys).not.toContain('/audit');
    expect(buildMenuItems(t, meWith([])).map((item) => item.key)).toEqual(['/', '/surveys']);
  });

  it('has one route per menu entry, in the same order, plus only the own-account page and the catch-all', () => {
    const routedPaths = moduleRouteObjects.map((route) => route.path);
    // Bảo mật tài khoản is every user's own page, reached from the user menu, not the side menu.
    expect(routedPaths).toEqual([...menuItems.map((item) => item.key), ACCOUNT_SECURITY_PATH, '*']);
  });

  it('names every entry in Vietnamese and marks the modules not built yet as "Sắp có"', () => {
    const labels = menuItems.map((item) => textOf('label' in item ? item.label : null));
    expect(labels[0]).toContain('Tổng quan');
    expect(labels[9]).toContain('Đơn vị');
    expect(labels[3]).toContain('Chỉ số dịch vụ (KPI)');
    MODULE_ROUTES.forEach(({ module }, index) => {
      expect(labels[index], module.key).toContain(t(`modules.${module.key}.title`));
      if (module.isReady) expect(labels[index], module.key).not.toContain('Sắp có');
      else expect(labels[index], module.key).toContain('Sắp có');
    });
  });

  it('loads every built page lazily, in its own chunk', () => {
    const lazyType = Symbol.for('react.lazy');
    for (const { module, Page } of MODULE_ROUTES) {
      if (module.isReady)
        expect((Page as unknown as { $$typeof: symbol }).$$typeof, module.key).toBe(lazyType);
    }
  });

  it('starts, on opening, every chunk of the page at once: guard, layout, module guard and page', async () => {
    const loads = preloadRoute('/plans/4f0c5a52-0000-4000-8000-000000000001');
    expect(loads).toHaveLength(4);
    const modules = (await Promise.all(loads)) as Record<string, unknown>[];
    expect(
      modules.map((module) => Object.keys(module).find((name) => /^[A-Z]/.test(name))),
    ).toEqual(['AuthGuard', 'AppLayout', 'ModuleGuard', 'PlanPage']);
    // The login page stands alone; a "sắp có" module has no chunk of its own to start.
    expect(preloadRoute(LOGIN_PATH)).toHaveLength(1);
    expect(preloadRoute('/surveys')).toHaveLength(3);
  });

  it('keeps the login page outside the auth guard', () => {
    expect(appRoutes[0]?.path).toBe(LOGIN_PATH);
    expect(appRoutes.slice(1).some((route) => route.path === LOGIN_PATH)).toBe(false);
  });
});
