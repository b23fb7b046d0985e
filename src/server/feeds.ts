// The feeds, sitemaps and robots.txt over a ContentSource: as HTTP answers (the render server) and as files (the
// static demo's build). Pure: no DOM, no clock but the `now` it is given, no state between calls.
import { isContentError, isNotFound } from '../api/errors';
import type { ContentSource } from '../api/source';
import type { Summary } from '../api/summary';
import { FEED_PATH, topicFeedPath } from '../model/page-meta';
import { feedRouteOf, NEWS_SITEMAP_PATH, ROBOTS_PATH, SITEMAP_INDEX_PATH, siteOrigin, storySitemapPath, type FeedRoute } from './feed-paths';
import { FEED_SIZE, latestFeed, topicFeed } from './feed-rss';
import {
  newsSitemap,
  NEWS_WINDOW_MS,
  robotsTxt,
  sitemapIndex,
  storiesOfSitemap,
  storySitemap,
  storySitemapCount,
  STORIES_PER_SITEMAP,
} from './feed-sitemaps';
import { reachesBack, walkArchive, type WalkBounds } from './feed-walk';

export interface FeedOptions {
  /** The news sitemap's "now" (its 48 hours end here); the clock's by default. */
  now?: Date;
  /** How long one document may take, all its requests together; past it the answer is a 503. */
  deadlineMs?: number;
  /** The most archive pages (of 100 stories) one document reads; older stories are left out of the sitemaps. */
  maxPages?: number;
  /** Stories per story sitemap (the protocol allows 50,000). */
  storiesPerSitemap?: number;
  /** Told of every failure answered with a 503 (the server logs it). */
  onError?: (error: unknown) => void;
}

export interface FeedFile {
  /** The URL path (`/feed.xml`, `/topic/<slug>/feed.xml`, …), also the file's place under the build's folder. */
  path: string;
  body: string;
  type: string;
}

export const RSS_TYPE = 'application/rss+xml; charset=utf-8';
export const XML_TYPE = 'application/xml; charset=utf-8';
export const TEXT_TYPE = 'text/plain; charset=utf-8';
export const FEED_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600';

/** As long as a render server should hold a request; a sitemap of 1,000 pages (100,000 stories) has 20 ms a page. */
export const FEED_DEADLINE_MS = 20_000;
/** 200,000 stories: a bigger archive's oldest stories are left out of the sitemaps (docs/feeds.md). */
export const MAX_ARCHIVE_PAGES = 2_000;
/** Seconds a crawler is asked to wait after a 503 when the source named no time of its own. */
const RETRY_AFTER_SECONDS = 60;

type FeedDocument = Omit<FeedFile, 'path'>;

interface Settings {
  source: ContentSource;
  origin: string;
  now: Date;
  bounds: WalkBounds;
  perFile: number;
}

function settingsOf(source: ContentSource, origin: string, options: FeedOptions): Settings {
  return {
    source,
    origin: siteOrigin(origin),
    now: options.now ?? new Date(),
    bounds: { signal: AbortSignal.timeout(options.deadlineMs ?? FEED_DEADLINE_MS), maxPages: options.maxPages ?? MAX_ARCHIVE_PAGES },
    perFile: options.storiesPerSitemap ?? STORIES_PER_SITEMAP,
  };
}

const rss = (body: string): FeedDocument => ({ body, type: RSS_TYPE });
const xml = (body: string): FeedDocument => ({ body, type: XML_TYPE });

