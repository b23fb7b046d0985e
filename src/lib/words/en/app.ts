// The app as installed and as index.html describes it, in English.
import type { AppWords } from '../types';

export const app: AppWords = {
  description: 'An offline-first news reader: fast, calm and accessible stories that stay readable offline.',
  summary: 'Lede: a fast, calm, accessible news reader.',
  noscript: 'Lede needs JavaScript to show the news.',
  popular: ['Most popular this week', 'Popular'],
  saved: ['Saved stories', 'Saved'],
};
