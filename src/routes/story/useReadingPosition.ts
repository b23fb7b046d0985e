// Remembers how far the reader got in a story (the furthest point of the visit) and offers to resume there on
// return, never jumping on its own. The place is a body block and how far into it, so the reader lands on the same
// words even if the screen's width or the text size changed since (a share of the page's height would not).
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { clampShare, resumablePosition, savePosition, type BodyAnchor, type ReadingPosition } from '../../lib/reading-position';

/** Stories shorter than this many screens are not worth resuming. */
const MIN_SCREENS = 2;
/** Frames in which a resume corrects itself while the blocks around the place get their layout. */
const RESUME_FRAMES = 4;

function progressOf(element: HTMLElement): number {
  const rect = element.getBoundingClientRect();
  const scrollable = rect.height - window.innerHeight;
  return scrollable > 0 ? clampShare(-rect.top / scrollable) : 1;
}

const bodyBlocks = (story: HTMLElement): Element[] => [...(story.querySelector('.story-body')?.children ?? [])];

/** The block at the top of the screen and the share of it scrolled past. */
function anchorAt(story: HTMLElement): BodyAnchor | undefined {
  for (const [index, block] of bodyBlocks(story).entries()) {
    const rect = block.getBoundingClientRect();
    if (rect.bottom > 0) return { block: index, offset: rect.height > 0 ? clampShare(-rect.top / rect.height) : 0 };
  }
  return undefined;
}

/**
 * Scrolls so that the anchor's point is at the top of the screen, then checks again in the next frames, while what
 * loads around it (photos with their size set, the sidebar) settles.
 */
function scrollToAnchor(block: Element, offset: number, frames = RESUME_FRAMES) {
  const rect = block.getBoundingClientRect();
  const distance = rect.top + offset * rect.height;
  if (Math.abs(distance) >= 1) window.scrollTo({ top: window.scrollY + distance });
  if (frames > 1) requestAnimationFrame(() => scrollToAnchor(block, offset, frames - 1));
}

export function useReadingPosition(slug: string, story: RefObject<HTMLElement | null>) {
  const [offer, setOffer] = useState<ReadingPosition | null>(() => resumablePosition(slug));

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
        const anchor = anchorAt(element);
        savePosition(slug, anchor ? { progress, anchor } : { progress });
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
    const block = offer.anchor ? bodyBlocks(element)[offer.anchor.block] : undefined;
    if (block && offer.anchor) scrollToAnchor(block, offer.anchor.offset);
    else {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const scrollable = element.getBoundingClientRect().height - window.innerHeight;
      window.scrollTo({ top: top + offer.progress * scrollable });
    }
    setOffer(null);
  }, [story, offer]);

  return { offer, resume, dismiss: () => setOffer(null) };
}
