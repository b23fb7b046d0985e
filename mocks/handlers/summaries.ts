// Builds the list payloads (summaries, similar, popular) from the fixture stories.
import type { StoryInput } from '../../src/api/story';
import type { SummaryInput } from '../../src/api/summary';

export function toSummary(story: StoryInput): SummaryInput {
  const [topic] = story.topics;
  if (!topic) throw new Error(`Fixture story ${story.slug} has no topic`);
  return {
    slug: story.slug,
    headline: story.headline,
    standfirst: story.standfirst ?? '',
    publishedAt: story.publishedAt,
    updatedAt: story.updatedAt ?? null,
    topic,
    thumbnail: story.hero ?? null,
  };
}

/** Stories sharing the most topics with `story`, newest first among equals. */
export function similarTo(story: StoryInput, all: readonly StoryInput[], limit = 4): SummaryInput[] {
  const mine = new Set(story.topics.map((topic) => topic.slug));
  return all
    .filter((other) => other.slug !== story.slug)
    .map((other) => ({ other, shared: other.topics.filter((topic) => mine.has(topic.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || Date.parse(b.other.publishedAt) - Date.parse(a.other.publishedAt))
    .slice(0, limit)
    .map(({ other }) => toSummary(other));
}