/** The topic's feed, or null when the source knows no such topic. */
async function topicDocument({ source, origin, bounds }: Settings, slug: string): Promise<FeedDocument | null> {
  try {
    const options = { signal: bounds.signal };
    const [topic, page] = await Promise.all([source.fetchTopic(slug, options), source.fetchTopicStories(slug, { limit: FEED_SIZE }, options)]);
    return rss(topicFeed(topic, page.items, origin));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** The document `route` names, or null for one that does not exist (an unknown topic, a story sitemap past the last). */
async function documentFor(route: FeedRoute, settings: Settings): Promise<FeedDocument | null> {
  const { source, origin, now, bounds, perFile } = settings;
  switch (route.kind) {
    case 'feed':
      return rss(latestFeed((await source.fetchArchivePage(null, { limit: FEED_SIZE }, { signal: bounds.signal })).items, origin));
    case 'topic-feed':
      return route.slug === null ? null : topicDocument(settings, route.slug);
    case 'sitemap-index':
      return xml(sitemapIndex((await walkArchive(source, bounds)).stories, perFile, origin));
    case 'story-sitemap': {
      if (route.number === null) return null;
      const wanted = route.number * perFile;
      const part = storiesOfSitemap((await walkArchive(source, bounds, (stories) => stories.length >= wanted)).stories, route.number, perFile);
      return part ? xml(storySitemap(part, origin)) : null;
    }
    case 'news-sitemap':
      return xml(newsSitemap((await walkArchive(source, bounds, reachesBack(now.getTime() - NEWS_WINDOW_MS))).stories, now, origin));
    case 'robots':
      return { body: robotsTxt(origin), type: TEXT_TYPE };
    default: {
      const never: never = route;
      throw new Error(`Unknown feed route ${String(never)}`);
    }
  }
}

const text = (status: number, body: string, headers: Record<string, string>) =>
  new Response(body, { status, headers: { 'content-type': TEXT_TYPE, ...headers } });

/**
 * The answer for `url` when it names one of the feeds, sitemaps or robots.txt; null for any other path. An unknown
 * topic or story sitemap is a 404; a source that fails or misses the deadline is a 503 with Retry-After, never a throw.
 * `origin` is the site's public origin (the documents' addresses start with it); one that is not http(s) throws.
 */
export async function feedResponse(url: URL, source: ContentSource, origin: string, options: FeedOptions = {}): Promise<Response | null> {
  const route = feedRouteOf(url.pathname);
  if (!route) return null;
  const settings = settingsOf(source, origin, options);
  try {
    const document = await documentFor(route, settings);
    if (!document) return text(404, 'Not found\n', { 'cache-control': 'public, max-age=60' });
    return new Response(document.body, { status: 200, headers: { 'content-type': document.type, 'cache-control': FEED_CACHE_CONTROL } });
  } catch (error) {
    options.onError?.(error);
    const retryAfter = isContentError(error) && error.retryAfter !== undefined ? error.retryAfter : RETRY_AFTER_SECONDS;
    return text(503, 'The news service is not answering; try again later.\n', { 'retry-after': String(retryAfter), 'cache-control': 'no-store' });
  }
}

/** Each topic once, in the order first seen. */
const topicSlugsOf = (stories: Summary[], hot: Array<{ slug: string }>): string[] => [
  ...new Set([...hot.map((topic) => topic.slug), ...stories.map((story) => story.topic.slug)]),
];

/**
 * Every document as a file, for a static host (the demo's build): the latest stories' feed, a feed for every topic
 * the archive or the hot topics name, the sitemap index, every story sitemap, the news sitemap up to `now`, and
 * robots.txt. Reads the archive once. A failure rejects: a build fails rather than ship feeds made of half an answer.
 */
export async function feedFiles(
  source: ContentSource,
  origin: string,
  now: Date,
  options: Omit<FeedOptions, 'now' | 'onError'> = {},
): Promise<FeedFile[]> {
  const settings = settingsOf(source, origin, { ...options, now });
  const { bounds, perFile } = settings;
  const [archive, hot] = await Promise.all([walkArchive(source, bounds), source.fetchHotTopics({ signal: bounds.signal })]);
  const stories = archive.stories;
  const topicFiles = await Promise.all(
    topicSlugsOf(stories, hot).map(async (slug): Promise<FeedFile | null> => {
      const document = await topicDocument(settings, slug);
      return document && { path: topicFeedPath(slug), ...document };
    }),
  );
  const storyFiles = Array.from({ length: storySitemapCount(stories.length, perFile) }, (_, index) => ({
    path: storySitemapPath(index + 1),
    ...xml(storySitemap(storiesOfSitemap(stories, index + 1, perFile) ?? [], settings.origin)),
  }));
  return [
    { path: FEED_PATH, ...rss(latestFeed(stories, settings.origin)) },
    ...topicFiles.filter((file): file is FeedFile => file !== null),
    { path: SITEMAP_INDEX_PATH, ...xml(sitemapIndex(stories, perFile, settings.origin)) },
    ...storyFiles,
    { path: NEWS_SITEMAP_PATH, ...xml(newsSitemap(stories, now, settings.origin)) },
    { path: ROBOTS_PATH, body: robotsTxt(settings.origin), type: TEXT_TYPE },
  ];
}
