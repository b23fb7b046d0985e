// The app's first render is split into tasks: what a reader sees first (the story's start) and, a task or two later,
// what can wait (the rest of a long body; the sidebar, topic tags, head metadata, offers). On a slow phone one render of everything is a long task that
// blocks input (Total Blocking Time, docs/performance.md). Later renders (client-side navigation) show everything at
// once, so scroll restoration and focus handling always see the whole page.
import { useEffect, useState } from 'react';
import { nextTask } from './next-task';

let firstRenderDone = false;

/**
 * True when this page load is a fresh navigation: not a reload or back/forward, so there is no scroll position to
 * restore and the end of a long page may arrive a task after its start.
 */
export function isFreshPageLoad(): boolean {
  const [entry] = (globalThis.performance?.getEntriesByType?.('navigation') ?? []) as PerformanceNavigationTiming[];
  return entry?.type === 'navigate';
}

/** main.tsx calls this once the first render has been committed. */
export function markFirstRenderDone(): void {
  firstRenderDone = true;
}

/** False during the app's first render, true `tasks` tasks later (each stage its own task); always true afterwards. */
export function useAfterFirstRender(tasks = 1): boolean {
  const [ready, setReady] = useState(firstRenderDone);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const wait = async () => {
      for (let i = 0; i < tasks; i += 1) await nextTask();
    };
    void wait().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready, tasks]);
  return ready;
}
