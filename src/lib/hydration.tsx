// Whether the page is past hydration: what differs between the server's HTML and this device (the time now, what the
// reader saved or read) renders once React has adopted the server's HTML, so the two never disagree.
import { createContext, startTransition, use, useEffect, useState, type ReactNode } from 'react';

/** True where no provider says otherwise: a page the browser renders itself (no server HTML to match). */
const Hydrated = createContext(true);

/**
 * Around a page that is server-rendered (`serverRendered`: on the server, and in the browser that hydrates its HTML):
 * false while the server renders and while React adopts the server's HTML, then true in a transition of its own. The
 * render that brings in what only this device knows (relative times, the reader's choices, Listen) is time-sliced
 * like any transition, not one synchronous re-render of every part that reads this (a store's change after
 * hydration was: 50–85 ms in one task on the Arabic demo's story, decision 042). Elsewhere: true from the start.
 */
export function HydrationState({ serverRendered, children }: { serverRendered: boolean; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(!serverRendered);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <Hydrated value={hydrated}>{children}</Hydrated>;
}

/** False on the server and while the browser hydrates the server's HTML; true in every other render. */
export function useHydrated(): boolean {
  return use(Hydrated);
}
