// The story sidebar: "Similar" and "This week's most popular", each loading and failing on its own.
import { useQuery } from '@tanstack/react-query';
import { MostPopular } from '../../components/MostPopular';
import { QuerySection } from '../../components/QuerySection';
import { SimilarList } from '../../components/SimilarList';
import { similarQuery } from '../../queries/article';
import { popularQuery } from '../../queries/lists';

export function StorySidebar({ slug }: { slug: string }) {
  const similar = useQuery(similarQuery(slug));
  const popular = useQuery(popularQuery());
  return (
    <aside className="story-sidebar" aria-label="More stories">
      <QuerySection title="Similar" state={similar} className="sidebar-section">
        {(list) => <SimilarList stories={list.items} />}
      </QuerySection>
      <QuerySection title="This week's most popular" state={popular} className="sidebar-section">
        {(list) => <MostPopular stories={list.items} />}
      </QuerySection>
    </aside>
  );
}
