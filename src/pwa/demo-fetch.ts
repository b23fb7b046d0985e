// The demo build's /api while no service worker controls the page (first visit while it installs, no service worker
// support, or a shift-reload): the first-visit snapshot's static files where they hold the request
// (src/lib/demo-snapshot.ts), else the mock handlers in the page (a lazy chunk). Once the worker controls the page,
// requests go to it. Part of the demo build only (main.tsx), so HTTP-API builds carry none of it.
import { SNAPSHOT_KEYS } from 'virtual:lede-demo-snapshot';
import { snapshotFile, snapshotKey, testSwitchCookieSet } from '../lib/demo-snapshot';

/** Rejects like fetch does when `signal` aborts, so timeouts and cancellation still work. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The e2e suite's demo build switches the mock API by cookie (test switches, failure scenarios); the snapshot holds
 * the answers without switches, so while one is set the mocks answer. Always false in the public demo.
 */
export function testSwitchesSet(): boolean {
  return import.meta.env.VITE_LEDE_TEST_SWITCHES === 'true' && testSwitchCookieSet(document.cookie);
}

/** The snapshot file that answers `request`, if the snapshot holds it. */
export function snapshotFor(request: Request): string | undefined {
  const url = new URL(request.url);
  if (request.method !== 'GET' || testSwitchesSet()) return undefined;
  const key = snapshotKey(url.pathname.replace(/^\/api/, ''), url.search);
  return SNAPSHOT_KEYS.has(key) ? snapshotFile(key) : undefined;
}

export function answerApiInPage(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? new Request(input, init) : new Request(new URL(input, window.location.href), init);
    const url = new URL(request.url);
    const ours = url.origin === window.location.origin && url.pathname.startsWith('/api/');
    if (!ours || navigator.serviceWorker?.controller) return realFetch(input, init);
    const file = snapshotFor(request);
    if (file) return realFetch(file, { signal: request.signal, headers: { accept: 'application/json' }, cache: request.cache });
    return abortable(
      import('./demo-mocks').then(({ answerFromMocks }) => answerFromMocks(request)),
      request.signal,
    );
  };
}
