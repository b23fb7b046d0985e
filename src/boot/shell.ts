// The page frame as static HTML inside #root (index.html): skip link, masthead, notices region and a main that says
// "Loading…". It paints with the HTML, before any script, and works without JS (plain links, a GET search form).
// The app's first render replaces it in one synchronous step with identical elements in the same places, so nothing
// moves or flashes (e2e/http/early-story.spec.ts); src/boot/shell.test.tsx keeps it identical to RootLayout's markup.
// (data-app-link marks the app's own links, src/components/AppLink.tsx; data-discover is what React Router's <Form>
// carries.)
import { MASTHEAD_MENU_ID, MASTHEAD_SEARCH_ID, READER_PAGES, SECTIONS } from '../lib/sections.ts';
import { APP_LINK_ATTRIBUTE } from '../lib/app-links.ts';
import { SHELL_SEARCH_ID } from '../lib/shell-search.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the static frame's main holds until the app renders: a skeleton that says "Loading…". */
const LOADING = '<div class="page-skeleton" aria-busy="true" data-shell=""><p class="visually-hidden" role="status">Loading…</p></div>';

/** A list of plain links marked as the app's own. */
const pageLinks = (pages: typeof SECTIONS | typeof READER_PAGES) =>
  `<ul>${pages.map(([to, label]) => `<li><a href="${escapeHtml(to)}" ${APP_LINK_ATTRIBUTE}="">${escapeHtml(label)}</a></li>`).join('')}</ul>`;

/** A button that opens one of the masthead's popovers (they open before any script too: popovertarget). */
const panelButton = (panel: string, label: 'Search' | 'Menu') =>
  `<button type="button" class="masthead__toggle masthead__toggle--${label.toLowerCase()}" popovertarget="${panel}" aria-controls="${panel}" aria-expanded="false">` +
  `<span class="visually-hidden">${label}</span></button>`;

/** The frame, with `main` holding the loading skeleton or (for the static floor) a page rendered ahead of time. */
export function appShellHtml(main: string = LOADING): string {
  return [
    '<a class="skip-link" href="#main">Skip to content</a>',
    '<header class="masthead"><div class="masthead__inner">',
    `<a class="masthead__name" href="/" ${APP_LINK_ATTRIBUTE}="">Lede</a>`,
    panelButton(MASTHEAD_SEARCH_ID, 'Search'),
    panelButton(MASTHEAD_MENU_ID, 'Menu'),
    `<nav aria-label="Sections" class="masthead__nav">${pageLinks(SECTIONS)}</nav>`,
    `<div id="${MASTHEAD_MENU_ID}" class="masthead__menu" popover="auto">${pageLinks(READER_PAGES)}`,
    // Does nothing until the app takes over; here so the masthead does not change size when it does.
    '<button type="button" class="masthead__download">Download for offline</button></div>',
    `<form method="get" action="/search" role="search" class="search-box" id="${MASTHEAD_SEARCH_ID}" popover="auto" data-discover="true">`,
    `<label for="${SHELL_SEARCH_ID}" class="visually-hidden">Search stories</label>`,
    `<input id="${SHELL_SEARCH_ID}" type="search" name="q" class="search-box__input" value="" placeholder="Search stories" enterkeyhint="search" autocomplete="off">`,
    '<button type="submit" class="search-box__submit">Search</button>',
    '</form></div><div class="progress" aria-hidden="true"></div></header>',
    '<div class="pwa-notices" role="status" aria-live="polite"></div>',
    `<main id="main" tabindex="-1">${main}</main>`,
  ].join('');
}
