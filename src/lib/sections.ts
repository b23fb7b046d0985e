// The masthead's links, shared by the app's layout and the static shell in index.html.

/** The publication's sections: one row that scrolls sideways on phones. */
export const SECTIONS = [
  ['/', 'Front page'],
  ['/popular', 'Popular'],
  ['/archive', 'News archive'],
] as const;

/** The reader's own pages: in the masthead's menu on phones, beside the sections on wide screens. */
export const READER_PAGES = [
  ['/saved', 'Saved'],
  ['/preferences', 'Display'],
] as const;

/** The ids of the two panels phones open from the masthead (the menu, the search form). */
export const MASTHEAD_MENU_ID = 'masthead-menu';
export const MASTHEAD_SEARCH_ID = 'masthead-search';

/** Whether the masthead link to `to` is the page at `pathname` (the front page only at "/"; others with their subpages). */
export function isCurrentPage(to: string, pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}
