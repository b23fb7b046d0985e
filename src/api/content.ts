// The content API's endpoints, one typed function each (see docs/api.md).
import { getJson, type GetOptions } from './client';
import { ArticleSchema, type Article } from './article';
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

export function fetchTopicStories(slug: string, options?: GetOptions): Promise<SummaryList> {
  return getJson(`/topics/${segment(slug)}/stories`, SummaryListSchema, options);
}
