import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUIET_FALLBACK_MS, QUIET_IDLE_MS, whenQuiet } from './next-task';

/** Idle callbacks the test hands out one at a time, each with the idle time it says. */
function holdIdleCallbacks() {
  const queued: Array<{ callback: IdleRequestCallback; options?: IdleRequestOptions }> = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
    queued.push({ callback, options });
    return queued.length;
  });
  return {
    pending: () => queued.length,
    idle(ms: number, didTimeout = false) {
      const next = queued.shift();
      if (!next) throw new Error('no idle callback is waiting');
      next.callback({ didTimeout, timeRemaining: () => ms });
    },
  };
}

describe('whenQuiet', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits through short idle periods (frames still being drawn) for one with no frame to draw', async () => {
    const idle = holdIdleCallbacks();
    const quiet = vi.fn();
    void whenQuiet().then(quiet);
    idle.idle(12);
    idle.idle(QUIET_IDLE_MS - 1);
    await Promise.resolve();
    expect(quiet).not.toHaveBeenCalled();
    idle.idle(QUIET_IDLE_MS);
    await vi.waitFor(() => expect(quiet).toHaveBeenCalledTimes(1));
    expect(idle.pending()).toBe(0);
  });

  it('goes ahead when its time is up, however busy the page', async () => {
    const idle = holdIdleCallbacks();
    const quiet = vi.fn();
    void whenQuiet(5000).then(quiet);
    idle.idle(3, true);
    await vi.waitFor(() => expect(quiet).toHaveBeenCalledTimes(1));
  });

  it('waits a fixed while where the browser has no idle callbacks', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const quiet = vi.fn();
    void whenQuiet().then(quiet);
    await vi.advanceTimersByTimeAsync(QUIET_FALLBACK_MS - 1);
    expect(quiet).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(quiet).toHaveBeenCalledTimes(1);
  });
});
