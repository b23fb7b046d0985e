// Each page type's share card and crawler metadata as data, one builder per page type: React renders it as elements
// (PageMetaTags), in the browser and on the render server, which puts the tags React hoists into its HTML's <head>.
import type { Image } from '../api/image';
import type { LiveCoverage } from '../api/live';
import type { Post } from '../api/post';
import type { Story } from '../api/story';
import type { FrontPage } from '../api/summary';
import type { Topic } from '../api/topic';
import { PUBLICATION } from '../lib/publication';
import { renditionsByWidth } from '../lib/renditions';
import { safeImageSrc } from '../lib/safe-url';
import { collectionPage, itemList, liveBlogPosting, newsArticle, webSiteDocument, type JsonLd } from './page-json-ld';
import { FRONT_TITLE, oneLine, pageTitle, storyTitle, topicTitle } from './page-title';
import { lists } from '#words/lists';
import { masthead } from '#words/masthead';
import { meta as words } from '#words/meta';

export type { JsonLd } from './page-json-ld';

/** A `<meta>`: named (`description`, `twitter:*`) or an Open Graph property (`og:*`, `article:*`). */
export type MetaTag = { readonly name: string; readonly content: string } | { readonly property: string; readonly content: string };

export interface LinkTag {
  readonly rel: string;
  readonly href: string;
  readonly type?: string;
  readonly title?: string;
}

export interface PageMeta {
  readonly title: string;
  /** Empty when the page has none (then there is no description tag). */
  readonly description: string;
  /** Absolute. */
  readonly canonical: string;
  /** Every `<meta>` of the page, the description's included, in order. */
  readonly meta: readonly MetaTag[];
  /** Every `<link>` of the page, the canonical one first. */
  readonly links: readonly LinkTag[];
  /** One schema.org document per `<script type="application/ld+json">`, rendered in the page's body. */
  readonly jsonLd: readonly JsonLd[];
}

/** The site's RSS feed of the latest stories, and each topic's (the render server answers at these paths). */
export const FEED_PATH = '/feed.xml';
export const topicFeedPath = (slug: string): string => `/topic/${slug}/feed.xml`;

/** A share card's photo is the narrowest rendition at least this wide (what the large cards display), else the widest. */
const SHARE_IMAGE_WIDTH = 1200;
/** A story's description when it has no standfirst: its first paragraph, cut at a word to about this length. */
const EXCERPT_LENGTH = 200;
/** Lead stories the front page's ItemList names. */
const FRONT_LIST_LENGTH = 10;

/** `path` on `origin`; an absolute http(s) URL as it is. Without a usable origin (none known), the path itself. */
export function absoluteUrl(origin: string, path: string): string {
  try {
    return new URL(path, origin).href;
  } catch {
    return path;
  }
}

interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The rendition of `image` a share card shows, absolute, with its size; null when no address of it is safe. */
export function shareImage(image: Image | null, origin: string): ShareImage | null {
  if (!image) return null;
  const renditions = renditionsByWidth([...image.renditions, { url: image.url, width: image.width }]);
  const chosen = renditions.find((rendition) => rendition.width >= SHARE_IMAGE_WIDTH) ?? renditions.at(-1);
  if (!chosen) return null;
  return {
    url: absoluteUrl(origin, chosen.url),
    width: chosen.width,
    height: Math.round((image.height * chosen.width) / image.width),
    alt: oneLine(image.alt),
  };
}

