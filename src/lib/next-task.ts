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
