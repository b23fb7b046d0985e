// The masthead's links, shared by the app's layout and the static shell in index.html; each names its word
// (src/lib/words/types.ts, MastheadWords), as the static shell is made at build time with the publication's words.
import type { MastheadWords } from './words/types';

/** The publication's sections: one row that scrolls sideways on phones. */
export const SECTIONS = [
  ['/', 'front'],
  ['/popular', 'popular'],
  ['/archive', 'archive'],
] as const satisfies readonly (readonly [string, keyof MastheadWords])[];

/** The reader's own pages: in the masthead's menu on phones, beside the sections on wide screens. */
export const READER_PAGES = [
  ['/saved', 'saved'],
  ['/preferences', 'display'],
] as const satisfies readonly (readonly [string, keyof MastheadWords])[];

/** The ids of the two panels phones open from the masthead (the menu, the search form). */
export const MASTHEAD_MENU_ID = 'masthead-menu';
export const MASTHEAD_SEARCH_ID = 'masthead-search';

/** Whether the masthead link to `to` is the page at `pathname` (the front page only at "/"; others with their subpages). */
export function isCurrentPage(to: string, pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}
