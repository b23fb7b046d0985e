// The /api requests a first visit to the demo makes whose answers never change with the clock: what the demo build
// ships as its first-visit snapshot (build/demo-snapshot.ts, src/lib/demo-snapshot.ts). The changing story and the
// live stories follow the clock, so they are left to the mocks (in the page until the worker answers).
import { liveFixtureBySlug, stories, topics, VERSIONED_SLUG } from '#fixtures';

const followsTheClock = (slug: string) => slug === VERSIONED_SLUG || liveFixtureBySlug.has(slug);

/** Keys as src/lib/demo-snapshot.ts's snapshotKey makes them: path below /api, then the sorted query. */
export function firstVisitKeys(): string[] {
  return [
    '/front',
    '/hot-topics',
    '/popular?period=week',
    ...stories.flatMap((story) => [...(followsTheClock(story.slug) ? [] : [`/stories/${story.slug}`]), `/stories/${story.slug}/similar`]),
    ...topics.map((topic) => `/topics/${topic.slug}`),
  ];
}
