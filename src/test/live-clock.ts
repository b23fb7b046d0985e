// Pins the mock API's live-coverage clock in Vitest (its test switch, handed to the handlers) and records each answer
// of the posts endpoint, so tests can wait for a poll and read its status.
import { getResponse, http } from 'msw';
import { contentHandlers } from '../../mocks/handlers/content';
import { server } from '../../mocks/node';

export interface PostsCall {
  url: URL;
  status: number;
}

export function pinLiveClock(minute: number) {
  const clock = { minute, calls: [] as PostsCall[] };
  // Read per request, so a test can move the clock by changing `minute`.
  const pinned = contentHandlers(() => ({ liveMinute: clock.minute }));
  server.use(
    http.get('*/api/stories/:slug/posts', async ({ request }) => {
      const response = await getResponse(pinned, request);
      clock.calls.push({ url: new URL(request.url), status: response?.status ?? 0 });
      return response;
    }),
    http.get('*/api/stories/:slug', ({ request }) => getResponse(pinned, request)),
  );
  return clock;
}
