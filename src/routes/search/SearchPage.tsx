// /search?q=: stories whose headline, standfirst or body contain every word, with the words marked; the query lives in the URL.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { QuerySection } from '../../components/QuerySection';
import { SearchBox } from '../../components/SearchBox';
import { SearchResultCard } from '../../components/SearchResultCard';
import { StoryFeed } from '../../components/StoryFeed';
import { queryWords } from '../../lib/highlight';
import { searchQuery } from '../../queries/search';
import { usePrefetchStory } from '../usePrefetchStory';
import { useStoryFeed } from '../useStoryFeed';
import { searchTerm } from './loader';
import { pageTitle } from '../../model/page-title';
import { search as searchWords } from '#words/search';

function SearchResults({ query }: { query: string }) {
  const search = useInfiniteQuery(searchQuery(query));
  const { stories: results, feed } = useStoryFeed(search, 'search');
  const prefetch = usePrefetchStory();
  const words = useMemo(() => queryWords(query), [query]);
  return (
    <QuerySection title={searchWords.results(query)} state={search} className="search-results">
      {() =>
        results.length === 0 ? (
          <p>{searchWords.none(query)}</p>
        ) : (
          <StoryFeed
            stories={results}
            renderStory={(result) => <SearchResultCard result={result} words={words} onIntent={prefetch} />}
            {...feed}
            endMessage={searchWords.end}
          />
        )
      }
    </QuerySection>
  );
}

export function SearchPage() {
  const [params] = useSearchParams();
  const query = searchTerm(params);
  return (
    <div className="page search-page">
      <title>{pageTitle(query ? searchWords.titleFor(query) : searchWords.title)}</title>
      <h1 tabIndex={-1}>{searchWords.title}</h1>
      <SearchBox query={query} className="search-box search-box--page" />
      {query ? <SearchResults key={query} query={query} /> : <p className="search-page__empty">{searchWords.empty}</p>}
    </div>
  );
}
