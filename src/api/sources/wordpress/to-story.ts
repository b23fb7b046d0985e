// Pure mapping from a parsed WordPress post to Lede's typed model: the full story, its card summary, its topics.
import type { Story } from '../../story';
import { ContentError } from '../../errors';
import type { Summary } from '../../summary';
import { isSlug } from '../../slug';
import type { Topic, TopicRef } from '../../topic';
import { PUBLICATION } from '../../../lib/publication';
import { decodeEntities, htmlToText } from './decode-entities';
import { imageFromMedia } from './featured-image';
import { htmlToBlocks } from './html-to-blocks';
import { standfirstFromExcerpt, storyStandfirst } from './standfirst';
import type { WordPressPost, WordPressTerm } from './schemas';
import { extractUpdateNotes } from './update-notes';

export interface StoryMappingOptions {
  /** The WordPress site's address (VITE_WORDPRESS_URL): resolves relative links and photos, and turns its own links into routes. */
  siteUrl: string;
  /** The zone update notes' times are read in; the publication's by default. */
  timeZone?: string | undefined;
  /** A card's topic when a post has no usable category or tag. */
  fallbackTopic?: TopicRef | undefined;
}

/** WordPress's default category: a topic only when a post has nothing else. */
const DEFAULT_CATEGORY = 'uncategorized';
export const FALLBACK_TOPIC: TopicRef = { slug: DEFAULT_CATEGORY, name: 'Uncategorized' };

/** A category or tag as a Lede topic; null when its slug is not one Lede can route (non-ASCII slugs are %-encoded). */
export function topicFromTerm(term: WordPressTerm): Topic | null {
  if (!isSlug(term.slug)) return null;
  return { slug: term.slug, name: decodeEntities(term.name).trim() || term.slug, description: htmlToText(term.description) };
}

/** The post's topics: its categories in the post's order, then its tags; one per slug; "Uncategorized" only alone. */
export function topicsFromPost(post: WordPressPost): TopicRef[] {
  const terms = post.terms;
  const inOrder = (ids: number[], taxonomy: string) =>
    ids.flatMap((id) => terms.filter((term) => term.id === id && (term.taxonomy === taxonomy || term.taxonomy === '')));
  const topics: TopicRef[] = [];
  for (const term of [...inOrder(post.categories, 'category'), ...inOrder(post.tags, 'post_tag')]) {
    const topic = topicFromTerm(term);
    if (topic && !topics.some((known) => known.slug === topic.slug)) topics.push({ slug: topic.slug, name: topic.name });
  }
  const named = topics.filter((topic) => topic.slug !== DEFAULT_CATEGORY);
  return named.length > 0 ? named : topics;
}

/** Published, and updated only when WordPress's modification time is later than the publication time. */
function times(post: WordPressPost): { publishedAt: string; updatedAt: string | null } {
  const modified = post.modified_gmt;
  return { publishedAt: post.date_gmt, updatedAt: modified && Date.parse(modified) > Date.parse(post.date_gmt) ? modified : null };
}

function requireSlug(post: WordPressPost): string {
  if (isSlug(post.slug)) return post.slug;
  throw new ContentError('invalid-shape', post.link, { detail: `slug: "${post.slug}" is not a Lede slug (a-z, 0-9, -)` });
}

/** The full story. Throws a ContentError when the post's slug cannot be a Lede route. */
export function storyFromPost(
  post: WordPressPost,
  options: StoryMappingOptions,
  blocks = htmlToBlocks(post.content.rendered, { siteUrl: options.siteUrl }),
): Story {
  const slug = requireSlug(post);
  const { publishedAt, updatedAt } = times(post);
  const { body, updates } = extractUpdateNotes(blocks, { modifiedAt: updatedAt ?? publishedAt, timeZone: options.timeZone ?? PUBLICATION.timeZone });
  return {
    slug,
    headline: htmlToText(post.title.rendered),
    standfirst: storyStandfirst(post.excerpt.rendered, post.content.rendered),
    byline: post.authors.map((author) => ({ name: decodeEntities(author.name).trim() })),
    publishedAt,
    updatedAt,
    topics: topicsFromPost(post),
    hero: imageFromMedia(post.featuredMedia, options.siteUrl),
    body,
    updates,
    // WordPress core has no live coverage of its own; live blogs there are plugins Lede does not read yet.
    live: null,
  };
}

/** The story's card; null when the post's slug cannot be a Lede route (lists skip it rather than fail). */
export function summaryFromPost(post: WordPressPost, options: StoryMappingOptions): Summary | null {
  if (!isSlug(post.slug)) return null;
  return {
    slug: post.slug,
    headline: htmlToText(post.title.rendered),
    standfirst: standfirstFromExcerpt(post.excerpt.rendered),
    ...times(post),
    topic: topicsFromPost(post)[0] ?? options.fallbackTopic ?? FALLBACK_TOPIC,
    thumbnail: imageFromMedia(post.featuredMedia, options.siteUrl),
  };
}

/** Cards for a list of posts, in order, skipping posts Lede cannot route. */
export function summariesFromPosts(posts: readonly WordPressPost[], options: StoryMappingOptions): Summary[] {
  return posts.flatMap((post) => summaryFromPost(post, options) ?? []);
}
