// /popular: this week's most popular stories (an app shortcut target).
import { useQuery } from '@tanstack/react-query';
import { MostPopular } from '../../components/MostPopular';
import { QuerySection } from '../../components/QuerySection';
import { popularQuery } from '../../queries/front';
import { usePrefetchStory } from '../usePrefetchStory';
import { pageTitle } from '../../model/page-title';
import { lists as words } from '#words/lists';

export function PopularPage() {
  const popular = useQuery(popularQuery());
  const prefetch = usePrefetchStory();
  return (
    <div className="page">
      <title>{pageTitle(words.popularTitle)}</title>
      <h1 tabIndex={-1}>{words.popularTitle}</h1>
      <QuerySection title={words.ranked} state={popular} className="popular-page">
        {(list) => <MostPopular stories={list.items} onIntent={prefetch} />}
      </QuerySection>
    </div>
  );
}
