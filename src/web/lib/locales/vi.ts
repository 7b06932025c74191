/**
 * Vietnamese dictionary: the default language and the source of the key structure. It is loaded in
 * two parts — sign-in.vi.ts with the app, signed-in.vi.ts with the signed-in layout — and this
 * whole is what t() keys are typed from and English is checked against (tests, types, labels).
 */
import { signInVi } from './sign-in.vi';
import { signedInVi } from './signed-in.vi';

/** Từ điển tiếng Việt: both parts (they share no top-level key: a test checks it). */
export const vi = { ...signInVi, ...signedInVi };

/** The shape every dictionary must have: the same keys as Vietnamese, any text. */
export type Dictionary = DeepStrings<typeof vi>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
