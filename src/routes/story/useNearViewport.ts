// Whether an element has come near the screen. What a reader reaches only by scrolling (a story's sidebar, below the
// story on a phone) starts its requests then, not while the page loads (decision 026).
import { useCallback, useState } from 'react';

/**
 * A ref for the element, and whether it has come within one screen's height of the viewport, so that a reader
 * scrolling at reading pace finds it loaded. Once near, it stays so.
 */
export function useNearViewport() {
  const [near, setNear] = useState(false);
  const ref = useCallback(
    (element: Element | null) => {
      if (near || !element) return;
      const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), {
        rootMargin: '100% 0px',
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [near],
  );
  return [ref, near] as const;
}
