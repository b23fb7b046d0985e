// The early story script's WordPress adapter: the same post request the app makes, and its header as plain text.
import { safeImageSrc } from '../../../lib/safe-url';
import type { EarlySource, EarlyStory } from '../../source';
import { decodeEntities, htmlToText } from './decode-entities';
import { ledeImageUrl } from './links';
import { featuredMedia, firstPost, jsonRecord, rendered, type Json } from './loose-post';
import { mediaRenditions } from './media-renditions';
import { storyStandfirst } from './standfirst';
import { wordpressSiteOf, wordpressStoryUrl } from './urls';

type EarlyHero = NonNullable<EarlyStory['hero']>;

/** An absolute http(s) address: without the site, a relative one would resolve against the app, not WordPress. */
function absoluteImageUrl(src: string): string | null {
  const safe = safeImageSrc(src);
  return safe && /^https?:\/\//i.test(safe) ? safe : null;
}

/** The featured image and its renditions, as the app's mapper keeps them (featured-image.ts). */
function heroOf(post: Json, siteUrl: string | null): EarlyHero | null {
  const media = featuredMedia(post);
  const address = siteUrl ? (src: string) => ledeImageUrl(src, siteUrl) : absoluteImageUrl;
  const url = media ? address(media.original.source_url) : null;
  return media && url ? { url, renditions: mediaRenditions(media.original, media.sizes, address) } : null;
}

/**
 * The header of the first post of `posts?slug=…&_embed`, text only; null for anything else (the app then shows it).
 * `restBase`, the REST root the post came from, names the site relative photo addresses resolve against.
 */
export function wordpressEarlyStoryOf(value: unknown, restBase?: string): EarlyStory | null {
  const post = firstPost(value);
  if (!post) return null;
  const headline = htmlToText(rendered(post.title));
  if (!headline) return null;
  const authors = jsonRecord(post._embedded)?.author;
  const byline = (Array.isArray(authors) ? authors : []).flatMap((author) => {
    const name = jsonRecord(author)?.name;
    const text = typeof name === 'string' ? decodeEntities(name).trim() : '';
    return text ? [{ name: text }] : [];
  });
  const standfirst = storyStandfirst(rendered(post.excerpt), rendered(post.content));
  return { header: { headline, standfirst, byline }, hero: heroOf(post, restBase === undefined ? null : wordpressSiteOf(restBase)) };
}

export const wordpressEarly: EarlySource = { storyUrl: wordpressStoryUrl, storyOf: wordpressEarlyStoryOf };
