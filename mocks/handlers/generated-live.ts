// The generated live story of benches and scale tests (its size a test switch), served only where tests run: its
// handlers are in the test lists (mocks/handlers.ts, the e2e demo's), never the public demo's, which ships none of it.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { generatedLiveFixture, GENERATED_LIVE_SLUG } from '../fixtures/live-generator';
import { stories } from '#fixtures';
import type { SwitchReader } from '../test-switches';
import { API } from './api-path';
import { contentHandlers } from './content';
import { livePosts, liveStory } from './live';
import { similarTo } from './summaries';

const STORY = `${API}/stories/${GENERATED_LIVE_SLUG}`;

function generatedLiveHandlers(switchesOf: SwitchReader): HttpHandler[] {
  const fixtureOf = (cookies: Record<string, string>) => generatedLiveFixture(switchesOf(cookies).liveSize);
  return [
    http.get(STORY, ({ cookies }) => liveStory(fixtureOf(cookies), switchesOf(cookies))),
    http.get(`${STORY}/posts`, ({ request, cookies }) => livePosts(fixtureOf(cookies), request, switchesOf(cookies))),
    http.get(`${STORY}/similar`, ({ cookies }) => HttpResponse.json({ items: similarTo(fixtureOf(cookies).story, stories) })),
  ];
}

/** Every content endpoint as tests see it: each request's test switches read, and the generated live story there. */
export const switchedContentHandlers = (switchesOf: SwitchReader): HttpHandler[] => [
  ...generatedLiveHandlers(switchesOf),
  ...contentHandlers(switchesOf),
];
