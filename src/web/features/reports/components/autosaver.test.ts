import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '@web/lib/api-client';
import { createAutosaver, type AutosaveState } from './autosaver';

function setUp(save: () => Promise<void>) {
  const states: AutosaveState['kind'][] = [];
  const autosaver = createAutosaver({
    save,
    onState: (state) => states.push(state.kind),
    delayMs: 3000,
  });
  return { autosaver, states };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave of a report draft', () => {
  it('saves once, three seconds after the last of several quick changes', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { autosaver, states } = setUp(save);

    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(2000);
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(2999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves a change made while saving right after the save in flight, never two at once', async () => {
    let finishFirst: () => void = () => undefined;
    let inFlight = 0;
    let maxInFlight = 0;
    const save = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          const done = () => {
            inFlight -= 1;
            resolve();
          };
          if (save.mock.calls.length === 1) finishFirst = done;
          else done();
        }),
    );
    const { autosaver } = setUp(save);

    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(3000);
    autosaver.markChanged();
    const flushed = autosaver.flush();
    finishFirst();

    expect(await flushed).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(maxInFlight).toBe(1);
  });

  it('stops saving after a version conflict and reports it', async () => {
    const save = vi.fn(() =>
      Promise.reject(new ApiRequestError(412, 'PRECONDITION_FAILED', 'Đã có người sửa.')),
    );
    const { autosaver, states } = setUp(save);

    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(3000);
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(3000);

    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('conflict');
    expect(await autosaver.flush()).toBe(false);
  });

  it('keeps a change that failed to save, so the next flush tries again', async () => {
    const save = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new ApiRequestError(0, 'NETWORK_ERROR', 'offline'))
      .mockResolvedValueOnce(undefined);
    const { autosaver, states } = setUp(save);

    autosaver.markChanged();
    expect(await autosaver.flush()).toBe(false);
    expect(states.at(-1)).toBe('failed');
    expect(autosaver.hasUnsavedChanges()).toBe(true);

    expect(await autosaver.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('does nothing on flush when nothing changed', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { autosaver } = setUp(save);

    expect(await autosaver.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });
});
