// Shared post links (`/story/:slug#post-<id>`): the page opens scrolled to that post, paging older posts in until it
// is loaded; a click on a post's time or a key event does the same without a page load.
import { useEffect, useLayoutEffect, useState } from 'react';
import type { Post } from '../../../api/post';
import { useHydrated } from '../../../lib/hydration';
import { postAnchor, postIdFromHash } from '../../../lib/live-anchors';
import { windowAround, type PostWindow } from '../../../model/live-window';

/** Posts fetched per page while looking for a linked post (the API's most). */
const SEEK_PAGE = 100;

interface Options {
  shown: readonly Post[] | null;
  older: string | null;
  loadOlder: (limit: number) => Promise<readonly Post[] | null>;
  setWindow: (window: PostWindow) => void;
}

/** Returns the id of a linked post that could not be found (deleted since the link was shared), else null. */
export function usePostLink({ shown, older, loadOlder, setWindow }: Options): string | null {
  // The address's #post-… is the browser's alone: a page the server rendered follows it once hydrated.
  const hydrated = useHydrated();
  const [target, setTarget] = useState(() => (hydrated ? postIdFromHash(window.location.hash) : null));
  const [serverRendered] = useState(!hydrated);
  // An object, so a second click on the same link scrolls again.
  const [scrollTo, setScrollTo] = useState<{ id: string } | null>(null);
  const [missing, setMissing] = useState<string | null>(null);

  useEffect(() => {
    const follow = () => setTarget(postIdFromHash(window.location.hash));
    if (serverRendered) follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [serverRendered]);

  // Decided while rendering (React's pattern for state that follows other state): found, or known to be gone.
  const index = target !== null && shown ? shown.findIndex((post) => post.id === target) : -1;
  if (target !== null && shown && index >= 0) {
    setWindow(windowAround(shown, index));
    setScrollTo({ id: target });
    setTarget(null);
    setMissing(null);
  } else if (target !== null && shown && older === null) {
    setMissing(target);
    setTarget(null);
  }

  // Not loaded yet: page older posts in, a large page at a time, until it is.
  const seekCursor = target !== null && shown && index < 0 ? older : null;
  useEffect(() => {
    if (seekCursor === null) return undefined;
    let stale = false;
    void loadOlder(SEEK_PAGE).then((next) => {
      if (!stale && next === null) setTarget(null); // failed: leave the reader where they are
    });
    return () => {
      stale = true;
    };
  }, [seekCursor, loadOlder]);

  // Once the post is in the DOM (its window rendered with the same update), bring it into view and focus it.
  useLayoutEffect(() => {
    if (scrollTo === null) return;
    const element = document.getElementById(postAnchor(scrollTo.id));
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [scrollTo]);

  return missing;
}
