// Lede's own content contract (docs/api.md) as a content source: one endpoint per function.
import { getJson, getJsonIfChanged, type GetOptions, type Http } from '../../http';
import { StorySchema, type Story } from '../../story';
import { PAGE_SIZE, SearchPageSchema, SummaryPageSchema, type SearchPage, type SummaryPage } from '../../archive';
import type { ContentSource, PageRequest, Revision } from '../../source';
import { FrontPageSchema, PopularListSchema, SummaryListSchema, type FrontPage, type PopularList, type SummaryList } from '../../summary';
import { HotTopicsSchema, TopicSchema, type Topic, type TopicRef } from '../../topic';
import { ledeFrontUrl, ledeStoryUrl } from './urls';

/** This build's API base (VITE_API_BASE_URL; `/api`, answered by the mocks, in the demo). */
export function ledeApiBaseOfBuild(): string {
  return (import.meta.env.VITE_API_BASE_URL as string | undefined) || '/api';
}

/** `?limit=…&cursor=…` plus any extra parameters that are set. */
function pageQuery(page: PageRequest, extra: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
  params.set('limit', String(page.limit ?? PAGE_SIZE));
  if (page.cursor) params.set('cursor', page.cursor);
  return params.toString();
}

export function createLedeSource(http: Http, apiBase: string): ContentSource {
  const url = (path: string) => `${apiBase.replace(/\/$/, '')}${path}`;
  const segment = (value: string) => encodeURIComponent(value);
  // Live coverage's posts come with their own code: a page that shows no live coverage never loads their schemas.
  let posts: Promise<import('./posts').LedePosts> | undefined;
  const livePosts = () => (posts ??= import('./posts').then(({ createLedePosts }) => createLedePosts(http, url)));

  return {
    fetchStory: (slug: string, options?: GetOptions): Promise<Story> => getJson(http, ledeStoryUrl(apiBase, slug), StorySchema, options),
    fetchSimilar: (slug: string, options?: GetOptions): Promise<SummaryList> =>
      getJson(http, url(`/stories/${segment(slug)}/similar`), SummaryListSchema, options),
    fetchPopular: (options?: GetOptions): Promise<PopularList> => getJson(http, url('/popular?period=week'), PopularListSchema, options),
    fetchFrontPage: (options?: GetOptions): Promise<FrontPage> => getJson(http, ledeFrontUrl(apiBase), FrontPageSchema, options),
    fetchHotTopics: async (options?: GetOptions): Promise<TopicRef[]> => (await getJson(http, url('/hot-topics'), HotTopicsSchema, options)).items,
    fetchTopic: (slug: string, options?: GetOptions): Promise<Topic> => getJson(http, url(`/topics/${segment(slug)}`), TopicSchema, options),
    fetchTopicStories: (slug: string, page: PageRequest = {}, options?: GetOptions): Promise<SummaryPage> =>
      getJson(http, url(`/topics/${segment(slug)}/stories?${pageQuery(page)}`), SummaryPageSchema, options),
    fetchArchivePage: (before: string | null, page: PageRequest = {}, options?: GetOptions): Promise<SummaryPage> =>
      getJson(http, url(`/archive?${pageQuery(page, { before })}`), SummaryPageSchema, options),
    fetchSearchPage: (query: string, page: PageRequest = {}, options?: GetOptions): Promise<SearchPage> =>
      getJson(http, url(`/search?${pageQuery(page, { q: query })}`), SearchPageSchema, options),

    /**
     * Asks whether a story changed since the version with `etag` (If-None-Match). A 304 means unchanged; APIs
     * without ETags answer 200 and the caller compares `updatedAt` and content instead.
     */
    async fetchStoryRevision(slug: string, etag: string | null, options?: GetOptions): Promise<Revision> {
      const result = await getJsonIfChanged(http, ledeStoryUrl(apiBase, slug), StorySchema, etag, options);
      return result.status === 'unchanged' ? result : { status: 'changed', story: result.data, etag: result.etag };
    },

    fetchNewestPosts: async (...args) => (await livePosts()).fetchNewestPosts(...args),
    fetchPostsAfter: async (...args) => (await livePosts()).fetchPostsAfter(...args),
    fetchOlderPosts: async (...args) => (await livePosts()).fetchOlderPosts(...args),
    storyUrl: (slug) => ledeStoryUrl(apiBase, slug),
  };
}
