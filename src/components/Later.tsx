// What can wait on a page's first render, wrapped so that React's deferred re-render renders only it.
import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders nothing in the render that mounts it and its children in React's deferred re-render right after (time-sliced,
 * at transition priority). Only the `Later` components take part in that re-render, never the page around them: a
 * component there that reads an external store (a query's result) would, if the store changed while the sliced render
 * was under way, make React redo the whole deferred render synchronously, one long task (docs/performance.md).
 */
export function Later({ children }: { children: ReactNode }) {
  // False in the render that mounts it, true in React's deferred re-render right after.
  return useDeferredValue(true, false) ? children : null;
}
