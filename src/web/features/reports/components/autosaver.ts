/**
 * Lưu nháp tự động, without React: saves `delayMs` after the last change, one save at a time
 * (changes made while saving are saved right after), and stops for good on a version conflict
 * (412) so nothing is overwritten silently. `flush` saves what is pending now.
 */
import { isApiError } from '@web/lib/api-client';

/** What the save indicator shows. */
export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict' };

/** The autosaver of one form. */
export interface Autosaver {
  /** Call on every edit: the save waits until the user pauses. */
  markChanged: () => void;
  /** Saves whatever is pending now; true when everything is saved. */
  flush: () => Promise<boolean>;
  /** True while a change is not saved yet. */
  hasUnsavedChanges: () => boolean;
  /** Stops the timer (the form is going away). */
  dispose: () => void;
}

export function createAutosaver(options: {
  /** Writes the current values; throws to report a failure. */
  save: () => Promise<void>;
  onState: (state: AutosaveState) => void;
  delayMs: number;
  now?: () => Date;
}): Autosaver {
  const now = options.now ?? (() => new Date());
  let isDirty = false;
  let isStopped = false;
  let running: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const saveWhileDirty = async (): Promise<boolean> => {
    while (isDirty && !isStopped) {
      isDirty = false;
      options.onState({ kind: 'saving' });
      try {
        await options.save();
      } catch (error) {
        isDirty = true;
        if (isApiError(error, 412)) {
          isStopped = true;
          options.onState({ kind: 'conflict' });
        } else {
          options.onState({ kind: 'failed', error });
        }
        return false;
      }
      options.onState(isDirty ? { kind: 'pending' } : { kind: 'saved', at: now() });
    }
    return !isStopped && !isDirty;
  };

  const flush = async (): Promise<boolean> => {
    clearTimer();
    while (running) await running;
    if (!isDirty) return !isStopped;
    running = saveWhileDirty();
    try {
      return await running;
    } finally {
      running = null;
    }
  };

  return {
    markChanged: () => {
      if (isStopped) return;
      isDirty = true;
      if (!running) options.onState({ kind: 'pending' });
      clearTimer();
      timer = setTimeout(() => void flush(), options.delayMs);
    },
    flush,
    hasUnsavedChanges: () => isDirty,
    dispose: clearTimer,
  };
}
