// The frame around every page: skip link, masthead, main content and footer; focus moves to each new page.
import { useEffect, useRef, useState } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation, useNavigationType, type Location } from 'react-router';
import { AutoRefreshDownload, DownloadStatus } from '../pwa/Download';
import { PwaNotices } from '../pwa/PwaNotices';
import { Masthead } from './Masthead';
import { masthead } from '#words/masthead';

function useFocusOnNavigation() {
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const shownKey = useRef(key);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    // The first page keeps the browser's own focus; only later navigations move it.
    if (shownKey.current === key) return;
    shownKey.current = key;
    // After a client-side navigation, move focus to the new page's heading and announce its title.
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        // Back/forward keeps the reader's place (long lists restore their scroll position); new pages start at the top.
        heading.focus({ preventScroll: navigationType === 'POP' });
      }
      setAnnouncement(document.title);
    });
    return () => cancelAnimationFrame(frame);
  }, [key, navigationType]);
  return announcement;
}

/**
 * Every page load that did not come from this app's own history (the address bar, a bookmark, a link from another site)
 * has React Router's location key "default", so by that key alone a page opened that way would be scrolled to where
 * the previous such page was left in this tab. That first page gets a key of its own, kept in its history entry so
 * that a reload of it still returns to where the reader was. The entry is written when the reader first scrolls that
 * page (usePersistedFirstPageKey), not while it loads: until then a reload starts at the top anyway, and a history
 * write during the load costs the boot up to 10 ms on a slow, busy host (docs/performance.md).
 */
function storedFirstPageKey(): string | undefined {
  const key = (window.history.state as { ledeScrollKey?: unknown } | null)?.ledeScrollKey;
  return typeof key === 'string' ? key : undefined;
}
let firstPage: string | undefined;
const scrollKey = (location: Location) =>
  location.key === 'default' ? (firstPage ??= storedFirstPageKey() ?? `default:${performance.timeOrigin}`) : location.key;

function usePersistedFirstPageKey() {
  const { key } = useLocation();
  useEffect(() => {
    if (key !== 'default' || storedFirstPageKey() !== undefined) return;
    const persist = () => {
      if (firstPage !== undefined) window.history.replaceState({ ...(window.history.state ?? {}), ledeScrollKey: firstPage }, '');
    };
    window.addEventListener('scroll', persist, { once: true, passive: true });
    return () => window.removeEventListener('scroll', persist);
  }, [key]);
}

export function RootLayout() {
  const navigation = useNavigation();
  const announcement = useFocusOnNavigation();
  usePersistedFirstPageKey();
  return (
    <>
      <a className="skip-link" href="#main">
        {masthead.skip}
      </a>
      <Masthead loading={navigation.state === 'loading'} />
      <PwaNotices />
      <DownloadStatus />
      <AutoRefreshDownload />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      {/* New pages start at the top; back and forward return to where the reader was. */}
      <ScrollRestoration getKey={scrollKey} />
      <footer className="site-footer">
        <p>{masthead.footer}</p>
      </footer>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </>
  );
}
