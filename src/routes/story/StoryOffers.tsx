// The story's non-modal offers, loaded after the story renders: a newer version ("Show") and "continue reading".
import type { RefObject } from 'react';
import type { Article } from '../../api/article';
import { ResumeReading } from '../../components/ResumeReading';
import { UpdateNotice } from '../../components/UpdateNotice';
import { useReadingPosition } from './useReadingPosition';
import { useStoryUpdates } from './useStoryUpdates';

interface Props {
  article: Article;
  articleRef: RefObject<HTMLElement | null>;
  onShowLatest: (latest: Article) => void;
}

export function StoryOffers({ article, articleRef, onShowLatest }: Props) {
  const latest = useStoryUpdates(article);
  const position = useReadingPosition(article.slug, articleRef);
  if (!latest && position.offer === null) return null;
  return (
    <div className="story-offers">
      {position.offer !== null && <ResumeReading progress={position.offer} onResume={position.resume} onDismiss={position.dismiss} />}
      {latest && <UpdateNotice onShow={() => onShowLatest(latest)} />}
    </div>
  );
}
