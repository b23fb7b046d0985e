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

/** Where the browser has no idle callbacks (Safari): this long after the call. */
export const IDLE_FALLBACK_MS = 2000;

/**
 * At the main thread's first idle period (no task waiting), or after `timeoutMs` whatever happens. Not a longer quiet
 * spell: a page that draws every frame (an animation, a test polling by frames) has idle time only between frames.
 */
export function whenIdle(timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') setTimeout(resolve, IDLE_FALLBACK_MS);
    else requestIdleCallback(() => resolve(), { timeout: timeoutMs });
  });
}
