// The schema.org documents of Lede's pages (NewsArticle, LiveBlogPosting, WebSite, CollectionPage, ItemList), from
// the same data the pages show, in the publication's language (inLanguage); every address they name is given to them
// absolute (model/page-meta.ts).
import type { LiveCoverage } from '../api/live';
import type { Post } from '../api/post';
import type { Story } from '../api/story';
import { postAnchor } from '../lib/live-anchors';
import { PUBLICATION } from '../lib/publication';
import { blockText } from './story-diff';

/** One schema.org document, as one `<script type="application/ld+json">` carries it. */
export interface JsonLd {
  readonly '@context': 'https://schema.org';
  readonly '@type': string;
  readonly [property: string]: unknown;
}

/** The newest posts a LiveBlogPosting lists: enough to show the coverage is live without repeating the page's text. */
export const LIVE_UPDATES_LISTED = 5;

const CONTEXT = 'https://schema.org';

const publisher = (siteUrl: string) => ({ '@type': 'Organization', name: PUBLICATION.name, url: siteUrl });

const authors = (story: Story) => story.byline.map((author) => ({ '@type': 'Person', name: author.name, jobTitle: author.role }));

/** The site itself (its name and address), also what a collection page is part of. */
export const webSite = (siteUrl: string) => ({ '@type': 'WebSite', name: PUBLICATION.name, url: siteUrl, inLanguage: PUBLICATION.language });

export function newsArticle(story: Story, url: string, siteUrl: string, imageUrl: string | null): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: story.headline,
    inLanguage: PUBLICATION.language,
    description: story.standfirst || undefined,
    image: imageUrl ? [imageUrl] : undefined,
    datePublished: story.publishedAt,
    dateModified: story.updatedAt ?? story.publishedAt,
    author: authors(story),
    publisher: publisher(siteUrl),
    mainEntityOfPage: url,
    articleSection: story.topics[0]?.name,
  };
}

/** Live coverage with its times and its newest posts (`posts` newest first) as liveBlogUpdate entries. */
export function liveBlogPosting(story: Story, live: LiveCoverage, posts: readonly Post[], url: string, siteUrl: string): JsonLd {
  const listed = posts.slice(0, LIVE_UPDATES_LISTED);
  const newest = listed[0];
  return {
    '@context': CONTEXT,
    '@type': 'LiveBlogPosting',
    headline: story.headline,
    inLanguage: PUBLICATION.language,
    description: story.standfirst || undefined,
    url,
    mainEntityOfPage: url,
    datePublished: story.publishedAt,
    dateModified: newest ? (newest.updatedAt ?? newest.publishedAt) : (story.updatedAt ?? story.publishedAt),
    coverageStartTime: live.startedAt,
    coverageEndTime: live.status === 'ended' ? (live.endedAt ?? undefined) : undefined,
    author: authors(story),
    publisher: publisher(siteUrl),
    liveBlogUpdate: listed.map((post) => ({
      '@type': 'BlogPosting',
      headline: post.title ?? undefined,
      datePublished: post.publishedAt,
      dateModified: post.updatedAt ?? undefined,
      url: `${url}#${postAnchor(post.id)}`,
      author: post.author ? { '@type': 'Person', name: post.author.name } : undefined,
      articleBody: post.body.map(blockText).filter(Boolean).join('\n\n'),
    })),
  };
}

/** A page listing stories (a topic, the archive). */
export function collectionPage(name: string, description: string, url: string, siteUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    name,
    description: description || undefined,
    url,
    inLanguage: PUBLICATION.language,
    isPartOf: webSite(siteUrl),
  };
}

export const webSiteDocument = (siteUrl: string): JsonLd => ({ '@context': CONTEXT, ...webSite(siteUrl) });

/** Stories in order, by address and headline. */
export function itemList(name: string, items: ReadonlyArray<{ url: string; name: string }>): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    name,
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, url: item.url, name: item.name })),
  };
}
