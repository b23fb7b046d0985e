// The story's non-modal offers, loaded after the story renders: a newer version ("Show") and "continue reading".
import type { RefObject } from 'react';
import type { Story } from '../../api/story';
import { ResumeReading } from '../../components/ResumeReading';
import { UpdateNotice } from '../../components/UpdateNotice';
import { useReadingPosition } from './useReadingPosition';
import * as SinceLastRead from './since-last-read';
import { useStoryUpdates } from './useStoryUpdates';

interface Props {
  story: Story;
  storyRef: RefObject<HTMLElement | null>;
  /** Shows the latest version, with the changes it brings (the code that marks them comes with the offers). */
  onShowLatest: (latest: Story, sinceLastRead: typeof SinceLastRead) => void;
}

export function StoryOffers({ story, storyRef, onShowLatest }: Props) {
  const latest = useStoryUpdates(story);
  const position = useReadingPosition(story.slug, storyRef);
  if (!latest && position.offer === null) return null;
  return (
    <div className="story-offers">
      {position.offer !== null && <ResumeReading progress={position.offer.progress} onResume={position.resume} onDismiss={position.dismiss} />}
      {latest && <UpdateNotice onShow={() => onShowLatest(latest, SinceLastRead)} />}
    </div>
  );
}
