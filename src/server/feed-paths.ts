// Where the sitemaps and robots.txt live (the feeds' paths are the pages' own, model/page-meta.ts), which document a
// path names, and the absolute addresses the documents name on the site's public origin.
import { isSlug } from '../api/slug';
import { isSafeHref } from '../lib/safe-url';
import { FEED_PATH } from '../model/page-meta';

export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/sitemaps/news.xml';
export const ROBOTS_PATH = '/robots.txt';
export const storySitemapPath = (number: number): string => `/sitemaps/stories-${number}.xml`;
export const storyPath = (slug: string): string => `/story/${encodeURIComponent(slug)}`;
export const topicPath = (slug: string): string => `/topic/${encodeURIComponent(slug)}`;

/** What a path asks for; `topic-feed` with a null slug and `stories` with a null number name nothing that exists. */
export type FeedRoute =
  | { kind: 'feed' | 'sitemap-index' | 'news-sitemap' | 'robots' }
  | { kind: 'topic-feed'; slug: string | null }
  | { kind: 'story-sitemap'; number: number | null };

const TOPIC_FEED = /^\/topic\/([^/]+)\/feed\.xml$/;
const STORY_SITEMAP = /^\/sitemaps\/stories-([^/]+)\.xml$/;

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The document `pathname` names, or null when it is none of the feeds' paths. */
export function feedRouteOf(pathname: string): FeedRoute | null {
  if (pathname === FEED_PATH) return { kind: 'feed' };
  if (pathname === SITEMAP_INDEX_PATH) return { kind: 'sitemap-index' };
  if (pathname === NEWS_SITEMAP_PATH) return { kind: 'news-sitemap' };
  if (pathname === ROBOTS_PATH) return { kind: 'robots' };
  const topic = TOPIC_FEED.exec(pathname);
  if (topic) {
    const slug = decoded(topic[1] ?? '');
    return { kind: 'topic-feed', slug: slug !== null && isSlug(slug) ? slug : null };
  }
  const stories = STORY_SITEMAP.exec(pathname);
  if (stories) {
    // One spelling per file: `stories-1`, never `stories-01` or `stories-1e0`.
    const number = Number(stories[1]);
    return { kind: 'story-sitemap', number: Number.isSafeInteger(number) && number >= 1 && String(number) === stories[1] ? number : null };
  }
  return null;
}

/** The public origin the documents' addresses start with; anything but an http(s) origin is a setup mistake. */
export function siteOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`The feeds' origin must be http(s): ${origin}`);
  return url.origin;
}

/** `path` (root-relative) as an absolute URL on `origin`, or null when it is not a safe one. */
export function safeSiteUrl(origin: string, path: string): string | null {
  if (!path.startsWith('/') || !isSafeHref(path)) return null;
  const url = new URL(path, origin);
  return url.origin === origin ? url.href : null;
}
