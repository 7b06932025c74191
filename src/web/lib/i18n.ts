// Plumbing: i18next set up once with both dictionaries; Vietnamese unless the user chose English.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { vi } from './locales/vi';
import { en } from './locales/en';

/** The languages of the interface. */
export const LANGUAGES = ['vi', 'en'] as const;
/** One interface language. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'parplan.language';

function readStoredLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'vi';
}

function applyToPage(language: Language): void {
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

const initialLanguage = readStoredLanguage();

void i18next.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initialLanguage,
  fallbackLng: 'vi',
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  // React already escapes text it renders, and no translation is ever set as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyToPage(initialLanguage);

/** Switches the interface language and remembers the choice in this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, language);
  applyToPage(language);
  await i18next.changeLanguage(language);
}

/** The configured i18next instance, for the React provider and for tests. */
export { i18next };
