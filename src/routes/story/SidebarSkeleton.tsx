// The story sidebar while it waits (for its code, or for its lists): the same landmark, holding its place.
import type { Ref } from 'react';

export function SidebarSkeleton({ ref }: { ref?: Ref<HTMLElement> }) {
  return (
    <aside ref={ref} className="story-sidebar" aria-label="More stories" aria-busy="true">
      <div className="section-skeleton" aria-hidden="true" />
    </aside>
  );
}
