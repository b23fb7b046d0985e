// /popular: this week's most popular stories (an app shortcut target).
import { useQuery } from '@tanstack/react-query';
import { MostPopular } from '../../components/MostPopular';
import { QuerySection } from '../../components/QuerySection';
import { popularQuery } from '../../queries/front';
import { usePrefetchStory } from '../usePrefetchStory';

export function PopularPage() {
  const popular = useQuery(popularQuery());
  const prefetch = usePrefetchStory();
  return (
    <div className="page">
      <title>Most popular this week · Lede</title>
      <h1 tabIndex={-1}>Most popular this week</h1>
      <QuerySection title="Ranked by readers" state={popular} className="popular-page">
        {(list) => <MostPopular stories={list.items} onIntent={prefetch} />}
      </QuerySection>
    </div>
  );
}
