// The top of a story: headline, standfirst and byline (drawn from the tree index.html's early paint draws too), then
// the published/updated times.
import type { Story } from '../api/story';
import { ElementTree } from './ElementTree';
import { storyHeaderText } from './story-header-tree';
import { Timestamp } from './Timestamp';
import { story as words } from '#words/story';

type Props = Pick<Story, 'headline' | 'standfirst' | 'byline' | 'publishedAt' | 'updatedAt'> & {
  /** Estimated minutes to read the story. */
  readingMinutes?: number;
};

export function StoryHeader({ headline, standfirst, byline, publishedAt, updatedAt, readingMinutes }: Props) {
  return (
    <header className="story-header">
      {storyHeaderText({ headline, standfirst, byline }).map((node) => (
        <ElementTree key={node.className} node={node} />
      ))}
      <p className="story-header__times">
        <span>{words.published(<Timestamp key="t" iso={publishedAt} relative />)}</span>
        {updatedAt && updatedAt !== publishedAt && <span>{words.updated(<Timestamp key="t" iso={updatedAt} relative />)}</span>}
        {readingMinutes !== undefined && <span>{words.read(readingMinutes)}</span>}
      </p>
    </header>
  );
}
