// "Similar" stories in the sidebar.
import type { Summary } from '../api/summary';
import { StoryCard } from './StoryCard';
import { lists as words } from '#words/lists';

export function SimilarList({ stories, onIntent }: { stories: Summary[]; onIntent?: (slug: string) => void }) {
  if (stories.length === 0) return <p className="sidebar__empty">{words.noSimilar}</p>;
  return (
    <ul className="similar-list">
      {stories.map((story) => (
        <li key={story.slug}>
          <StoryCard story={story} onIntent={onIntent} />
        </li>
      ))}
    </ul>
  );
}
