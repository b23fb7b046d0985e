// Whether this page load is the reader's first look at the page, so that what can wait on its first render (the end
// of a long story, `<Later>`) may come a moment after the rest.

/**
 * True when this page load is a fresh navigation: not a reload or back/forward, so there is no scroll position to
 * restore and the end of a long page may arrive a moment after its start.
 */
export function isFreshPageLoad(): boolean {
  const [entry] = (globalThis.performance?.getEntriesByType?.('navigation') ?? []) as PerformanceNavigationTiming[];
  return entry?.type === 'navigate';
}
