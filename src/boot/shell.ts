// The page frame as static HTML inside #root (index.html): skip link, masthead, notices region and a main that says
// "Loading…". It paints with the HTML, before any script, and works without JS (plain links, a GET search form).
// The app's first render replaces it in one synchronous step with identical elements in the same places, so nothing
// moves or flashes (e2e/http/early-story.spec.ts); src/boot/shell.test.tsx keeps it identical to RootLayout's markup.
// (data-app-link marks the app's own links, src/components/AppLink.tsx; data-discover is what React Router's <Form>
// carries.)
import { MASTHEAD_MENU_ID, MASTHEAD_SEARCH_ID, READER_PAGES, SECTIONS } from '../lib/sections.ts';
import { APP_LINK_ATTRIBUTE } from '../lib/app-links.ts';
import { PUBLICATION } from '../lib/publication.ts';
import { SHELL_SEARCH_ID } from '../lib/shell-search.ts';
import type { MastheadWords } from '../lib/words/types.ts';
import { masthead } from '#words/masthead';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the static frame's main holds until the app renders: a skeleton that says "Loading…". */
const loading = (words: MastheadWords) =>
  `<div class="page-skeleton" aria-busy="true" data-shell=""><p class="visually-hidden" role="status">${escapeHtml(words.loading)}</p></div>`;

/** A list of plain links marked as the app's own. */
const pageLinks = (pages: typeof SECTIONS | typeof READER_PAGES, words: MastheadWords) =>
  `<ul>${pages.map(([to, word]) => `<li><a href="${escapeHtml(to)}" ${APP_LINK_ATTRIBUTE}="">${escapeHtml(words[word])}</a></li>`).join('')}</ul>`;

/** A button that opens one of the masthead's popovers (they open before any script too: popovertarget). */
const panelButton = (panel: string, kind: 'search' | 'menu', words: MastheadWords) =>
  `<button type="button" class="masthead__toggle masthead__toggle--${kind}" popovertarget="${panel}" aria-controls="${panel}" aria-expanded="false">` +
  `<span class="visually-hidden">${escapeHtml(words[kind])}</span></button>`;

/**
 * The frame, with `main` holding the loading skeleton or (for the static floor) a page rendered ahead of time. `words`
 * and `name`: the publication's, which build-time callers outside Vite's resolution pass (build/words.ts).
 */
export function appShellHtml(main?: string, words: MastheadWords = masthead, name: string = PUBLICATION.name): string {
  return [
    `<a class="skip-link" href="#main">${escapeHtml(words.skip)}</a>`,
    '<header class="masthead"><div class="masthead__inner">',
    `<a class="masthead__name" href="/" ${APP_LINK_ATTRIBUTE}="">${escapeHtml(name)}</a>`,
    panelButton(MASTHEAD_SEARCH_ID, 'search', words),
    panelButton(MASTHEAD_MENU_ID, 'menu', words),
    `<nav aria-label="${escapeHtml(words.sections)}" class="masthead__nav">${pageLinks(SECTIONS, words)}</nav>`,
    `<div id="${MASTHEAD_MENU_ID}" class="masthead__menu" popover="auto">${pageLinks(READER_PAGES, words)}`,
    // Does nothing until the app takes over; here so the masthead does not change size when it does.
    `<button type="button" class="masthead__download">${escapeHtml(words.download)}</button></div>`,
    `<form method="get" action="/search" role="search" class="search-box" id="${MASTHEAD_SEARCH_ID}" popover="auto" data-discover="true">`,
    `<label for="${SHELL_SEARCH_ID}" class="visually-hidden">${escapeHtml(words.field)}</label>`,
    `<input id="${SHELL_SEARCH_ID}" type="search" name="q" dir="auto" class="search-box__input" value="" placeholder="${escapeHtml(words.field)}" enterkeyhint="search" autocomplete="off">`,
    `<button type="submit" class="search-box__submit">${escapeHtml(words.search)}</button>`,
    '</form></div><div class="progress" aria-hidden="true"></div></header>',
    '<div class="pwa-notices" role="status" aria-live="polite"></div>',
    `<main id="main" tabindex="-1">${main ?? loading(words)}</main>`,
  ].join('');
}
