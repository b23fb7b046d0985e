// Lede's contract's part in index.html's early script: the story's and the front page's URLs, and from their answers
// what the script paints (header text, the lead's headline, photos), read as plain values: never markup.
import { renditionsFromJson } from '../../../lib/renditions';
import { safeImageSrc } from '../../../lib/safe-url';
import { isSlug } from '../../slug';
import type { EarlyFront, EarlyImage, EarlySource, EarlyStory } from '../../source';
import { ledeFrontUrl, ledeStoryUrl } from './urls';

type Json = Record<string, unknown>;

const record = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const pixels = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
/** An optional string field: absent, or a string (anything else makes the object one the page cannot trust). */
const optionalText = (v: unknown) => v == null || typeof v === 'string';

/** A photo as the contract's Image has it; null when it is missing, has no safe address or no size. */
export function earlyImageOf(value: unknown): EarlyImage | null {
  const image = record(value);
  const url = image && typeof image.url === 'string' ? safeImageSrc(image.url) : null;
  if (!image || !url || !pixels(image.width) || !pixels(image.height) || typeof image.alt !== 'string') return null;
  return { url, width: image.width, height: image.height, alt: image.alt, renditions: renditionsFromJson(image.renditions) };
}

/** The header text and hero of a story response, or null when its shape is not one the page can trust. */
export function earlyStoryOf(value: unknown): EarlyStory | null {
  const story = record(value);
  if (!story || !text(story.headline) || !optionalText(story.standfirst) || !Array.isArray(story.byline)) return null;
  const byline: EarlyStory['header']['byline'] = [];
  for (const entry of story.byline as unknown[]) {
    const author = record(entry);
    if (!author || !text(author.name) || !optionalText(author.role)) return null;
    byline.push({ name: author.name, ...(author.role ? { role: author.role as string } : {}) });
  }
  return {
    header: { headline: story.headline, standfirst: (story.standfirst as string | undefined) ?? '', byline },
    hero: earlyImageOf(story.hero),
    notes: Array.isArray(story.updates) && story.updates.length > 0,
  };
}

/** The front page's lead story and hot topics, or null when the answer's shape is not one the page can trust. */
export function earlyFrontOf(value: unknown): EarlyFront | null {
  const front = record(value);
  const topics = front?.hotTopics;
  if (!front || !Array.isArray(front.topStories) || !Array.isArray(topics)) return null;
  const hotTopics = topics.map((topic) => record(topic)?.slug);
  if (!hotTopics.every(text)) return null;
  const first = front.topStories[0];
  if (first === undefined) return { hotTopics, lead: null };
  const lead = record(first);
  if (!lead || typeof lead.slug !== 'string' || !isSlug(lead.slug) || !text(lead.headline) || !optionalText(lead.standfirst)) return null;
  return {
    hotTopics,
    lead: {
      slug: lead.slug,
      headline: lead.headline,
      standfirst: (lead.standfirst as string | undefined) ?? '',
      photo: earlyImageOf(lead.thumbnail),
    },
  };
}

export const ledeEarly: EarlySource = {
  storyUrl: ledeStoryUrl,
  storyOf: earlyStoryOf,
  front: { url: ledeFrontUrl, of: earlyFrontOf },
};
