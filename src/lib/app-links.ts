// Client-side navigation for the app's own links (src/components/AppLink.tsx), from one click listener on the
// document: a plain left click on a same-origin link marked as the app's goes through the router; anything else
// (a modifier key, a middle click, target="_blank", a download, another origin) is left to the browser.
export const APP_LINK_ATTRIBUTE = 'data-app-link';

type Navigate = (to: string, options: { replace: boolean }) => unknown;

const pathOf = (url: URL | Location) => `${url.pathname}${url.search}${url.hash}`;

/** Starts following app links with `navigate` (the router's); returns a function that stops it. */
export function followAppLinks(navigate: Navigate, doc: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const target = event.target;
    const link = target instanceof Element ? target.closest<HTMLAnchorElement>(`a[${APP_LINK_ATTRIBUTE}]`) : null;
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    const url = new URL(link.href, doc.baseURI);
    const here = doc.defaultView?.location;
    if (!here || url.origin !== here.origin) return;
    event.preventDefault();
    // Like React Router's <Link>: following a link to the page already shown replaces its history entry.
    void navigate(pathOf(url), { replace: pathOf(url) === pathOf(here) });
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
