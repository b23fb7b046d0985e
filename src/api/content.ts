// The content API's endpoints, one typed function each (see docs/api.md).
import { getJson, getJsonIfChanged, type GetOptions } from './client';
import { ArticleSchema, type Article } from './article';
import { PAGE_SIZE, SearchPageSchema, StoryPageSchema, type SearchPage, type StoryPage } from './archive';
import { FrontPageSchema, PopularListSchema, SummaryListSchema, type FrontPage, type PopularList, type SummaryList } from './summary';
import { HotTopicsSchema, TopicSchema, type Topic, type TopicRef } from './topic';

const segment = (value: string) => encodeURIComponent(value);

export function fetchArticle(slug: string, options?: GetOptions): Promise<Article> {
  return getJson(`/stories/${segment(slug)}`, ArticleSchema, options);
}

export function fetchSimilar(slug: string, options?: GetOptions): Promise<SummaryList> {
  return getJson(`/stories/${segment(slug)}/similar`, SummaryListSchema, options);
}

export function fetchPopular(options?: GetOptions): Promise<PopularList> {
  return getJson('/popular?period=week', PopularListSchema, options);
}

export function fetchFrontPage(options?: GetOptions): Promise<FrontPage> {
  return getJson('/front', FrontPageSchema, options);
}

export async function fetchHotTopics(options?: GetOptions): Promise<TopicRef[]> {
  return (await getJson('/hot-topics', HotTopicsSchema, options)).items;
}

export function fetchTopic(slug: string, options?: GetOptions): Promise<Topic> {
  return getJson(`/topics/${segment(slug)}`, TopicSchema, options);
}

export interface PageRequest {
  cursor?: string | null;
  limit?: number;
}

/** `?limit=…&cursor=…` plus any extra parameters that are set. */
function pageQuery(page: PageRequest, extra: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
  params.set('limit', String(page.limit ?? PAGE_SIZE));
  if (page.cursor) params.set('cursor', page.cursor);
  return params.toString();
}

export function fetchTopicStories(slug: string, page: PageRequest = {}, options?: GetOptions): Promise<StoryPage> {
  return getJson(`/topics/${segment(slug)}/stories?${pageQuery(page)}`, StoryPageSchema, options);
}

/** The archive newest first; `before` (YYYY-MM-DD) starts it at stories published before that day. */
export function fetchArchivePage(before: string | null, page: PageRequest = {}, options?: GetOptions): Promise<StoryPage> {
  return getJson(`/archive?${pageQuery(page, { before })}`, StoryPageSchema, options);
}

export function fetchSearchPage(query: string, page: PageRequest = {}, options?: GetOptions): Promise<SearchPage> {
  return getJson(`/search?${pageQuery(page, { q: query })}`, SearchPageSchema, options);
}

export type Revision = { status: 'unchanged' } | { status: 'changed'; article: Article; etag: string | null };

/**
 * Asks whether a story changed since the version with `etag` (If-None-Match). A 304 means unchanged; APIs
 * without ETags answer 200 and the caller compares `updatedAt` and content instead.
 */
export async function fetchArticleRevision(slug: string, etag: string | null, options?: GetOptions): Promise<Revision> {
  const result = await getJsonIfChanged(`/stories/${segment(slug)}`, ArticleSchema, etag, options);
  return result.status === 'unchanged' ? result : { status: 'changed', article: result.data, etag: result.etag };
}
