// Plumbing: dayjs (antd's date pickers, dates.ts) speaks the interface language — Vietnamese month
// and day names, weeks from Monday — from when the signed-in layout loads (it imports this) and on
// every language switch. Not in i18n.ts: the login page shows no date, and dayjs with its locale
// would add ~3,5 KB (brotli) to the JavaScript it waits for.
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { i18next } from './i18n';

// i18next emits this before React re-renders for the new language, so pickers redraw in it.
const followLanguage = (language: string) => void dayjs.locale(language === 'vi' ? 'vi' : 'en');

followLanguage(i18next.language);
i18next.on('languageChanged', followLanguage);
