// A topic page: the topic's name and description, and its stories newest first, a page at a time.
import { useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType } from 'react';
import { useParams } from 'react-router';
import type { Topic } from '../../api/topic';
import { Later } from '../../components/Later';
import { QuerySection } from '../../components/QuerySection';
import { StoryFeed } from '../../components/StoryFeed';
import { topicTitle } from '../../model/page-title';
import { topicQuery, topicStoriesQuery } from '../../queries/topics';
import { usePrefetchStory } from '../usePrefetchStory';
import { useStoryFeed } from '../useStoryFeed';
import { lists as words } from '#words/lists';

// The page's metadata (description, canonical link, share card, feeds, JSON-LD) is not needed for reading: it comes in
// a chunk of its own after the page (and is simply absent offline if that chunk was never cached).
const TopicMeta = lazy<ComponentType<{ topic: Topic }>>(() =>
  import('./TopicMeta').then(
    (module) => ({ default: module.TopicMeta }),
    () => ({ default: () => null }),
  ),
);

export function TopicPage() {
  const { slug = '' } = useParams();
  const { data: topic } = useSuspenseQuery(topicQuery(slug));
  const list = useInfiniteQuery(topicStoriesQuery(slug));
  const { stories, feed } = useStoryFeed(list, 'topic');
  const prefetch = usePrefetchStory();
  return (
    <div className="topic-page page">
      <title>{topicTitle(topic.name)}</title>
      <Later>
        <Suspense fallback={null}>
          <TopicMeta topic={topic} />
        </Suspense>
      </Later>
      <header className="topic-header">
        <h1 tabIndex={-1}>{topic.name}</h1>
        {topic.description && <p className="topic-header__description">{topic.description}</p>}
      </header>
      <QuerySection title={words.latestIn(topic.name)} state={list} className="topic-stories">
        {() =>
          stories.length === 0 ? (
            <p>{words.noTopicStories}</p>
          ) : (
            <StoryFeed stories={stories} onIntent={prefetch} {...feed} endMessage={words.topicEnd(topic.name)} />
          )
        }
      </QuerySection>
    </div>
  );
}
