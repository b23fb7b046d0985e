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
