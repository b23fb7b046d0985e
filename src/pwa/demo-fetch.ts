// Demo fallback when no service worker can answer /api (no SW support, or a hard reload bypassed it):
// answer /api in the page from the same MSW handlers. Loaded only by the demo build, only then.
import { getResponse } from 'msw';
import { handlers } from '../../mocks/handlers';

export function answerApiInPage(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin === window.location.origin && url.pathname.startsWith('/api/')) {
      const response = await getResponse(handlers, request);
      if (response) return response;
    }
    return realFetch(input, init);
  };
}
