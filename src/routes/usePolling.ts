// Runs a poll (src/routes/poller.ts) while a component is mounted, told of the page's visibility and of observed
// connectivity (src/pwa/store.ts); unmounting stops it for good, a check in flight included.
import { useEffect, useRef } from 'react';
import { startPoller, type Poll, type PollConditions } from './poller';
import { getPwaState, subscribePwaState } from '../pwa/store';

function conditions(): PollConditions {
  return { visible: document.visibilityState !== 'hidden', online: getPwaState().online, browserOnline: navigator.onLine !== false };
}

/**
 * Polls while `key` is not null, from scratch whenever it changes. `begin` is called at each start, with the values
 * of the latest render, and returns the poll with its own state (an ETag, say), which therefore never renders.
 */
export function usePolling(key: string | null, begin: () => Poll): void {
  const beginRef = useRef(begin);
  useEffect(() => {
    beginRef.current = begin;
  });

  useEffect(() => {
    if (key === null) return undefined;
    const poller = startPoller(beginRef.current(), conditions);
    // A tab coming back into view checks at once: the reader is looking again.
    const onVisibility = () => (document.visibilityState === 'visible' ? poller.wake() : poller.update());
    const stopFollowing = subscribePwaState(poller.update);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', poller.update);
    window.addEventListener('offline', poller.update);
    return () => {
      poller.stop();
      stopFollowing();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', poller.update);
      window.removeEventListener('offline', poller.update);
    };
  }, [key]);
}
