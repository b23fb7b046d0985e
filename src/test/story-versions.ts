// Pins the demo's changing story (mocks/fixtures/story-versions.ts) to one version in Vitest, through its test switch
// as the handlers read it, and records each request for it, so tests can change the version and read what was asked.
import * as v from 'valibot';
import { getResponse, http, HttpResponse } from 'msw';
import { storyVersions, VERSIONED_SLUG } from '../../mocks/fixtures/story-versions';
import { contentHandlers } from '../../mocks/handlers/content';
import { server } from '../../mocks/node';
import { StorySchema, type Story } from '../api/story';

export { VERSIONED_SLUG };

export interface StoryCall {
  /** Date.now() when the request came (a fake clock's, under fake timers). */
  at: number;
  /** The If-None-Match it carried. */
  etag: string | null;
  /** 0 when it was answered with a network error. */
  status: number;
}

export function pinStoryVersion(index: number) {
  const pin = { index, unreachable: false, calls: [] as StoryCall[] };
  // Read per request, so a test can change the version (or cut the network) by changing `pin`.
  const pinned = contentHandlers(() => ({ storyVersion: pin.index }));
  server.use(
    http.get(`*/api/stories/${VERSIONED_SLUG}`, async ({ request }) => {
      const response = pin.unreachable ? HttpResponse.error() : await getResponse(pinned, request);
      pin.calls.push({ at: Date.now(), etag: request.headers.get('if-none-match'), status: pin.unreachable ? 0 : (response?.status ?? 0) });
      return response;
    }),
  );
  return pin;
}

/** A version of the changing story as the app holds it. */
export function storyVersion(index: number): Story {
  return v.parse(StorySchema, storyVersions[index]);
}
