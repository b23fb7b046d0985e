// The inline script every page has (bundled from src/boot/page-start-entry.ts by build/inline-script.ts), before the
// shell's early paint (src/boot/early-story.ts):
// - it starts ICU off the main thread: the page's first Intl date format costs a 15-30 ms task, and a worker making
//   one format (public/intl-warm.js) leaves the app's first format almost free;
// - it shows the boot failure ("Try again") when the app's boot reports one (src/boot/boot-failure.ts);
// - on a page the render server rendered (its story, photo and all), it starts the app once the browser has shown the
//   page's first contentful paint, so the app's code is neither fetched nor run while the page is being drawn, and
//   links the web app manifest then, so the browser's install check (the manifest and its icon) does not compete with
//   the page's photo either (decision 043). A rendered page carries only this script: the early paint, which a
//   rendered page has no use for, and the manifest's link are taken out of it (src/server/document.ts).
import { afterNextFrame } from '../lib/next-task';
import { appStarter, link, whenParsed, type AppCode } from './app-start';
import { BOOT_FAILED_EVENT, showBootFailure } from './boot-failure';
import { SERVER_RENDERED_ATTRIBUTE } from './early-handoff';

export interface PageStartConfig extends AppCode {
  /** The publication's time zone, whose date format ICU prepares on a worker. */
  timeZone: string;
  /** The web app manifest's address, which a rendered page links once it has been shown. */
  manifest: string;
}

/** The worker that starts ICU off the main thread (a file of public/, same origin: CSP worker-src 'self'). */
export const INTL_WORKER = '/intl-warm.js';

/** The longest a rendered page waits to be shown before its app starts anyway (a browser that reports no paint). */
export const SHOWN_CAP_MS = 1000;

/** The worker that starts ICU, where there are workers (it closes itself once it has made its format). */
function startIntl(timeZone: string): Worker | undefined {
  const warm = () => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric' }).format(0);
    } catch {
      // an unknown zone: the app reports it
    }
  };
  try {
    if (typeof Worker === 'function') return new Worker(INTL_WORKER, { name: timeZone });
  } catch {
    // no worker after all: the format runs in a task of its own
  }
  setTimeout(warm, 0);
  return undefined;
}

/**
 * `callback` in a task of its own once the browser reports the page's first contentful paint as shown (its `paint`
 * entry comes after the frame has been presented, where the next frame's callbacks come before); after the next frame
 * where paints are not reported or the page is hidden, and after SHOWN_CAP_MS at the latest.
 */
function afterShown(callback: () => void): void {
  if (document.hidden || typeof PerformanceObserver !== 'function' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    afterNextFrame(callback);
    return;
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(cap);
    setTimeout(callback, 0);
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) go();
  });
  const cap = setTimeout(go, SHOWN_CAP_MS);
  observer.observe({ type: 'paint', buffered: true });
}

/** Runs the page start: what every page's first inline script after the preferences does, with the build's settings. */
export function runPageStart(config: PageStartConfig): void {
  document.addEventListener(BOOT_FAILED_EVENT, () => showBootFailure(), { once: true });
  startIntl(config.timeZone);
  if (document.documentElement.hasAttribute(SERVER_RENDERED_ATTRIBUTE)) {
    const { start } = appStarter(config);
    whenParsed(() =>
      afterShown(() => {
        link({ rel: 'manifest', href: config.manifest });
        start();
      }),
    );
  }
}
