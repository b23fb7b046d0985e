// What changed in a story since the reader last read it, and the box that says so: code that only a returning reader
// of a changed story (or one applying a live update) needs, so the story loader asks for it only then.
import type { Story } from '../../api/story';
import { StoryChanges } from '../../components/StoryChanges';
import type { ReadVersion } from '../../model/read-versions';
import { blockText, diffBlocks, diffStories, hasChanges, type StoryDiff } from '../../model/story-diff';

export interface Changes {
  diff: StoryDiff;
  /** When the reader last read the story; null when they just applied a live update. */
  readAt: string | null;
}

/** Changes since the version this device last read, if the story changed since. */
export function changesSinceLastRead(story: Story, previous: ReadVersion): Changes | null {
  const diff = diffBlocks(previous.blocks, story.body.map(blockText));
  return hasChanges(diff) ? { diff, readAt: previous.readAt } : null;
}

/** The changes a live update brings, from the version shown to `latest`. */
export function changesOfUpdate(shown: Story, latest: Story): Changes {
  return { diff: diffStories(shown.body, latest.body), readAt: null };
}

/** The "changed since your last visit" box for `story`. */
export function ChangesBox({ story, changes }: { story: Story; changes: Changes }) {
  return <StoryChanges diff={changes.diff} blocks={story.body.map(blockText)} readAt={changes.readAt} updatedAt={story.updatedAt} />;
}
