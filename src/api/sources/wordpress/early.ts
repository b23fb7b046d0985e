// The early story script's WordPress adapter: the same post request the app makes, and its header as plain text.
import { safeImageSrc } from '../../../lib/safe-url';
import type { EarlySource, EarlyStory } from '../../source';
import { decodeEntities, htmlToText } from './decode-entities';
import { storyStandfirst } from './standfirst';
import { wordpressStoryUrl } from './urls';

type EarlyHero = NonNullable<EarlyStory['hero']>;

type Json = Record<string, unknown>;

const record = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const rendered = (value: unknown): string => {
  const html = record(value)?.rendered;
  return typeof html === 'string' ? html : '';
};

/** The featured image and its renditions: the sizes with the original's proportions, as the app's mapper keeps them. */
function heroOf(media: Json | null): EarlyHero | null {
  const url = typeof media?.source_url === 'string' ? safeImageSrc(media.source_url) : null;
  const details = record(media?.media_details);
  const width = details?.width;
  const height = details?.height;
  if (!url || typeof width !== 'number' || typeof height !== 'number' || width < 1 || height < 1) return null;
  const renditions: EarlyHero['renditions'] = [];
  for (const size of [...Object.values(record(details?.sizes) ?? {}), { source_url: url, width, height }]) {
    const s = record(size);
    const src = typeof s?.source_url === 'string' ? safeImageSrc(s.source_url) : null;
    if (!src || typeof s?.width !== 'number' || typeof s.height !== 'number' || s.height < 1) continue;
    if (Math.abs(s.width / s.height - width / height) <= (width / height) * 0.02 && !renditions.some((r) => r.width === s.width))
      renditions.push({ url: src, width: s.width });
  }
  return { url, renditions: renditions.sort((a, b) => a.width - b.width) };
}

/** The header of the first post of `posts?slug=…&_embed`, text only; null for anything else (the app then shows it). */
export function wordpressEarlyStoryOf(value: unknown): EarlyStory | null {
  const post = Array.isArray(value) ? record(value[0]) : null;
  if (!post) return null;
  const headline = htmlToText(rendered(post.title));
  if (!headline) return null;
  const embedded = record(post._embedded);
  const authors = Array.isArray(embedded?.author) ? embedded.author : [];
  const byline = authors.flatMap((author) => {
    const name = record(author)?.name;
    return typeof name === 'string' && decodeEntities(name).trim() ? [{ name: decodeEntities(name).trim() }] : [];
  });
  const media = Array.isArray(embedded?.['wp:featuredmedia']) ? record(embedded['wp:featuredmedia'][0]) : null;
  return { header: { headline, standfirst: storyStandfirst(rendered(post.excerpt), rendered(post.content)), byline }, hero: heroOf(media) };
}

export const wordpressEarly: EarlySource = { storyUrl: wordpressStoryUrl, storyOf: wordpressEarlyStoryOf };
