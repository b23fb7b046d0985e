// The demo build's way of sending content requests while no service worker controls the page (first visit while it
// installs, no service worker support, or a shift-reload): the first-visit snapshot's static files where they hold
// the request (src/lib/demo-snapshot.ts), else the mock handlers in the page (a lazy chunk). Once the worker controls
// the page, requests go to it. The boot passes it to the request path as its transport's `fetch` (src/main.tsx); no
// platform function is patched. Part of the demo build only, so other builds carry none of it.
import { SNAPSHOT_KEYS } from 'virtual:lede-demo-snapshot';
import { within, type Transport } from '../api/http';
import { isJsonAnswer, snapshotFile, snapshotKey, testSwitchCookieSet } from '../lib/demo-snapshot';

/**
 * The e2e suite's demo build switches the mock API by cookie (test switches, failure scenarios); the snapshot holds
 * the answers without switches, so while one is set the mocks answer. Always false in the public demo.
 */
export function testSwitchesSet(): boolean {
  return import.meta.env.MODE === 'e2e' && testSwitchCookieSet(document.cookie);
}

/** The snapshot file that answers `request`, if the snapshot holds it. */
export function snapshotFor(request: Request): string | undefined {
  const url = new URL(request.url);
  if (request.method !== 'GET' || testSwitchesSet()) return undefined;
  const key = snapshotKey(url.pathname.replace(/^\/api/, ''), url.search);
  return SNAPSHOT_KEYS.has(key) ? snapshotFile(key) : undefined;
}

/** The demo's transport `fetch`: `send` (the browser's fetch) for everything that is not the demo's own /api. */
export function demoFetch(send: Transport['fetch'] = (url, init) => fetch(url, init)): Transport['fetch'] {
  return async (url, init) => {
    const request = new Request(new URL(url, window.location.href), init);
    const target = new URL(request.url);
    const ours = target.origin === window.location.origin && target.pathname.startsWith('/api/');
    if (!ours || navigator.serviceWorker?.controller) return send(url, init);
    const file = snapshotFor(request);
    if (file) {
      // The same check as the early script's: a host that lacks the file answers with its HTML fallback or a 404.
      const answer = await send(file, { signal: request.signal, headers: { accept: 'application/json' }, cache: request.cache });
      if (isJsonAnswer(answer)) return answer;
    }
    return within(
      import('./demo-mocks').then(({ answerFromMocks }) => answerFromMocks(request)),
      request.signal,
    );
  };
}
