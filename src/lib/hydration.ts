// Whether the page is past hydration: what differs between the server's HTML and this device (the time now, what the
// reader saved or read) renders once React has adopted the server's HTML, so the two never disagree.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while the server renders and while the browser hydrates the server's HTML (React reads the server snapshot
 * then), true in every other render; React renders again with true right after hydrating.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
