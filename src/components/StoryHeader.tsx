// The top of a story: headline, standfirst, byline and published/updated times.
import type { Article } from '../api/article';
import { Byline } from './Byline';
import { Timestamp } from './Timestamp';

type Props = Pick<Article, 'headline' | 'standfirst' | 'byline' | 'publishedAt' | 'updatedAt'> & {
  /** Estimated minutes to read the story. */
  readingMinutes?: number;
};

export function StoryHeader({ headline, standfirst, byline, publishedAt, updatedAt, readingMinutes }: Props) {
  return (
    <header className="story-header">
      <h1 className="story-header__headline" tabIndex={-1}>
        {headline}
      </h1>
      {standfirst && <p className="story-header__standfirst">{standfirst}</p>}
      <Byline authors={byline} />
      <p className="story-header__times">
        <span>
          Published <Timestamp iso={publishedAt} relative />
        </span>
        {updatedAt && updatedAt !== publishedAt && (
          <span>
            Updated <Timestamp iso={updatedAt} relative />
          </span>
        )}
        {readingMinutes !== undefined && <span>{readingMinutes} min read</span>}
      </p>
    </header>
  );
}
