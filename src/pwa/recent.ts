// Recently read stories, remembered locally so the offline page can offer them.
import { readStoredJson, writeStored } from '../lib/storage';

export interface RecentStory {
  slug: string;
  headline: string;
  readAt: string;
}

const KEY = 'lede:recent';
const MAX = 20;

export function listRecentStories(): RecentStory[] {
  const parsed = readStoredJson(KEY, []);
  return Array.isArray(parsed)
    ? parsed.filter(
        (item): item is RecentStory => typeof item?.slug === 'string' && typeof item?.headline === 'string' && typeof item?.readAt === 'string',
      )
    : [];
}

export function rememberRead(story: { slug: string; headline: string }): void {
  const rest = listRecentStories().filter((item) => item.slug !== story.slug);
  writeStored(KEY, JSON.stringify([{ slug: story.slug, headline: story.headline, readAt: new Date().toISOString() }, ...rest].slice(0, MAX)));
}
