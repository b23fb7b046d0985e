// The content source this build reads, chosen at build time (`__LEDE_SOURCE__`); a build carries only that source.
import type { ContentSource } from './source';
import { ledeSource } from './sources/lede/source';
import { wordpressSource } from './sources/wordpress/source';

export type { PageRequest, Revision } from './source';

export const contentSource: ContentSource = __LEDE_SOURCE__ === 'wordpress' ? wordpressSource : ledeSource;

export const {
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
  fetchNewestPosts,
  fetchPostsAfter,
  fetchOlderPosts,
  storyUrl,
} = contentSource;
