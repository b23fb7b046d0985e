// The search page's words in English.
import type { SearchWords } from '../types';

export const search: SearchWords = {
  title: 'Search',
  titleFor: (query) => `“${query}” · Search`,
  results: (query) => `Results for “${query}”`,
  none: (query) => `No stories match “${query}”. Check the spelling, or try fewer or different words.`,
  end: 'No more results.',
  empty: 'Type a word or two to find stories, including older ones in the archive.',
};
