// Lede's contract's part in index.html's early script: the story's URL and its header from the answer, as text.
import { renditionsFromJson } from '../../../lib/renditions';
import { safeImageSrc } from '../../../lib/safe-url';
import type { EarlySource, EarlyStory } from '../../source';
import { ledeStoryUrl } from './urls';

/** The header text and hero of a story response, or null when its shape is not one the page can trust. */
export function earlyStoryOf(value: unknown): EarlyStory | null {
  if (!value || typeof value !== 'object') return null;
  const story = value as Record<string, unknown>;
  const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  if (!text(story.headline) || (story.standfirst != null && typeof story.standfirst !== 'string') || !Array.isArray(story.byline)) return null;
  const byline: EarlyStory['header']['byline'] = [];
  for (const entry of story.byline as unknown[]) {
    const author = entry as Record<string, unknown> | null;
    if (!author || !text(author.name) || (author.role != null && typeof author.role !== 'string')) return null;
    byline.push({ name: author.name, ...(author.role ? { role: author.role as string } : {}) });
  }
  const hero = story.hero as Record<string, unknown> | null | undefined;
  const heroUrl = hero && typeof hero.url === 'string' ? safeImageSrc(hero.url) : null;
  return {
    header: { headline: story.headline, standfirst: (story.standfirst as string | undefined) ?? '', byline },
    hero: heroUrl
      ? {
          url: heroUrl,
          renditions: renditionsFromJson(hero?.renditions),
        }
      : null,
  };
}

export const ledeEarly: EarlySource = { storyUrl: ledeStoryUrl, storyOf: earlyStoryOf };
