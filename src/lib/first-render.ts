// The app's first render is split in two tasks: what a reader sees first (the story) and, a task later, what can
// wait (the sidebar, topic tags, head metadata, offers). On a slow phone one render of everything is a long task that
// blocks input (Total Blocking Time, docs/performance.md). Later renders (client-side navigation) show everything at
// once, so scroll restoration and focus handling always see the whole page.
import { useEffect, useState } from 'react';
import { nextTask } from './next-task';

let firstRenderDone = false;

/** main.tsx calls this once the first render has been committed. */
export function markFirstRenderDone(): void {
  firstRenderDone = true;
}

/** False during the app's first render, true a task later; always true afterwards. */
export function useAfterFirstRender(): boolean {
  const [ready, setReady] = useState(firstRenderDone);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void nextTask().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
