// Named failure scenarios for the mock API, for tests only: Vitest answers with `scenarioResponse` (server.use), and
// Playwright switches them on with a test switch in the builds that carry `scenarioHandler` (mocks/demo-handlers.ts;
// the public demo has no test switches).
import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import type { SwitchReader } from '../test-switches';
import { API } from './api-path';

export const SCENARIOS = [
  'server-error',
  'unavailable',
  'timeout',
  'slow',
  'invalid-json',
  'wrong-shape',
  'missing-optional',
  'empty-lists',
  'offline',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Which endpoints a scenario hits; `all` is every /api request. */
export const TARGETS = {
  all: /\/api\//,
  front: /\/api\/front$/,
  story: /\/api\/stories\/[^/]+$/,
  similar: /\/api\/stories\/[^/]+\/similar$/,
  posts: /\/api\/stories\/[^/]+\/posts$/,
  popular: /\/api\/popular$/,
  'hot-topics': /\/api\/hot-topics$/,
  topic: /\/api\/topics\//,
  archive: /\/api\/archive$/,
  search: /\/api\/search$/,
} as const;
export type ScenarioTarget = keyof typeof TARGETS;

export const SLOW_MS = 3_000;
export const RETRY_AFTER_SECONDS = 30;

const OPTIONAL_FIELDS = new Set([
  'standfirst',
  'updatedAt',
  'hero',
  'updates',
  'standfirst',
  'thumbnail',
  'caption',
  'credit',
  'renditions',
  'description',
  'role',
  'attribution',
  'marks',
  'period',
]);

function stripOptional(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripOptional);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !OPTIONAL_FIELDS.has(key))
        .map(([key, inner]) => [key, stripOptional(inner)]),
    );
  }
  return value;
}

function emptyLists(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, key === 'items' || key === 'topStories' || key === 'hotTopics' ? [] : inner]),
    );
  }
  return value;
}

async function transformed(content: HttpHandler[], request: Request, transform: (body: unknown) => unknown): Promise<Response | undefined> {
  const real = await getResponse(content, request);
  if (!real || !real.ok) return real;
  return HttpResponse.json(transform(await real.json()) as never, { status: real.status });
}

/** The response for `scenario`, or undefined to fall through to the normal handlers; `content` answers it normally. */
export async function scenarioResponse(scenario: Scenario, request: Request, content: HttpHandler[]): Promise<Response | undefined> {
  switch (scenario) {
    case 'server-error':
      return HttpResponse.json({ error: 'internal', message: 'Scenario: server error' }, { status: 500 });
    case 'unavailable':
      return HttpResponse.json({ error: 'unavailable' }, { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } });
    case 'timeout':
      await delay('infinite');
      return undefined;
    case 'slow':
      await delay(SLOW_MS);
      return getResponse(content, request);
    case 'invalid-json':
      return new HttpResponse('{"headline": "cut off', { headers: { 'content-type': 'application/json' } });
    case 'wrong-shape':
      return HttpResponse.json({ headline: 42, items: 'not a list', topStories: { nope: true } });
    case 'missing-optional':
      return transformed(content, request, stripOptional);
    case 'empty-lists':
      return transformed(content, request, emptyLists);
    case 'offline':
      return HttpResponse.error();
    default: {
      const never: never = scenario;
      throw new Error(`Unknown scenario ${String(never)}`);
    }
  }
}

/**
 * Applies the scenario a request's test switches name to the requests its target matches; others fall through
 * untouched to `content`. A function, so that a build which never calls it leaves the whole switch out.
 */
export function scenarioHandler(switchesOf: SwitchReader, content: HttpHandler[]): HttpHandler {
  return http.all(`${API}/*`, async ({ request, cookies }) => {
    const scenario = switchesOf(cookies).scenario;
    if (!scenario || !TARGETS[scenario.target].test(new URL(request.url).pathname)) return undefined;
    return scenarioResponse(scenario.name, request, content);
  });
}
