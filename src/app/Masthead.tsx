// The masthead: brand, sections, the reader's pages, Download for offline and search. On phones the sections are one
// row that scrolls sideways and the rest opens from two buttons (popovers: Escape and a tap outside close them, and the
// focus returns to the button); on wide screens everything is in view (src/styles/global.css). src/boot/shell.ts
// paints the same markup before the app runs.
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ToggleEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { AppLink } from '../components/AppLink';
import { SearchBox } from '../components/SearchBox';
import { isCurrentPage, MASTHEAD_MENU_ID, MASTHEAD_SEARCH_ID, READER_PAGES, SECTIONS } from '../lib/sections';
import { PUBLICATION } from '../lib/publication';
import { DownloadButton } from '../pwa/Download';
import { masthead } from '#words/masthead';

function PageLinks({ pages, pathname }: { pages: typeof SECTIONS | typeof READER_PAGES; pathname: string }) {
  return (
    <ul>
      {pages.map(([to, word]) => (
        <li key={to}>
          <AppLink to={to} aria-current={isCurrentPage(to, pathname) ? 'page' : undefined}>
            {masthead[word]}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}

/** A button that opens a panel; its icon is drawn by the stylesheet (`masthead__toggle--search`, `--menu`). */
function PanelButton({ panel, open, kind }: { panel: string; open: boolean; kind: 'search' | 'menu' }) {
  return (
    <button type="button" className={`masthead__toggle masthead__toggle--${kind}`} popoverTarget={panel} aria-controls={panel} aria-expanded={open}>
      <span className="visually-hidden">{masthead[kind]}</span>
    </button>
  );
}

/** A popover's open state, for its button's aria-expanded; `onOpen` runs as it opens. */
function usePanel(onOpen?: (panel: HTMLElement) => void) {
  const [open, setOpen] = useState(false);
  const onToggle = (event: ToggleEvent<HTMLElement>) => {
    const opened = event.newState === 'open';
    setOpen(opened);
    if (opened) onOpen?.(event.currentTarget);
  };
  return { open, onToggle };
}

/** Whether this browser has popovers (else the panels show in place: never open, nothing to close). */
const POPOVERS = typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

/** Whether a panel is an open popover. */
const isOpen = (panel: HTMLElement) => POPOVERS && panel.matches(':popover-open');

/** The panel (menu or search) a reader opened in the static frame (src/boot/shell.ts), read while the app first renders. */
const openedInFrame = () => (POPOVERS ? document.querySelector('.masthead :popover-open')?.id : undefined);

const closePanel = (panel: HTMLElement | null) => {
  if (panel && isOpen(panel)) panel.hidePopover();
};

/**
 * Escape in the open search closes it (a search field's own Escape would only clear the field); as every popover
 * does, it gives the focus back to its button. Where the box is in place (wide screens), Escape clears the field.
 */
const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
  if (event.key !== 'Escape' || !isOpen(event.currentTarget)) return;
  event.preventDefault();
  event.currentTarget.hidePopover();
};

/** `loading`: a page is on its way (the bar under the masthead). */
export function Masthead({ loading }: { loading: boolean }) {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const nav = useRef<HTMLElement>(null);
  const menu = usePanel();
  // The field takes the focus as the search opens.
  const search = usePanel((panel) => panel.querySelector('input')?.focus());
  // What the reader opened before the app took over stays open (the search box also takes the field's text over).
  const [opened] = useState(openedInFrame);
  useLayoutEffect(() => {
    const panel = opened ? document.getElementById(opened) : null;
    if (panel && !isOpen(panel)) panel.showPopover();
  }, [opened]);

  const shownPath = useRef(pathname);
  useLayoutEffect(() => {
    // A new page closes what was open, and brings its section into the row's view.
    if (shownPath.current !== pathname) {
      shownPath.current = pathname;
      closePanel(document.getElementById(MASTHEAD_MENU_ID));
      closePanel(document.getElementById(MASTHEAD_SEARCH_ID));
    }
    const row = nav.current;
    const current = [...(row?.querySelectorAll('a') ?? [])].find((link) => isCurrentPage(link.pathname, pathname));
    if (!row || !current) return;
    const start = current.offsetLeft - row.offsetLeft;
    if (start < row.scrollLeft || start + current.offsetWidth > row.scrollLeft + row.clientWidth) row.scrollLeft = start;
  }, [pathname]);

  return (
    <header className="masthead">
      <div className="masthead__inner">
        <AppLink to="/" className="masthead__name">
          {PUBLICATION.name}
        </AppLink>
        <PanelButton panel={MASTHEAD_SEARCH_ID} open={search.open} kind="search" />
        <PanelButton panel={MASTHEAD_MENU_ID} open={menu.open} kind="menu" />
        <nav ref={nav} aria-label={masthead.sections} className="masthead__nav">
          <PageLinks pages={SECTIONS} pathname={pathname} />
        </nav>
        <div id={MASTHEAD_MENU_ID} className="masthead__menu" popover="auto" onToggle={menu.onToggle}>
          <PageLinks pages={READER_PAGES} pathname={pathname} />
          <DownloadButton className="masthead__download" />
        </div>
        <SearchBox
          masthead={{ id: MASTHEAD_SEARCH_ID, onToggle: search.onToggle, onKeyDown: closeOnEscape }}
          query={pathname === '/search' ? (params.get('q') ?? '') : ''}
        />
      </div>
      <div className={loading ? 'progress progress--active' : 'progress'} aria-hidden="true" />
    </header>
  );
}
