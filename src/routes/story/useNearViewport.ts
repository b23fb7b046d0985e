// Whether an element has come near the screen. What a reader reaches only by scrolling (a story's sidebar, below the
// story on a phone) starts its requests then, not while the page loads (decision 026).
import { useCallback, useState } from 'react';

/** Near: within one screen's height of the viewport, so that a reader scrolling at reading pace finds it loaded. */
const NEAR = '100% 0px';

/**
 * A ref for the element and whether it has come near the viewport (once near, it stays so). Without
 * `IntersectionObserver` (an old browser, a test environment) everything counts as near.
 */
export function useNearViewport(): [ref: (element: Element | null) => () => void, near: boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');
  const ref = useCallback((element: Element | null) => {
    if (!element || typeof IntersectionObserver !== 'function') return () => undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, near];
}
