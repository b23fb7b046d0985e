// The "changed since your last visit" banner and the list of changes (the publisher's update notes stay as written).
import type { StoryDiff } from '../model/story-diff';
import { Timestamp } from './Timestamp';
import { changes as words } from '#words/changes';

interface Props {
  diff: StoryDiff;
  /** Block texts of the new version, to quote what was added or edited. */
  blocks: string[];
  /** When the reader last read it, or null when the change was applied just now. */
  readAt: string | null;
  updatedAt: string | null;
}

const excerpt = (text: string) => {
  const parts = text.split(/\s+/).filter(Boolean);
  return parts.length > 18 ? `${parts.slice(0, 18).join(' ')}…` : parts.join(' ');
};

export function StoryChanges({ diff, blocks, readAt, updatedAt }: Props) {
  const changes = [...diff.changed].sort(([a], [b]) => a - b);
  return (
    <section className="story-changes" aria-labelledby="story-changes-title">
      <p id="story-changes-title" className="story-changes__title">
        {readAt ? words.changed(<Timestamp key="read" iso={readAt} />, updatedAt ? <Timestamp key="updated" iso={updatedAt} /> : null) : words.now}{' '}
        {words.marked}
      </p>
      <details className="story-changes__list">
        <summary>{readAt ? words.since : words.what}</summary>
        <ul>
          {changes.map(([index, kind]) => (
            <li key={`c${index}`}>
              <strong>{kind === 'added' ? words.added : words.edited}</strong> {excerpt(blocks[index] ?? '')}
            </li>
          ))}
          {diff.removed.map((text, index) => (
            <li key={`r${index}`}>
              <strong>{words.removed}</strong> <del>{excerpt(text)}</del>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
