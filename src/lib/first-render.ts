// What can wait on a page's first render (the end of a long story, the sidebar, tags, head metadata, offers) is
// rendered by React a moment later, at transition priority: React time-slices that render into short tasks, so a
// slow phone never meets one long task that blocks input (Total Blocking Time, docs/performance.md).

/**
 * True when this page load is a fresh navigation: not a reload or back/forward, so there is no scroll position to
 * restore and the end of a long page may arrive a moment after its start.
 */
export function isFreshPageLoad(): boolean {
  const [entry] = (globalThis.performance?.getEntriesByType?.('navigation') ?? []) as PerformanceNavigationTiming[];
  return entry?.type === 'navigate';
}
