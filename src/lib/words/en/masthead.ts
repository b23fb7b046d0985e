// The masthead's words in English.
import type { MastheadWords } from '../types';

export const masthead: MastheadWords = {
  skip: 'Skip to content',
  search: 'Search',
  menu: 'Menu',
  sections: 'Sections',
  front: 'Front page',
  popular: 'Popular',
  archive: 'News archive',
  saved: 'Saved',
  display: 'Display',
  field: 'Search stories',
  download: 'Download for offline',
  loading: 'Loading…',
  footer: 'Lede — an offline-first news reader. Stories in the demo are fictional.',
  offline: 'You are offline. Saved and recently read stories still open.',
  online: 'You are back online.',
  update: 'New version available',
  reload: 'Reload',
};
