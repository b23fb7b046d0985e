// The story sidebar while it waits (for its code, or for its lists): the same landmark, holding its place.
import type { Ref } from 'react';
import { parts as words } from '#words/parts';

export function SidebarSkeleton({ ref }: { ref?: Ref<HTMLElement> }) {
  return (
    <aside ref={ref} className="story-sidebar" aria-label={words.more} aria-busy="true">
      <div className="section-skeleton" aria-hidden="true" />
    </aside>
  );
}
