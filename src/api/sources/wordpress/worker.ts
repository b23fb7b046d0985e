// A WordPress site as the app worker sees it: which REST requests are stories and lists, and the photos of a post
// response. The worker has no DOM, so a post's <img> tags are read with patterns; a miss only means a photo is not
// prefetched.
import type { ContentSourceWorker, SourceRequestKind } from '../../source-worker';
import { parseSrcset } from './figures';
import { ledeImageUrl } from './links';
import { isWordPressRestUrl, isWordPressStoryUrl, wordpressPermalinks, wordpressRestBase, type WordPressPermalinks } from './urls';

export interface WordPressWorkerSettings {
  /** VITE_WORDPRESS_URL: the site, whose origin serves the REST API and the uploads. */
  siteUrl: string;
  permalinks: WordPressPermalinks;
  /** VITE_IMAGE_ORIGINS, as origins (a Jetpack/Photon CDN). */
  imageOrigins: readonly string[];
}

type Json = Record<string, unknown>;

const record = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);

/** Attribute values are HTML-escaped: `&amp;` in a URL's query is `&`. */
const unescape = (value: string) => value.replace(/&amp;|&#0?38;/g, '&');

/** The smallest size of the featured image and of every photo in the body, resolved against the site. */
export function wordpressStoryImages(response: unknown, siteUrl: string): string[] {
  const post = Array.isArray(response) ? record(response[0]) : null;
  if (!post) return [];
  const urls: Array<string | null> = [];
  const embedded = record(post._embedded);
  const media = Array.isArray(embedded?.['wp:featuredmedia']) ? record(embedded['wp:featuredmedia'][0]) : null;
  const sizes = Object.values(record(record(media?.media_details)?.sizes) ?? {})
    .map(record)
    .filter((size): size is Json => typeof size?.source_url === 'string' && typeof size.width === 'number' && size.width >= 300)
    .sort((a, b) => (a.width as number) - (b.width as number));
  const hero = (sizes[0]?.source_url as string | undefined) ?? (typeof media?.source_url === 'string' ? media.source_url : undefined);
  if (hero) urls.push(ledeImageUrl(hero, siteUrl));
  const html = record(post.content)?.rendered;
  for (const [tag] of typeof html === 'string' ? html.matchAll(/<img\b[^>]*>/gi) : []) {
    const attribute = (name: string) => {
      const value = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
      return value === undefined ? undefined : unescape(value);
    };
    const src = attribute('src');
    urls.push(parseSrcset(attribute('srcset') ?? '', siteUrl)[0]?.url ?? (src === undefined ? null : ledeImageUrl(src, siteUrl)));
  }
  return [...new Set(urls.filter((url): url is string => url !== null))];
}

export function wordpressWorker({ siteUrl, permalinks, imageOrigins }: WordPressWorkerSettings): ContentSourceWorker {
  const restBase = wordpressRestBase(siteUrl, permalinks);
  return {
    requestKind: (url): SourceRequestKind | null => (!isWordPressRestUrl(url, restBase) ? null : isWordPressStoryUrl(url) ? 'story' : 'list'),
    storyImages: (response) => wordpressStoryImages(response, siteUrl),
    imageOrigins: [new URL(siteUrl).origin, ...imageOrigins],
    // The query names a WordPress story (`posts?slug=…`): a saved copy answers only its own.
    savedCopyIgnoresSearch: false,
  };
}

/** The worker of this build's WordPress site (VITE_WORDPRESS_URL, VITE_WORDPRESS_PERMALINKS). */
export function wordpressWorkerOfBuild(imageOrigins: readonly string[]): ContentSourceWorker {
  const siteUrl = import.meta.env.VITE_WORDPRESS_URL ?? '';
  return wordpressWorker({ siteUrl, permalinks: wordpressPermalinks(import.meta.env.VITE_WORDPRESS_PERMALINKS), imageOrigins });
}
