import { afterAll, describe, expect, it } from 'vitest';
import { changeLanguage, i18next } from './i18n';

describe('interface language', () => {
  afterAll(() => changeLanguage('vi'));

  it('starts with only the Vietnamese dictionary (English is fetched when chosen)', () => {
    expect(i18next.language).toBe('vi');
    expect(i18next.hasResourceBundle('vi', 'translation')).toBe(true);
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18next.t('auth.loginTitle')).toBe('Đăng nhập');
  });

  it('loads the English dictionary on the switch, then speaks English', async () => {
    await changeLanguage('en');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18next.t('auth.loginTitle')).toBe('Sign in');
    await changeLanguage('vi');
    expect(i18next.t('auth.loginTitle')).toBe('Đăng nhập');
  });
});
