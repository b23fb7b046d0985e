// Ends the current task so the browser can paint and handle input before the work that follows.
// Long boot work is split this way into tasks under 50 ms (Total Blocking Time, docs/performance.md).
interface Scheduler {
  yield?: () => Promise<void>;
}

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * After the browser's next frame: a frame callback runs before that frame's style, layout and paint, and the task
 * after it once they are done. In a hidden page (no frames) just the next task.
 */
export function afterNextFrame(callback: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.hidden) setTimeout(callback, 0);
  else requestAnimationFrame(() => setTimeout(callback, 0));
}

/** An idle period this long means the browser has no frame to draw: Chromium grants 50 ms ones only then. */
export const QUIET_IDLE_MS = 40;
/** Where the browser has no idle callbacks (Safari): this long after the call. */
export const QUIET_FALLBACK_MS = 2000;

/**
 * Once the page is quiet: the first idle period of at least QUIET_IDLE_MS (no task waiting, no frame to draw, so
 * nothing of the page's own load is still under way on the main thread), or after `timeoutMs` whatever happens.
 */
export function whenQuiet(timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') {
      setTimeout(resolve, QUIET_FALLBACK_MS);
      return;
    }
    const until = performance.now() + timeoutMs;
    const check = (deadline: IdleDeadline) => {
      if (deadline.didTimeout || deadline.timeRemaining() >= QUIET_IDLE_MS) resolve();
      else requestIdleCallback(check, { timeout: Math.max(0, until - performance.now()) });
    };
    requestIdleCallback(check, { timeout: timeoutMs });
  });
}
