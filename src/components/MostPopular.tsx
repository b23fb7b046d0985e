// "This week's most popular": a ranked list of stories.
import { AppLink } from './AppLink';
import type { Summary } from '../api/summary';
import { lists as words } from '#words/lists';

export function MostPopular({ stories, onIntent }: { stories: Summary[]; onIntent?: (slug: string) => void }) {
  if (stories.length === 0) return <p className="sidebar__empty">{words.noRank}</p>;
  return (
    <ol className="most-popular">
      {stories.map((story, index) => (
        <li key={story.slug} className="most-popular__item">
          <span className="most-popular__rank" aria-hidden="true">
            {index + 1}
          </span>
          <AppLink
            to={`/story/${story.slug}`}
            onMouseEnter={onIntent && (() => onIntent(story.slug))}
            onFocus={onIntent && (() => onIntent(story.slug))}
          >
            {story.headline}
          </AppLink>
        </li>
      ))}
    </ol>
  );
}
