// Lede's own content contract (docs/api.md) as a content source: one endpoint per function.
import { apiUrl, getJson, getJsonIfChanged, type GetOptions } from '../../client';
import { StorySchema, type Story } from '../../story';
import { PAGE_SIZE, SearchPageSchema, SummaryPageSchema, type SearchPage, type SummaryPage } from '../../archive';
import type { ContentSource, PageRequest, Revision } from '../../source';
import { FrontPageSchema, PopularListSchema, SummaryListSchema, type FrontPage, type PopularList, type SummaryList } from '../../summary';
import { HotTopicsSchema, TopicSchema, type Topic, type TopicRef } from '../../topic';

const segment = (value: string) => encodeURIComponent(value);

function fetchStory(slug: string, options?: GetOptions): Promise<Story> {
  return getJson(`/stories/${segment(slug)}`, StorySchema, options);
}

function fetchSimilar(slug: string, options?: GetOptions): Promise<SummaryList> {
  return getJson(`/stories/${segment(slug)}/similar`, SummaryListSchema, options);
}

function fetchPopular(options?: GetOptions): Promise<PopularList> {
  return getJson('/popular?period=week', PopularListSchema, options);
}

function fetchFrontPage(options?: GetOptions): Promise<FrontPage> {
  return getJson('/front', FrontPageSchema, options);
}

async function fetchHotTopics(options?: GetOptions): Promise<TopicRef[]> {
  return (await getJson('/hot-topics', HotTopicsSchema, options)).items;
}

function fetchTopic(slug: string, options?: GetOptions): Promise<Topic> {
  return getJson(`/topics/${segment(slug)}`, TopicSchema, options);
}

/** `?limit=…&cursor=…` plus any extra parameters that are set. */
function pageQuery(page: PageRequest, extra: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
  params.set('limit', String(page.limit ?? PAGE_SIZE));
  if (page.cursor) params.set('cursor', page.cursor);
  return params.toString();
}

function fetchTopicStories(slug: string, page: PageRequest = {}, options?: GetOptions): Promise<SummaryPage> {
  return getJson(`/topics/${segment(slug)}/stories?${pageQuery(page)}`, SummaryPageSchema, options);
}

function fetchArchivePage(before: string | null, page: PageRequest = {}, options?: GetOptions): Promise<SummaryPage> {
  return getJson(`/archive?${pageQuery(page, { before })}`, SummaryPageSchema, options);
}

function fetchSearchPage(query: string, page: PageRequest = {}, options?: GetOptions): Promise<SearchPage> {
  return getJson(`/search?${pageQuery(page, { q: query })}`, SearchPageSchema, options);
}

/**
 * Asks whether a story changed since the version with `etag` (If-None-Match). A 304 means unchanged; APIs
 * without ETags answer 200 and the caller compares `updatedAt` and content instead.
 */
async function fetchStoryRevision(slug: string, etag: string | null, options?: GetOptions): Promise<Revision> {
  const result = await getJsonIfChanged(`/stories/${segment(slug)}`, StorySchema, etag, options);
  return result.status === 'unchanged' ? result : { status: 'changed', story: result.data, etag: result.etag };
}

/** Live coverage's posts come with their own code: a page that shows no live coverage never loads their schemas. */
const livePosts = () => import('./posts');

export const ledeSource: ContentSource = {
  fetchStory,
  fetchSimilar,
  fetchPopular,
  fetchFrontPage,
  fetchHotTopics,
  fetchTopic,
  fetchTopicStories,
  fetchArchivePage,
  fetchSearchPage,
  fetchStoryRevision,
  fetchNewestPosts: (...args) => livePosts().then((posts) => posts.fetchNewestPosts(...args)),
  fetchPostsAfter: (...args) => livePosts().then((posts) => posts.fetchPostsAfter(...args)),
  fetchOlderPosts: (...args) => livePosts().then((posts) => posts.fetchOlderPosts(...args)),
  storyUrl: (slug) => apiUrl(`/stories/${segment(slug)}`),
};
