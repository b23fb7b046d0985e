// WordPress's public REST API as a Lede content source (VITE_CONTENT_SOURCE=wordpress); mappings in docs/wordpress.md.
import type { Story } from '../../story';
import { PAGE_SIZE, type SearchPage, type SummaryPage } from '../../archive';
import type { GetOptions, Http } from '../../http';
import { ContentError } from '../../errors';
import { nextTask } from '../../../lib/next-task';
import { mapInSlices } from '../../../lib/slices';
import { htmlToBlocksInSlices } from './html-to-blocks';
import type { ContentSource, PageRequest, Revision } from '../../source';
import type { PopularList, Summary } from '../../summary';
import type { Topic, TopicRef } from '../../topic';
import { cursorAfter, decodeCursor, encodeCursor, secondAfter } from './cursor';
import { fetchPostCards, fetchPostFields, fetchPostsAt, fetchTerms, type Params } from './rest';
import type { WordPressPost, WordPressTerm } from './schemas';
import { storyFromPost, summariesFromPosts, topicFromTerm, type StoryMappingOptions } from './to-story';
import { wordpressPermalinks, wordpressRestBase, wordpressStoryUrl, type WordPressPermalinks } from './urls';

export interface WordPressSettings {
  /** The site (VITE_WORDPRESS_URL), e.g. https://news.example.com. */
  siteUrl: string;
  /** How the site serves its REST API (VITE_WORDPRESS_PERMALINKS): under /wp-json/ (pretty) or /?rest_route= (plain). */
  permalinks?: WordPressPermalinks;
  /** Slug of the tag editors put on this week's most-read stories (VITE_WORDPRESS_POPULAR_TAG). */
  popularTag: string;
  /** Category slugs for the hot-topics bar, in order (VITE_WORDPRESS_HOT_TOPICS); empty: the busiest of recent posts. */
  hotTopics: string[];
}

const FRONT_PAGE_SIZE = 13;
const SIMILAR_SIZE = 4;
const POPULAR_SIZE = 10;
const HOT_TOPICS_SIZE = 6;
/** Recent posts counted for the busiest categories. */
const RECENT_FOR_HOT_TOPICS = 50;
const MAX_PER_PAGE = 100;
/** Stories whose request a session keeps, for their categories and tags (similar stories). */
const REMEMBERED_STORIES = 20;

const perPage = (page: PageRequest) => Math.min(Math.max(1, page.limit ?? PAGE_SIZE), MAX_PER_PAGE);

