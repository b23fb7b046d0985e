// Observed connectivity in tests, wired as the boot wires it (src/main.tsx): the request path reports each outcome
// to src/pwa/store.ts, which also follows the browser's online/offline events, so a test drives connectivity the way
// the app meets it (a request that fails, an `offline` event) and reads it where the app does.
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { onTestFinished } from 'vitest';
import { observeNetwork, setPwaState, watchConnectivity } from '../pwa/store';
import { createQueryClient } from '../queries/client';
import { testRoad } from './content';

/** An app QueryClient over a request path that reports to connectivity; connectivity starts online. */
export function connectedQueryWrapper() {
  setPwaState({ online: true, backOnline: false });
  const stopWatching = watchConnectivity();
  onTestFinished(() => {
    stopWatching();
    setPwaState({ online: true, backOnline: false });
  });
  const queryClient = createQueryClient(testRoad({ observe: observeNetwork }).source);
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** What the browser says and does when the connection drops or returns (its `onLine` and the event). */
export function setBrowserOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}
