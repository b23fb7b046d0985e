// The layout shifts of the page's document so far, read from a buffered PerformanceObserver (Chromium keeps
// layout-shift entries out of performance.getEntriesByType, so reading them there always finds none).
import type { Page } from '@playwright/test';

export interface Shift {
  startTime: number;
  value: number;
  /** What moved, as `tag.class`. */
  moved: string[];
}

/** Every layout shift since the document started that did not follow the reader's input. */
export function layoutShiftsSoFar(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> };
        const read = (entries: PerformanceEntry[]) =>
          (entries as Entry[])
            .filter((shift) => !shift.hadRecentInput)
            .map((shift) => ({
              startTime: shift.startTime,
              value: shift.value,
              moved: (shift.sources ?? []).map((source) =>
                source.node instanceof Element ? `${source.node.localName}.${source.node.className}` : String(source.node?.nodeName),
              ),
            }));
        const observer = new PerformanceObserver((list) => {
          observer.disconnect();
          resolve(read(list.getEntries()));
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // With no shift at all, the observer is never called.
        setTimeout(() => {
          observer.disconnect();
          resolve([]);
        }, 250);
      }),
  );
}

/** Sum of the shifts since `since` (a `performance.now()` of the page). */
export async function layoutShiftSince(page: Page, since: number): Promise<number> {
  return (await layoutShiftsSoFar(page)).filter((shift) => shift.startTime >= since).reduce((sum, shift) => sum + shift.value, 0);
}
