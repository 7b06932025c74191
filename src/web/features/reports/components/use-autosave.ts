/** Lưu nháp tự động in a form: the autosaver of this component, its state for the indicator, and a warning before closing the tab with unsaved changes. */
import { useEffect, useRef, useState } from 'react';
import { createAutosaver, type AutosaveState, type Autosaver } from './autosaver';

interface AutosaveOptions {
  isEnabled: boolean;
  /** Writes the current values; throws to report a failure (412 = someone else saved). */
  save: () => Promise<void>;
  delayMs?: number;
}

export function useAutosave({ isEnabled, save, delayMs = 3000 }: AutosaveOptions) {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const [autosaver] = useState<Autosaver>(() =>
    createAutosaver({ save: () => saveRef.current(), onState: setState, delayMs }),
  );

  useEffect(() => {
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      if (autosaver.hasUnsavedChanges()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warnBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', warnBeforeUnload);
      // Leaving the page with a change typed: save it now rather than lose it.
      if (autosaver.hasUnsavedChanges()) void autosaver.flush();
      autosaver.dispose();
    };
  }, [autosaver]);

  return {
    state,
    markChanged: () => {
      if (isEnabled) autosaver.markChanged();
    },
    flush: autosaver.flush,
  };
}
