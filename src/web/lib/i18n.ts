// Plumbing: i18next set up once, Vietnamese unless the user chose English. The entry bundle holds
// only the Vietnamese words of the login page (locales/sign-in.vi.ts); the signed-in screens' words
// (with the domain's label maps) are added by the signed-in layout (signed-in-dictionary.ts), and
// the English dictionary (all of it, as large) is fetched only when English is chosen — so the
// login page downloads neither.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { signInVi } from './locales/sign-in.vi';

/** The languages of the interface. */
export const LANGUAGES = ['vi', 'en'] as const;
/** One interface language. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'parplan.language';

function readStoredLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'vi';
}

// dayjs (the date pickers) follows the language through date-locale.ts, loaded with the signed-in layout.
function applyToPage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Adds the English dictionary (its own chunk) when English is wanted and not yet loaded. */
async function loadDictionary(language: Language): Promise<void> {
  if (language === 'vi' || i18next.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('./locales/en');
  i18next.addResourceBundle('en', 'translation', en);
}

const initialLanguage = readStoredLanguage();

// Starts in Vietnamese (its dictionary is at hand); a stored English choice follows as soon as
// the English dictionary has arrived.
void i18next.use(initReactI18next).init({
  resources: { vi: { translation: signInVi } },
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  // React already escapes text it renders, and no translation is ever set as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyToPage('vi');
if (initialLanguage === 'en') void changeLanguage('en');

/** Switches the interface language and remembers the choice in this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, language);
  await loadDictionary(language);
  applyToPage(language);
  await i18next.changeLanguage(language);
}

/** The configured i18next instance, for the React provider and for tests. */
export { i18next };