/** The standfirst, else the start of the first paragraph (cut at a word boundary), else nothing. */
function storyDescription(story: Story): string {
  if (oneLine(story.standfirst)) return oneLine(story.standfirst);
  const paragraph = story.body.find((block) => block.type === 'paragraph');
  const text = paragraph ? oneLine(paragraph.content.map((run) => run.text).join('')) : '';
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH / 2)).trimEnd()}…`;
}

interface PageParts {
  origin: string;
  title: string;
  /** The title share cards show: the page's own name, without the publication's (og:site_name says it). */
  cardTitle: string;
  description: string;
  path: string;
  type: 'article' | 'website';
  image?: ShareImage | null;
  /** Open Graph `article:*` properties, after the card's own. */
  article?: ReadonlyArray<readonly [property: string, content: string | null | undefined]>;
  /** Root-relative feed paths with their titles, as `<link rel="alternate">`. */
  feeds: ReadonlyArray<{ path: string; title: string }>;
  /** The page's schema.org documents, given its canonical address and the site's. */
  jsonLd: (url: string, siteUrl: string) => JsonLd[];
}

/** The tags every page has, in one order, from the parts each page type gives. */
function pageMeta(parts: PageParts): PageMeta {
  const canonical = absoluteUrl(parts.origin, parts.path);
  const { description, image } = parts;
  const cardTitle = oneLine(parts.cardTitle);
  const named = (name: string, content: string | null | undefined) => (content ? [{ name, content }] : []);
  const property = (name: string, content: string | null | undefined) => (content ? [{ property: name, content }] : []);
  const meta: MetaTag[] = [
    ...named('description', description),
    ...property('og:site_name', PUBLICATION.name),
    ...property('og:type', parts.type),
    ...property('og:title', cardTitle),
    ...property('og:description', description),
    ...property('og:url', canonical),
    ...(image
      ? [
          ...property('og:image', image.url),
          ...property('og:image:width', String(image.width)),
          ...property('og:image:height', String(image.height)),
          ...property('og:image:alt', image.alt),
        ]
      : []),
    ...(parts.article ?? []).flatMap(([name, content]) => property(name, content)),
    ...named('twitter:card', image ? 'summary_large_image' : 'summary'),
    ...named('twitter:title', cardTitle),
    ...named('twitter:description', description),
    ...named('twitter:image', image?.url),
    ...named('twitter:image:alt', image?.alt),
  ];
  const links: LinkTag[] = [
    { rel: 'canonical', href: canonical },
    ...parts.feeds.map(({ path, title }) => ({
      rel: 'alternate',
      type: 'application/rss+xml',
      title: oneLine(title),
      href: absoluteUrl(parts.origin, path),
    })),
  ];
  return { title: parts.title, description, canonical, meta, links, jsonLd: parts.jsonLd(canonical, absoluteUrl(parts.origin, '/')) };
}

const SITE_FEED = { path: FEED_PATH, title: PUBLICATION.name };

/** A story: NewsArticle, an article card with its hero photo, its times, section and one tag per topic. */
export function storyMeta(story: Story, origin: string): PageMeta {
  const hero = story.hero ? safeImageSrc(story.hero.url) : null;
  return pageMeta({
    origin,
    title: storyTitle(story.headline),
    cardTitle: story.headline,
    description: storyDescription(story),
    path: `/story/${story.slug}`,
    type: 'article',
    image: shareImage(story.hero, origin),
    article: [
      ['article:published_time', story.publishedAt],
      ['article:modified_time', story.updatedAt],
      ['article:section', story.topics[0] && oneLine(story.topics[0].name)],
      ...story.topics.map((topic) => ['article:tag', oneLine(topic.name)] as const),
    ],
    feeds: [SITE_FEED],
    jsonLd: (url, siteUrl) => [newsArticle(story, url, siteUrl, hero && absoluteUrl(origin, hero))],
  });
}

/**
 * Live coverage: the story's tags (from the story alone, so the server's and the client's agree whatever posts each
 * holds), its NewsArticle, and LiveBlogPosting with the newest of `posts` (newest first).
 */
export function liveMeta(story: Story, live: LiveCoverage, posts: readonly Post[], origin: string): PageMeta {
  const meta = storyMeta(story, origin);
  const blog = liveBlogPosting(story, live, posts, meta.canonical, absoluteUrl(origin, '/'));
  return { ...meta, jsonLd: [...meta.jsonLd, blog] };
}

/** A topic page: CollectionPage, linking the topic's feed and the site's. */
export function topicMeta(topic: Topic, origin: string): PageMeta {
  return pageMeta({
    origin,
    title: topicTitle(topic.name),
    cardTitle: topic.name,
    description: oneLine(topic.description),
    path: `/topic/${topic.slug}`,
    type: 'website',
    feeds: [{ path: topicFeedPath(topic.slug), title: topicTitle(topic.name) }, SITE_FEED],
    jsonLd: (url, siteUrl) => [collectionPage(oneLine(topic.name), oneLine(topic.description), url, siteUrl)],
  });
}

/** The front page: the WebSite with its name, and an ItemList of the lead stories. */
export function frontMeta(front: FrontPage, origin: string): PageMeta {
  const lead = front.topStories.slice(0, FRONT_LIST_LENGTH).map((story) => ({
    url: absoluteUrl(origin, `/story/${story.slug}`),
    name: oneLine(story.headline),
  }));
  return pageMeta({
    origin,
    title: FRONT_TITLE,
    cardTitle: PUBLICATION.name,
    description: words.front,
    path: '/',
    type: 'website',
    feeds: [SITE_FEED],
    jsonLd: (_url, siteUrl) => [webSiteDocument(siteUrl), itemList(lists.top, lead)],
  });
}

/** The archive, from its newest stories or from before a day (`YYYY-MM-DD`, as the route has checked it). */
export function archiveMeta(before: string | null, origin: string): PageMeta {
  const description = words.archive;
  return pageMeta({
    origin,
    title: pageTitle(masthead.archive),
    cardTitle: masthead.archive,
    description,
    path: before ? `/archive?${new URLSearchParams({ before }).toString()}` : '/archive',
    type: 'website',
    feeds: [SITE_FEED],
    jsonLd: (url, siteUrl) => [collectionPage(masthead.archive, description, url, siteUrl)],
  });
}
