// Remembers how far the reader got in a story (the furthest point of the visit) and offers to resume there on
// return, never jumping on its own.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { resumableProgress, saveProgress } from '../../lib/reading-position';

/** Stories shorter than this many screens are not worth resuming. */
const MIN_SCREENS = 2;

function progressOf(element: HTMLElement): number {
  const rect = element.getBoundingClientRect();
  const scrollable = rect.height - window.innerHeight;
  return scrollable > 0 ? Math.min(1, Math.max(0, -rect.top / scrollable)) : 1;
}

export function useReadingPosition(slug: string, story: RefObject<HTMLElement | null>) {
  const [offer, setOffer] = useState<number | null>(() => resumableProgress(slug));

  useEffect(() => {
    let frame = 0;
    // The furthest point of this visit: scrolling back up to the masthead to leave does not lose the place.
    let furthest = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const element = story.current;
        if (!element || element.getBoundingClientRect().height < MIN_SCREENS * window.innerHeight) return;
        const progress = progressOf(element);
        if (progress <= furthest) return;
        furthest = progress;
        saveProgress(slug, progress);
        // Once the reader has moved on by themselves, the offer has served its purpose.
        if (progress > 0.05) setOffer(null);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    // This code loads after the story renders: a reader may already have scrolled, so measure once now too.
    onScroll();
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [slug, story]);

  const resume = useCallback(() => {
    const element = story.current;
    if (!element || offer === null) return;
    const top = element.getBoundingClientRect().top + window.scrollY;
    const scrollable = element.getBoundingClientRect().height - window.innerHeight;
    window.scrollTo({ top: top + offer * scrollable });
    setOffer(null);
  }, [story, offer]);

  return { offer, resume, dismiss: () => setOffer(null) };
}
