// What can wait on a page's first render: each part comes in a render of its own, one part per frame, in page order.
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useHydrated } from '../lib/hydration';
import { queueTurn } from '../lib/turns';

/**
 * Renders nothing (or `fallback`) in the render that mounts it; its children come later, in a transition
 * (time-sliced) of their own that renders only them, never the page around them: a component there that reads an
 * external store (a query's result) would, if the store changed while the sliced render was under way, make React
 * redo the whole render synchronously, one long task (docs/performance.md). The parts of a page take turns: each
 * waits until the frame after the previous part's commit has been drawn, so that each frame lays out one part's
 * text, not all of it at once (the first layout of text in a font and size is the costliest work of a page load on
 * a slow phone; decision 025). On the server, and when the browser hydrates the server's HTML (already laid out),
 * its children render at once.
 */
export function Later({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const hydrated = useHydrated();
  const [shown, setShown] = useState(!hydrated);
  useEffect(() => {
    if (shown) return;
    let taken = false;
    const done = queueTurn(() => {
      taken = true;
      startTransition(() => setShown(true));
    });
    // Runs once this part has committed (its turn ends, the next part waits for the next frame), or on unmount.
    return () => done(taken);
  }, [shown]);
  return shown ? children : fallback;
}
