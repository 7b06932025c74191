// Plumbing: the signed-in screens' Vietnamese words (locales/signed-in.vi.ts: modules, features,
// the domain's label maps), merged into i18next's one `translation` namespace when this module is
// first evaluated. The signed-in layout imports it, so they arrive with the layout's chunk before any
// signed-in screen renders, and the login page never downloads them; t() keys stay as they were
// (typed from the whole dictionary, locales/vi.ts). English needs nothing here: its dictionary is
// loaded whole when chosen (i18n.ts). Component tests of signed-in screens import this module.
import { i18next } from './i18n';
import { signedInVi } from './locales/signed-in.vi';

// deep: merge beside the sign-in part's keys; overwrite: false, nothing of it is replaced.
i18next.addResourceBundle('vi', 'translation', signedInVi, true, false);

/** The configured i18next instance, now with the signed-in screens' words. */
export { i18next };
