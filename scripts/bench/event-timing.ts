// Event Timing in the page for `bench:interactions`: an observer installed before the app runs, and one measured step
// (real input, then the entries that started during it).
import type { CDPSession, Page } from '@playwright/test';
import { DURATION_THRESHOLD, stepResult, type EventTimingEntry, type StepResult } from './interactions';

/** Where the page keeps the entries it observed; read back by `measureStep`. */
const STORE = '__ledeBenchEventTiming';

/** Runs in the page before its own scripts: records every `event` and `first-input` entry. */
function observeEventTiming([store, threshold]: [string, number]) {
  const entries: unknown[] = [];
  Object.defineProperty(window, store, { value: entries });
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<PerformanceEntry & Record<string, number>>)
      entries.push({
        entryType: e.entryType,
        name: e.name,
        interactionId: e.interactionId ?? 0,
        startTime: e.startTime,
        duration: e.duration,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
      });
  });
  observer.observe({ type: 'event', durationThreshold: threshold, buffered: true } as PerformanceObserverInit);
  observer.observe({ type: 'first-input', buffered: true });
}

export async function instrument(page: Page): Promise<void> {
  await page.addInitScript(observeEventTiming, [STORE, DURATION_THRESHOLD] as [string, number]);
}

/** Slows the page's CPU by `rate` (1: full speed), as DevTools' CPU throttling does. */
export const throttle = (cdp: CDPSession, rate: number) => cdp.send('Emulation.setCPUThrottlingRate', { rate });

/** How long after the answer's frame the entries may take to reach the observer. */
const DELIVERY_MS = 250;

/**
 * Runs `act` (real input, then a wait for the page's visible answer) and returns the step's latency from the Event
 * Timing entries that started during it. The entries come after the frame that presented the answer, so it waits two
 * frames and a little more before reading them.
 */
export async function measureStep(page: Page, act: () => Promise<void>): Promise<StepResult> {
  const before = await page.evaluate(() => ({
    now: performance.now(),
    count: (performance as Performance & { interactionCount: number }).interactionCount,
  }));
  await act();
  await page.evaluate(
    (ms) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms)))),
    DELIVERY_MS,
  );
  const after = await page.evaluate(
    ([store, since]) => ({
      entries: ((window as unknown as Record<string, EventTimingEntry[]>)[store] ?? []).filter((e) => e.startTime >= since),
      count: (performance as Performance & { interactionCount: number }).interactionCount,
    }),
    [STORE, before.now] as [string, number],
  );
  return stepResult(after.entries, after.count - before.count);
}
