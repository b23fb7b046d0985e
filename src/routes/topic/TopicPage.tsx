// A topic page: the topic's name and description, and its stories newest first, a page at a time.
import { useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QuerySection } from '../../components/QuerySection';
import { StoryFeed } from '../../components/StoryFeed';
import { topicQuery, topicStoriesQuery } from '../../queries/topics';
import { usePrefetchStory } from '../usePrefetchStory';
import { useStoryFeed } from '../useStoryFeed';

export function TopicPage() {
  const { slug = '' } = useParams();
  const { data: topic } = useSuspenseQuery(topicQuery(slug));
  const list = useInfiniteQuery(topicStoriesQuery(slug));
  const { stories, feed } = useStoryFeed(list, 'topic');
  const prefetch = usePrefetchStory();
  return (
    <div className="topic-page page">
      <>
        <title>{`${topic.name} · Lede`}</title>
        <meta name="description" content={topic.description} />
      </>
      <header className="topic-header">
        <h1 tabIndex={-1}>{topic.name}</h1>
        {topic.description && <p className="topic-header__description">{topic.description}</p>}
      </header>
      <QuerySection title={`Latest in ${topic.name}`} state={list} className="topic-stories">
        {() =>
          stories.length === 0 ? (
            <p>No stories in this topic yet.</p>
          ) : (
            <StoryFeed stories={stories} onIntent={prefetch} {...feed} endMessage={`That is every story in ${topic.name}.`} />
          )
        }
      </QuerySection>
    </div>
  );
}
