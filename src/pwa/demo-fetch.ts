// Demo fallback while no service worker controls the page (first visit while it installs, no SW support, or a
// shift-reload): answer /api in the page from the same MSW handlers. Loaded only by the demo build, only then.
import { getResponse } from 'msw';
import { demoHandlers } from '../../mocks/demo-handlers';

/** Rejects like fetch does when `signal` aborts, so timeouts and cancellation still work. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export function answerApiInPage(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== window.location.origin || !url.pathname.startsWith('/api/')) return realFetch(input, init);
    const response = await abortable(getResponse(demoHandlers, request), request.signal);
    // A mocked network error must fail the request, as a real one would.
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
