import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_FALLBACK_MS, whenIdle } from './next-task';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the idle callback, bounded by its timeout', async () => {
    const asked: Array<{ callback: IdleRequestCallback; options?: IdleRequestOptions }> = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback, options?: IdleRequestOptions) => asked.push({ callback, options }));
    const idle = vi.fn();
    void whenIdle(5000).then(idle);
    await Promise.resolve();
    expect(idle).not.toHaveBeenCalled();
    expect(asked.map((call) => call.options)).toEqual([{ timeout: 5000 }]);
    asked[0]?.callback({ didTimeout: false, timeRemaining: () => 4 });
    await vi.waitFor(() => expect(idle).toHaveBeenCalledTimes(1));
  });

  it('waits a fixed while where the browser has no idle callbacks', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const idle = vi.fn();
    void whenIdle().then(idle);
    await vi.advanceTimersByTimeAsync(IDLE_FALLBACK_MS - 1);
    expect(idle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveBeenCalledTimes(1);
  });
});
