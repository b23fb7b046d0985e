// Links to the topic pages a story belongs to.
import { AppLink } from './AppLink';
import type { TopicRef } from '../api/topic';
import { story as words } from '#words/story';

export function TopicTags({ topics }: { topics: TopicRef[] }) {
  if (topics.length === 0) return null;
  return (
    <nav className="topic-tags" aria-label={words.topics}>
      <ul>
        {topics.map((topic) => (
          <li key={topic.slug}>
            <AppLink to={`/topic/${topic.slug}`}>{topic.name}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
