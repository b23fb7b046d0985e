// MSW handlers for live coverage: the story at the fixture clock, and its posts (newest, delta with ETag/304, older).
import { http, HttpResponse, type HttpHandler } from 'msw';
import { liveFixtureBySlug } from '#fixtures';
import { clockOf, etagOf, newestPage, pageAfter, pageBefore, stateAt, storyAt, type LiveFixture } from '../fixtures/live-timeline';
import type { SwitchReader, TestSwitches } from '../test-switches';
import { API } from './api-path';

/** Seconds a client waits between polls; sent as `Cache-Control: max-age` (docs/api.md, "Live coverage"). */
export const POLL_SECONDS = 15;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** The story endpoint's answer for a live story: updatedAt and key points as of the fixture clock. */
export function liveStory(fixture: LiveFixture, switches: TestSwitches | undefined): Response {
  return HttpResponse.json(storyAt(fixture, clockOf(fixture, switches?.liveMinute, Date.now())));
}

const badRequest = (message: string) => HttpResponse.json({ error: 'bad_request', message }, { status: 400 });

/** The posts endpoint's answer for a live story: a page of its posts as of the fixture clock. */
export function livePosts(fixture: LiveFixture, request: Request, switches: TestSwitches | undefined): Response {
  const url = new URL(request.url);
  const after = url.searchParams.get('after');
  const before = url.searchParams.get('before');
  const rawLimit = url.searchParams.get('limit');
  const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) return badRequest('limit must be a whole number of at least 1');
  if (after !== null && before !== null) return badRequest('after and before cannot be combined');
  const state = stateAt(fixture, clockOf(fixture, switches?.liveMinute, Date.now()));
  const cacheControl = { 'cache-control': `max-age=${POLL_SECONDS}` };
  if (before !== null) {
    const page = pageBefore(fixture, state, before, Math.min(limit, MAX_LIMIT));
    return page ? HttpResponse.json(page, { headers: cacheControl }) : badRequest('before is not a cursor this API gave out');
  }
  // The ETag names the coverage's revision, so a poll that finds nothing new costs a 304 with no body.
  const headers = { ...cacheControl, etag: etagOf(fixture, state) };
  if (request.headers.get('if-none-match') === headers.etag) return new HttpResponse(null, { status: 304, headers });
  const page = after === null ? newestPage(fixture, state, Math.min(limit, MAX_LIMIT)) : pageAfter(fixture, state, after, Math.min(limit, MAX_LIMIT));
  return HttpResponse.json(page, { headers });
}

/** The posts endpoint of the fixtures' live stories; `switchesOf` gives each request's test switches where tests run. */
export const liveHandlers = (switchesOf: SwitchReader | undefined): HttpHandler[] => [
  http.get(`${API}/stories/:slug/posts`, ({ params, request, cookies }) => {
    const fixture = liveFixtureBySlug.get(String(params.slug));
    if (!fixture) return HttpResponse.json({ error: 'not_found', message: 'No live coverage for this story' }, { status: 404 });
    return livePosts(fixture, request, switchesOf?.(cookies));
  }),
];
