// A topic page: the topic's name and description, and its stories newest first.
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QuerySection } from '../../components/QuerySection';
import { StoryCard } from '../../components/StoryCard';
import { topicQuery, topicStoriesQuery } from '../../queries/lists';

export function TopicPage() {
  const { slug = '' } = useParams();
  const { data: topic } = useSuspenseQuery(topicQuery(slug));
  const stories = useQuery(topicStoriesQuery(slug));
  return (
    <div className="topic-page page">
      <title>{`${topic.name} · Lede`}</title>
      <meta name="description" content={topic.description} />
      <header className="topic-header">
        <h1 tabIndex={-1}>{topic.name}</h1>
        {topic.description && <p className="topic-header__description">{topic.description}</p>}
      </header>
      <QuerySection title={`Latest in ${topic.name}`} state={stories} className="topic-stories">
        {(list) =>
          list.items.length === 0 ? (
            <p>No stories in this topic yet.</p>
          ) : (
            <ul className="story-list">
              {list.items.map((story) => (
                <li key={story.slug}>
                  <StoryCard story={story} />
                </li>
              ))}
            </ul>
          )
        }
      </QuerySection>
    </div>
  );
}
