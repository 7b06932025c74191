// Types of build-inputs.mjs (plain JS so `npm start` needs no tsx), for the tests that call it.

/** A part of dist: the server bundle or the web app. */
export type BuildPart = 'server' | 'web';

/** What each part is built from, and the file proving it exists. */
export const BUILD_PARTS: Record<BuildPart, { inputs: string[]; output: string }>;

/** The newest mtime (ms) of `paths` under `root`, folders walked, test files skipped. */
export function newestInputMs(root: string, paths: string[]): number;

/** Records that `part` was built from inputs no newer than `inputsNewestMs`. */
export function writeStamp(root: string, part: BuildPart, inputsNewestMs: number): void;

/** Why `part` must be built, or null when dist holds a build of its current inputs. */
export function staleReason(root: string, part: BuildPart): string | null;

/** The parts of dist that are missing or older than their inputs. */
export function staleParts(root: string): BuildPart[];