export function createWordPressSource(settings: WordPressSettings, http: Http): ContentSource {
  const rest = wordpressRestBase(settings.siteUrl, settings.permalinks);
  const mapping: StoryMappingOptions = { siteUrl: settings.siteUrl };
  // Mapping WordPress's HTML is the one heavy step of this source: it runs after the task that received and validated
  // the answer, in slices of a few milliseconds (a card at a time, a top-level block at a time; src/lib/slices.ts),
  // so no task grows long on a slow phone.
  const cards = async (posts: readonly WordPressPost[]) => {
    await nextTask();
    return (await mapInSlices(posts, (post) => summariesFromPosts([post], mapping))).flat();
  };
  const storyInSlices = async (post: WordPressPost) => {
    await nextTask();
    return storyFromPost(post, mapping, await htmlToBlocksInSlices(post.content.rendered, { siteUrl: settings.siteUrl }));
  };
  const storyUrl = (slug: string) => wordpressStoryUrl(rest, slug);
  const notFound = (what: string) => new ContentError('not-found', `${rest}/${what}`, { status: 404 });

  async function storyPost(slug: string, options?: GetOptions, fresh = false): Promise<WordPressPost> {
    const [post] = await fetchPostsAt(http, storyUrl(slug), options, fresh);
    // WordPress answers an unknown slug with 200 and []: Lede's not-found.
    if (!post) throw notFound(`posts?slug=${slug}`);
    return post;
  }

  /** A topic's term: a category, else a tag (Lede's topics are both). */
  async function termOf(slug: string, options?: GetOptions): Promise<{ term: WordPressTerm; taxonomy: 'categories' | 'tags' }> {
    for (const taxonomy of ['categories', 'tags'] as const) {
      const [term] = await fetchTerms(http, rest, taxonomy, { slug }, options);
      if (term) return { term, taxonomy };
    }
    throw notFound(`categories?slug=${slug}`);
  }

  /** Newest first from `params`, paged by a date cursor (see cursor.ts). */
  async function datePage(params: Params, firstBefore: string | null, page: PageRequest, options?: GetOptions): Promise<SummaryPage> {
    const size = perPage(page);
    const cursor = decodeCursor(page.cursor);
    if (page.cursor && !cursor)
      throw new ContentError('invalid-shape', rest, { detail: `cursor: "${page.cursor}" is not a WordPress archive cursor` });
    const before = cursor ? secondAfter(cursor.date) : firstBefore;
    const { posts, totalPages } = await fetchPostCards(http, rest, { ...params, per_page: size, before, exclude: cursor?.ids ?? null }, options);
    // The remaining posts (before the cursor, less those excluded) fill more than this page: there is a next one.
    const more = totalPages === null ? posts.length >= size : totalPages > 1;
    const next = more ? cursorAfter(posts, cursor) : null;
    return { items: await cards(posts), nextCursor: next ? encodeCursor(next) : null };
  }

  async function recentCards(params: Params, options?: GetOptions): Promise<Summary[]> {
    return cards((await fetchPostCards(http, rest, params, options)).posts);
  }

  async function fetchHotTopics(options?: GetOptions): Promise<TopicRef[]> {
    let terms: WordPressTerm[];
    if (settings.hotTopics.length > 0) {
      const found = await fetchTerms(http, rest, 'categories', { slug: settings.hotTopics, per_page: MAX_PER_PAGE }, options);
      terms = settings.hotTopics.flatMap((slug) => found.filter((term) => term.slug === slug));
    } else {
      const recent = await fetchPostFields(http, rest, { per_page: RECENT_FOR_HOT_TOPICS }, 'categories', options);
      const counts = new Map<number, number>();
      for (const id of recent.flatMap((post) => post.categories)) counts.set(id, (counts.get(id) ?? 0) + 1);
      const busiest = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
      const found = busiest.length > 0 ? await fetchTerms(http, rest, 'categories', { include: busiest, per_page: MAX_PER_PAGE }, options) : [];
      terms = busiest.flatMap((id) => found.filter((term) => term.id === id && term.slug !== 'uncategorized'));
    }
    return terms
      .flatMap((term) => topicFromTerm(term) ?? [])
      .slice(0, HOT_TOPICS_SIZE)
      .map(({ slug, name }) => ({ slug, name }));
  }

  // Each request costs the newsroom's server (PHP renders every REST answer) and the reader's phone while the page
  // loads, so the sidebar asks for nothing this session already knows: the popular tag's id, looked up once and
  // shared by both lists, and the categories and tags of a story this session requested.
  let popularTag: Promise<number | null> | undefined;
  function popularTagId(options?: GetOptions): Promise<number | null> {
    if (!settings.popularTag) return Promise.resolve(null);
    if (!popularTag) {
      // Shared by both lists, so one list's cancellation (its abort signal) must not fail the other's lookup.
      const lookup = fetchTerms(http, rest, 'tags', { slug: settings.popularTag }, { ...options, signal: undefined }).then(
        ([tag]) => tag?.id ?? null,
      );
      popularTag = lookup;
      lookup.catch(() => {
        if (popularTag === lookup) popularTag = undefined;
      });
    }
    return popularTag;
  }

  const requestedStories = new Map<string, Promise<WordPressPost>>();
  function rememberStory(slug: string, post: Promise<WordPressPost>): Promise<WordPressPost> {
    requestedStories.delete(slug);
    requestedStories.set(slug, post);
    post.catch(() => {
      if (requestedStories.get(slug) === post) requestedStories.delete(slug);
    });
    // The most recent stories only: a long reading session does not keep every post it opened.
    for (const oldest of requestedStories.keys()) {
      if (requestedStories.size <= REMEMBERED_STORIES) break;
      requestedStories.delete(oldest);
    }
    return post;
  }

  /** A story's id, categories and tags: from its own request in this session, else a request for just those. */
  async function storyTerms(slug: string, options?: GetOptions): Promise<WordPressPost | undefined> {
    const requested = requestedStories.get(slug);
    const post = requested ? await requested.catch(() => undefined) : undefined;
    return post ?? (await fetchPostFields(http, rest, { slug }, 'categories,tags', options))[0];
  }

  return {
    fetchStory: async (slug, options): Promise<Story> => storyInSlices(await rememberStory(slug, storyPost(slug, options))),

    async fetchSimilar(slug, options) {
      const post = await storyTerms(slug, options);
      if (!post) throw notFound(`posts?slug=${slug}`);
      const popular = await popularTagId(options);
      // The editor's most-read tag says nothing about what a story is about.
      const tags = post.tags.filter((id) => id !== popular);
      if (post.categories.length === 0 && tags.length === 0) return { items: [] };
      const params = { categories: post.categories, tags, tax_relation: 'OR', exclude: [post.id], per_page: SIMILAR_SIZE };
      return { items: await recentCards(params, options) };
    },

    async fetchPopular(options): Promise<PopularList> {
      const tag = await popularTagId(options);
      const byTag = tag === null ? [] : await recentCards({ tags: [tag], per_page: POPULAR_SIZE }, options);
      const items = byTag.length > 0 ? byTag : await recentCards({ sticky: 'true', per_page: POPULAR_SIZE }, options);
      return { period: 'week', items: items.length > 0 ? items : await recentCards({ per_page: POPULAR_SIZE }, options) };
    },

    async fetchFrontPage(options) {
      // WordPress lists sticky posts first only on its own home page, never in the REST API: they are asked for apart.
      const [sticky, latest, hotTopics] = await Promise.all([
        recentCards({ sticky: 'true', per_page: FRONT_PAGE_SIZE }, options),
        recentCards({ per_page: FRONT_PAGE_SIZE }, options),
        fetchHotTopics(options),
      ]);
      const topStories = [...sticky, ...latest.filter((story) => !sticky.some((first) => first.slug === story.slug))].slice(0, FRONT_PAGE_SIZE);
      return { topStories, hotTopics };
    },

    fetchHotTopics,

    async fetchTopic(slug, options): Promise<Topic> {
      const topic = topicFromTerm((await termOf(slug, options)).term);
      if (!topic) throw notFound(`categories?slug=${slug}`);
      return topic;
    },

    async fetchTopicStories(slug, page = {}, options) {
      const { term, taxonomy } = await termOf(slug, options);
      return datePage({ [taxonomy]: [term.id] }, null, page, options);
    },

    fetchArchivePage: (before, page = {}, options) => datePage({}, before ? `${before}T00:00:00` : null, page, options),

    async fetchSearchPage(query, page = {}, options): Promise<SearchPage> {
      const number = Math.max(1, Number.parseInt(page.cursor ?? '1', 10) || 1);
      const { posts, totalPages } = await fetchPostCards(http, rest, { search: query, per_page: perPage(page), page: number }, options);
      const more = totalPages !== null && number < totalPages;
      return { items: (await cards(posts)).map((summary) => ({ ...summary, excerpt: '' })), nextCursor: more ? String(number + 1) : null };
    },

    async fetchStoryRevision(slug, etag, options): Promise<Revision> {
      // No ETag and no If-None-Match through CORS: the post's modification time is its version.
      const post = await rememberStory(slug, storyPost(slug, options, true));
      const version = post.modified_gmt ?? post.date_gmt;
      return version === etag ? { status: 'unchanged' } : { status: 'changed', story: await storyInSlices(post), etag: version };
    },

    fetchNewestPosts: (slug) => Promise.reject(notFound(`posts?slug=${slug}&live`)),
    fetchPostsAfter: (slug) => Promise.reject(notFound(`posts?slug=${slug}&live`)),
    fetchOlderPosts: (slug) => Promise.reject(notFound(`posts?slug=${slug}&live`)),
    storyUrl,
  };
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** This build's settings (VITE_WORDPRESS_*, docs/wordpress.md). */
export function wordpressSettingsOfBuild(): WordPressSettings {
  return {
    siteUrl: import.meta.env.VITE_WORDPRESS_URL ?? '',
    permalinks: wordpressPermalinks(import.meta.env.VITE_WORDPRESS_PERMALINKS),
    popularTag: import.meta.env.VITE_WORDPRESS_POPULAR_TAG ?? 'most-read',
    hotTopics: list(import.meta.env.VITE_WORDPRESS_HOT_TOPICS),
  };
}
