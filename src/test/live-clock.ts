// Pins the mock API's live-coverage clock in Vitest (jsdom's fetch sends no document.cookie, so the cookie goes in as
// a header) and records each answer of the posts endpoint, so tests can wait for a poll and read its status.
import { getResponse, http } from 'msw';
import { LIVE_CLOCK_COOKIE } from '../../mocks/fixtures/live-timeline';
import { contentHandlers } from '../../mocks/handlers/content';
import { server } from '../../mocks/node';

export interface PostsCall {
  url: URL;
  status: number;
}

export function pinLiveClock(minute: number) {
  const clock = { minute, calls: [] as PostsCall[] };
  const pinned = (request: Request) => {
    const headers = new Headers(request.headers);
    headers.set('cookie', `${LIVE_CLOCK_COOKIE}=${clock.minute}`);
    return new Request(request.url, { headers });
  };
  server.use(
    http.get('*/api/stories/:slug/posts', async ({ request }) => {
      const response = await getResponse(contentHandlers, pinned(request));
      clock.calls.push({ url: new URL(request.url), status: response?.status ?? 0 });
      return response;
    }),
    http.get('*/api/stories/:slug', ({ request }) => getResponse(contentHandlers, pinned(request))),
  );
  return clock;
}
