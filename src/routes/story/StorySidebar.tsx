// The story sidebar: "Similar" and "This week's most popular", each loading and failing on its own, and the archive link.
// Their requests start when the sidebar comes near the screen: beside the story on a wide screen that is at once; below
// it on a phone, when the reader scrolls towards it (decision 026).
import { useQuery } from '@tanstack/react-query';
import { SidebarSkeleton } from './SidebarSkeleton';
import { useNearViewport } from './useNearViewport';
import { AppLink } from '../../components/AppLink';
import { Later } from '../../components/Later';
import { MostPopular } from '../../components/MostPopular';
import { QuerySection } from '../../components/QuerySection';
import { SimilarList } from '../../components/SimilarList';
import { similarQuery } from '../../queries/story';
import { popularQuery } from '../../queries/front';
import { usePrefetchStory } from '../usePrefetchStory';
import { lists as words } from '#words/lists';
import { masthead } from '#words/masthead';
import { parts } from '#words/parts';

export function StorySidebar({ slug }: { slug: string }) {
  const [sidebarRef, near] = useNearViewport();
  const similar = useQuery({ ...similarQuery(slug), enabled: near });
  const popular = useQuery({ ...popularQuery(), enabled: near });
  const prefetch = usePrefetchStory();
  // Both lists appear together, once each has data or has failed: on a wide screen the sidebar sits beside the
  // story, and a list arriving above another would push it down while the reader looks (a layout shift).
  const waiting = [similar, popular].some((state) => state.isPending && !state.error);
  const skeleton = <SidebarSkeleton ref={sidebarRef} />;
  if (waiting) return skeleton;
  // The lists render in a turn of their own (`Later`): a query's answer arriving after the sidebar is shown would
  // otherwise render every card at once, synchronously (an external store's update), one long task.
  return (
    <Later fallback={skeleton}>
      <aside className="story-sidebar" aria-label={parts.more}>
        <QuerySection title={words.similar} state={similar} className="sidebar-section">
          {(list) => <SimilarList stories={list.items} onIntent={prefetch} />}
        </QuerySection>
        <QuerySection title={words.weekPopular} state={popular} className="sidebar-section">
          {(list) => <MostPopular stories={list.items} onIntent={prefetch} />}
        </QuerySection>
        <p className="sidebar-archive-link">
          {words.archiveLink(
            <AppLink key="a" to="/archive">
              {masthead.archive}
            </AppLink>,
          )}
        </p>
      </aside>
    </Later>
  );
}
