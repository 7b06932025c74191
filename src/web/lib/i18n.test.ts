import { afterAll, describe, expect, it } from 'vitest';
import { changeLanguage, i18next } from './i18n';

describe('interface language', () => {
  afterAll(() => changeLanguage('vi'));

  it('starts with only the Vietnamese words of the login page (English is fetched when chosen)', () => {
    expect(i18next.language).toBe('vi');
    expect(i18next.hasResourceBundle('vi', 'translation')).toBe(true);
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18next.t('auth.loginTitle')).toBe('Đăng nhập');
    expect(i18next.exists('modules.overview.title')).toBe(false);
  });

  it('adds the signed-in screens’ words beside them when the signed-in layout’s module loads', async () => {
    await import('./signed-in-dictionary');
    expect(i18next.t('modules.overview.title')).toBe('Tổng quan');
    expect(i18next.t('role.focal')).toBe('Đầu mối CCHC (Nội vụ)');
    expect(i18next.t('auth.loginTitle')).toBe('Đăng nhập');
  });

  it('loads the English dictionary on the switch, then speaks English on every screen', async () => {
    await changeLanguage('en');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18next.t('auth.loginTitle')).toBe('Sign in');
    expect(i18next.t('modules.overview.title')).toBe('Overview');
    await changeLanguage('vi');
    expect(i18next.t('auth.loginTitle')).toBe('Đăng nhập');
  });
});
