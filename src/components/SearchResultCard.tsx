// One search result: a story card whose headline, standfirst and matching passage show the search words marked.
import type { SearchResult } from '../api/archive';
import { Highlight } from './Highlight';
import { StoryCard } from './StoryCard';

interface Props {
  result: SearchResult;
  words: string[];
  onIntent?: (slug: string) => void;
}

export function SearchResultCard({ result, words, onIntent }: Props) {
  // The headline is the link's text, so it is highlighted by passing a marked copy as the visible title.
  return (
    <StoryCard story={result} onIntent={onIntent} title={<Highlight text={result.headline} words={words} />}>
      {result.standfirst && (
        <p className="story-card__standfirst">
          <Highlight text={result.standfirst} words={words} />
        </p>
      )}
      {result.excerpt && (
        <p className="story-card__excerpt">
          <Highlight text={result.excerpt} words={words} />
        </p>
      )}
    </StoryCard>
  );
}
