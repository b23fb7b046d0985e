// Service workers cannot see the Cookie header (a forbidden header, stripped even from Requests they build), and
// MSW reads a page's cookies from `document.cookie`. The demo worker has no document, so it gets a minimal one
// whose `cookie` is what the worker last read from the Cookie Store API: the test switches (cookies, in the builds
// that carry them) then reach the same handlers in the worker as in the page.
let current = '';

export function setWorkerCookies(cookieString: string): void {
  current = cookieString;
}

if (typeof (globalThis as { document?: unknown }).document === 'undefined') {
  Object.defineProperty(globalThis, 'document', {
    configurable: true,
    value: {
      get cookie() {
        return current;
      },
    },
  });
}
