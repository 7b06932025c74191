import { isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18next } from '@web/lib/i18n';
import { LOGIN_PATH } from '@web/lib/app-modules';
import { buildMenuItems } from './menu-items';
import { MODULE_ROUTES } from './route-table';
import { appRoutes, moduleRouteObjects } from './router';

const t = i18next.getFixedT('vi');
const menuItems = buildMenuItems(t);
const textOf = (label: ReactNode) =>
  isValidElement(label) ? renderToStaticMarkup(label) : String(label);

describe('route table and menu', () => {
  it('lists the menu in the agreed order', () => {
    expect(menuItems.map((item) => item.key)).toEqual([
      '/',
      '/frameworks',
      '/results',
      '/plans',
      '/tasks',
      '/reports',
      '/surveys',
      '/organisations',
      '/users',
      '/audit',
    ]);
  });

  it('has one route per menu entry, in the same order, plus only the catch-all', () => {
    const routedPaths = moduleRouteObjects.map((route) => route.path);
    expect(routedPaths).toEqual([...menuItems.map((item) => item.key), '*']);
  });

  it('names every entry in Vietnamese and marks the modules not built yet as "Sắp có"', () => {
    const labels = menuItems.map((item) => textOf('label' in item ? item.label : null));
    expect(labels[0]).toContain('Tổng quan');
    expect(labels[7]).toContain('Đơn vị');
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

  it('keeps the login page outside the auth guard', () => {
    expect(appRoutes[0]?.path).toBe(LOGIN_PATH);
    expect(appRoutes.slice(1).some((route) => route.path === LOGIN_PATH)).toBe(false);
  });
});
