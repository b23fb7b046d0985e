// MSW handlers for every content endpoint, served from the fixtures (browser worker, Node server, demo), given how
// to read each request's test switches where tests run (mocks/test-switches.ts), so they never read a cookie themselves.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { hotTopicSlugs, liveFixtureBySlug, popularSlugs, stories, topics, VERSIONED_SLUG } from '#fixtures';
import { API } from './api-path';
import { archiveHandlers, generatedStory } from './archive';
import { liveHandlers, liveStory } from './live';
import { similarTo, toSummary } from './summaries';
import { versionedStory } from './versions';
import type { SwitchReader } from '../test-switches';

const bySlug = new Map(stories.map((story) => [story.slug, story]));
const topicBySlug = new Map(topics.map((topic) => [topic.slug, topic]));

const notFound = (what: string) => HttpResponse.json({ error: 'not_found', message: `${what} not found` }, { status: 404 });

/**
 * Every content endpoint of the fixtures; `switchesOf` gives each request's test switches where tests run (none in the
 * public demo). The places tests run add the generated live story (mocks/handlers/generated-live.ts).
 */
export const contentHandlers = (switchesOf?: SwitchReader): HttpHandler[] => [
  http.get(`${API}/front`, () =>
    HttpResponse.json({
      topStories: stories.slice(0, 13).map(toSummary),
      hotTopics: hotTopicSlugs.flatMap((slug) => {
        const topic = topicBySlug.get(slug);
        return topic ? [{ slug: topic.slug, name: topic.name }] : [];
      }),
    }),
  ),

  http.get(`${API}/hot-topics`, () =>
    HttpResponse.json({
      items: hotTopicSlugs.flatMap((slug) => {
        const topic = topicBySlug.get(slug);
        return topic ? [{ slug: topic.slug, name: topic.name }] : [];
      }),
    }),
  ),

  // A slug is a fixture story or one of the generated archive's (built on demand, so every archive link opens).
  http.get(`${API}/stories/:slug`, ({ params, request, cookies }) => {
    const slug = String(params.slug);
    const switches = switchesOf?.(cookies);
    // The demo story that changes over time (live updates, "changed since your last visit").
    if (slug === VERSIONED_SLUG) return versionedStory(request, switches);
    // Live coverage: updatedAt and key points follow the fixture clock, like its posts.
    const live = liveFixtureBySlug.get(slug);
    if (live) return liveStory(live, switches);
    const story = bySlug.get(slug) ?? generatedStory(switches, slug);
    return story ? HttpResponse.json(story) : notFound('Story');
  }),

  http.get(`${API}/stories/:slug/similar`, ({ params, cookies }) => {
    const slug = String(params.slug);
    const switches = switchesOf?.(cookies);
    const story = bySlug.get(slug) ?? generatedStory(switches, slug) ?? liveFixtureBySlug.get(slug)?.story;
    return story ? HttpResponse.json({ items: similarTo(story, stories) }) : notFound('Story');
  }),

  http.get(`${API}/popular`, () =>
    HttpResponse.json({
      period: 'week',
      items: popularSlugs.flatMap((slug) => {
        const story = bySlug.get(slug);
        return story ? [toSummary(story)] : [];
      }),
    }),
  ),

  http.get(`${API}/topics`, () => HttpResponse.json({ items: topics })),

  http.get(`${API}/topics/:slug`, ({ params }) => {
    const topic = topicBySlug.get(String(params.slug));
    return topic ? HttpResponse.json(topic) : notFound('Topic');
  }),

  ...liveHandlers(switchesOf),
  ...archiveHandlers(switchesOf),
];
