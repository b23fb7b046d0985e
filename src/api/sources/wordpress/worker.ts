// A WordPress site as the app worker sees it: which REST requests are stories and lists, and the photos of a post
// response. The worker has no DOM, so a post's <img> tags are read with patterns; a miss only means a photo is not
// prefetched.
import type { ContentSourceWorker, SourceRequestKind } from '../../source-worker';
import { srcsetRenditions } from './figures';
import { ledeImageUrl } from './links';
import { featuredMedia, firstPost, rendered } from './loose-post';
import { mediaRenditions } from './media-renditions';
import {
  formerWordPressStoryUrl,
  isWordPressRestUrl,
  isWordPressStoryUrl,
  wordpressPermalinks,
  wordpressRestBase,
  type WordPressPermalinks,
} from './urls';

export interface WordPressWorkerSettings {
  /** VITE_WORDPRESS_URL: the site, whose origin serves the REST API and the uploads. */
  siteUrl: string;
  permalinks: WordPressPermalinks;
  /** VITE_IMAGE_ORIGINS, as origins (a Jetpack/Photon CDN). */
  imageOrigins: readonly string[];
}

/** Attribute values are HTML-escaped: `&amp;` in a URL's query is `&`. */
const unescape = (value: string) => value.replace(/&amp;|&#0?38;/g, '&');

/** The smallest rendition of the featured image and of every photo in the body, resolved against the site. */
export function wordpressStoryImages(response: unknown, siteUrl: string): string[] {
  const post = firstPost(response);
  if (!post) return [];
  const address = (src: string) => ledeImageUrl(src, siteUrl);
  const urls: Array<string | null> = [];
  const media = featuredMedia(post);
  if (media) urls.push(mediaRenditions(media.original, media.sizes, address)[0]?.url ?? null);
  for (const [tag] of rendered(post.content).matchAll(/<img\b[^>]*>/gi)) {
    const attribute = (name: string) => {
      const value = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
      return value === undefined ? undefined : unescape(value);
    };
    const src = attribute('src');
    urls.push(srcsetRenditions(attribute('srcset') ?? '', siteUrl)[0]?.url ?? (src === undefined ? null : address(src)));
  }
  return [...new Set(urls.filter((url): url is string => url !== null))];
}

export function wordpressWorker({ siteUrl, permalinks, imageOrigins }: WordPressWorkerSettings): ContentSourceWorker {
  const restBase = wordpressRestBase(siteUrl, permalinks);
  const requestKind = (url: URL): SourceRequestKind | null =>
    !isWordPressRestUrl(url, restBase) ? null : isWordPressStoryUrl(url) ? 'story' : 'list';
  return {
    requestKind,
    storyImages: (response) => wordpressStoryImages(response, siteUrl),
    imageOrigins: [new URL(siteUrl).origin, ...imageOrigins],
    // The query names a WordPress story (`posts?slug=…`): a saved copy answers only its own.
    savedCopyIgnoresSearch: false,
    formerStoryUrl: (url) => {
      const slug = url.searchParams.get('slug');
      return slug !== null && requestKind(url) === 'story' ? formerWordPressStoryUrl(restBase, slug) : null;
    },
  };
}

/** The worker of this build's WordPress site (VITE_WORDPRESS_URL, VITE_WORDPRESS_PERMALINKS). */
export function wordpressWorkerOfBuild(imageOrigins: readonly string[]): ContentSourceWorker {
  const siteUrl = import.meta.env.VITE_WORDPRESS_URL ?? '';
  return wordpressWorker({ siteUrl, permalinks: wordpressPermalinks(import.meta.env.VITE_WORDPRESS_PERMALINKS), imageOrigins });
}
