// Sitemaps for search engines: the index, every story in files of at most 50,000, Google News's, and robots.txt.
import type { Summary } from '../api/summary';
import { PUBLICATION } from '../lib/publication';
import { safeSiteUrl, NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH, storyPath, storySitemapPath } from './feed-paths';
import { element, newest, textElement, w3cDateTime, xmlDocument, type Xml } from './feed-xml';

/** The sitemaps protocol's limit of URLs per file. */
export const STORIES_PER_SITEMAP = 50_000;
/** Google News takes stories published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
/** Google News reads at most this many URLs from one news sitemap. */
export const MAX_NEWS_STORIES = 1_000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** When a story last changed. */
const changedAt = (story: Summary): string => story.updatedAt ?? story.publishedAt;

/** How many story sitemaps `count` stories fill: always at least one, so the index never names nothing. */
export const storySitemapCount = (count: number, perFile: number): number => Math.max(1, Math.ceil(count / perFile));

/** Stories `number` (from 1) holds, or null when there is no such file. */
export function storiesOfSitemap(stories: Summary[], number: number, perFile: number): Summary[] | null {
  if (number < 1 || number > storySitemapCount(stories.length, perFile)) return null;
  return stories.slice((number - 1) * perFile, number * perFile);
}

/** `/sitemap.xml`: the story sitemaps (each with its newest change) and the news sitemap. */
export function sitemapIndex(stories: Summary[], perFile: number, origin: string): string {
  const entries: Xml[] = [];
  for (let number = 1; number <= storySitemapCount(stories.length, perFile); number += 1) {
    const loc = safeSiteUrl(origin, storySitemapPath(number));
    const part = storiesOfSitemap(stories, number, perFile) ?? [];
    const lastmod = newest(part.map(changedAt));
    if (loc) entries.push(element('sitemap', null, textElement('loc', loc), ...(lastmod ? [textElement('lastmod', w3cDateTime(lastmod))] : [])));
  }
  const news = safeSiteUrl(origin, NEWS_SITEMAP_PATH);
  if (news) entries.push(element('sitemap', null, textElement('loc', news)));
  return xmlDocument(element('sitemapindex', { xmlns: SITEMAP_NS }, ...entries));
}

/** A `<url>` for a story, with `extra` children; null when its address would not be a safe one. */
function storyEntry(story: Summary, origin: string, ...extra: Xml[]): Xml | null {
  const loc = safeSiteUrl(origin, storyPath(story.slug));
  return loc ? element('url', null, textElement('loc', loc), ...extra) : null;
}

const present = (entry: Xml | null): entry is Xml => entry !== null;

/** `/sitemaps/stories-<n>.xml`: each story's address and when it last changed. */
export function storySitemap(stories: Summary[], origin: string): string {
  const entries = stories.map((story) => storyEntry(story, origin, textElement('lastmod', w3cDateTime(changedAt(story))))).filter(present);
  return xmlDocument(element('urlset', { xmlns: SITEMAP_NS }, ...entries));
}

/** The stories published in the 48 hours up to `now`, newest first, at most Google News's limit. */
export function newsStories(stories: Summary[], now: Date): Summary[] {
  const end = now.getTime();
  const start = end - NEWS_WINDOW_MS;
  return stories
    .filter((story) => {
      const at = Date.parse(story.publishedAt);
      return at > start && at <= end;
    })
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, MAX_NEWS_STORIES);
}

/** `/sitemaps/news.xml`: Google News's sitemap of the stories published in the 48 hours up to `now`. */
export function newsSitemap(stories: Summary[], now: Date, origin: string): string {
  const publication = element(
    'news:publication',
    null,
    textElement('news:name', PUBLICATION.name),
    textElement('news:language', PUBLICATION.language),
  );
  const entries = newsStories(stories, now)
    .map((story) =>
      storyEntry(
        story,
        origin,
        element(
          'news:news',
          null,
          publication,
          textElement('news:publication_date', w3cDateTime(story.publishedAt)),
          textElement('news:title', story.headline),
        ),
      ),
    )
    .filter(present);
  return xmlDocument(element('urlset', { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS }, ...entries));
}

/** `/robots.txt`: every crawler may read everything; the sitemaps are named by absolute address. */
export function robotsTxt(origin: string): string {
  const sitemaps = [SITEMAP_INDEX_PATH, NEWS_SITEMAP_PATH].map((path) => safeSiteUrl(origin, path)).filter((url): url is string => url !== null);
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}
