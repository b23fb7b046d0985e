// The early story script's WordPress adapter: the same post request the app makes, and its header as plain text.
import { safeImageSrc } from '../../../lib/safe-url';
import type { EarlyImage, EarlySource, EarlyStory } from '../../source';
import { decodeEntities, htmlToText } from './decode-entities';
import { ledeImageUrl } from './links';
import { featuredMedia, firstPost, jsonRecord, rendered, type Json } from './loose-post';
import { mediaRenditions } from './media-renditions';
import { storyStandfirst } from './standfirst';
import { wordpressSiteOf, wordpressStoryUrl } from './urls';

/** An absolute http(s) address: without the site, a relative one would resolve against the app, not WordPress. */
function absoluteImageUrl(src: string): string | null {
  const safe = safeImageSrc(src);
  return safe && /^https?:\/\//i.test(safe) ? safe : null;
}

/** The featured image as the app's mapper keeps it (featured-image.ts): an image with a size, its renditions and alt. */
function heroOf(post: Json, siteUrl: string | null): EarlyImage | null {
  const media = featuredMedia(post);
  const embedded = jsonRecord(post._embedded)?.['wp:featuredmedia'];
  const fields = Array.isArray(embedded) ? jsonRecord(embedded[0]) : null;
  const address = siteUrl ? (src: string) => ledeImageUrl(src, siteUrl) : absoluteImageUrl;
  // Only an image is a hero (a featured video or file is not: imageFromMedia).
  const url = media && fields?.media_type === 'image' ? address(media.original.source_url) : null;
  if (!media || !url) return null;
  const alt = typeof fields?.alt_text === 'string' ? decodeEntities(fields.alt_text).trim() : '';
  return { url, width: media.original.width, height: media.original.height, alt, renditions: mediaRenditions(media.original, media.sizes, address) };
}

/** A paragraph that may be an update note ("Update …: …"), which the app shows as a banner above the photo. */
const MAY_BE_UPDATE_NOTE = /<p\b[^>]*>\s*(?:<[a-z]+\b[^>]*>\s*)*updated?\b/i;

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
  const notes = MAY_BE_UPDATE_NOTE.test(rendered(post.content));
  return { header: { headline, standfirst, byline }, hero: heroOf(post, restBase === undefined ? null : wordpressSiteOf(restBase)), notes };
}

export const wordpressEarly: EarlySource = { storyUrl: wordpressStoryUrl, storyOf: wordpressEarlyStoryOf };
