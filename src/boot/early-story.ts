// The shell's early paint: index.html's second inline script (bundled from src/boot/early-entry.ts by
// build/inline-script.ts; the page start, src/boot/page-start.ts, runs before it), which makes a story page and the
// front page paint before the app's JS has run. A page the render server rendered has no use for it and does not carry
// it (src/server/document.ts):
// 1. on a story page (or the front page) it requests the page's data at once, while the HTML is still being read;
// 2. when the data arrives it paints the story's header (headline, standfirst, byline) or the front page's lead into
//    the static shell (src/boot/shell.ts), from the app's own element trees and as text nodes only, and with them the
//    page's first photo, whose request starts in that same task (src/boot/early-paint.ts, decision 037);
// 3. once that photo has loaded and been painted (at once where none was drawn, after preloading it) it starts the
//    app: it preloads the entry's chunks and the route's page chunks, then adds the entry's module script.
// Until then nothing competes with the page's data and photo for the network or the main thread. With the data saver
// on, no photo is drawn or requested (the app shows its place and loads it when asked).
// In the demo, until its worker controls the page, the story comes from the first-visit snapshot's static file.
// Everywhere else (other routes, no fetch, a test switch in the e2e demo build) the app's code is preloaded
// and started at once; a failed or unexpected response starts the app, which then shows its own error; a slow
// one starts it after START_CAP_MS, and the app takes the same request over (src/boot/early-handoff.ts).
// If the app's code cannot load, the shell says so with "Try again" (src/boot/app-start.ts, boot-failure.ts).
import { isSlug } from '../api/slug';
import type { EarlyImage, EarlySource } from '../api/source';
import { appStarter, link, whenParsed, type AppCode } from './app-start';
import { handOverEarlyStory } from './early-handoff';
import { paintFront, paintStory, type Painted } from './early-paint';
import { dataSaverOn } from '../lib/data-saver';
import { isJsonAnswer, snapshotFile, testSwitchCookieSet } from '../lib/demo-snapshot';
import { afterNextFrame } from '../lib/next-task';
import { buildSrcSet } from '../lib/srcset';

export interface EarlyStoryConfig extends AppCode {
  /** The content API base URL ("/api" or an absolute URL). */
  apiBase: string;
  /**
   * In the demo build /api exists only once the service worker controls the page; before that a story comes from the
   * first-visit snapshot (src/lib/demo-snapshot.ts), when it holds the story.
   */
  demo: boolean;
  /** The stories the demo's first-visit snapshot holds (none in other builds). */
  snapshotStories: string[];
  /** The e2e suite's demo build: while a test switch cookie is set, the snapshot is not used (src/demo/demo-fetch.ts). */
  testSwitches: boolean;
  /** The hero's `sizes`, as the app's Figure sets it. */
  sizes: string;
}

/** The longest the app waits for the story before it starts anyway (and handles the slow request itself). */
export const START_CAP_MS = 1500;

const STORY_PATH = /^\/story\/([^/]+)\/?$/;

/** Preloads a photo the page did not draw, with the srcset and sizes of the app's <img>, so the preload serves it. */
function preloadHero(hero: EarlyImage | null, sizes: string): void {
  if (!hero) return;
  const attributes: Record<string, string> = { rel: 'preload', as: 'image', href: hero.url, fetchpriority: 'high' };
  const srcset = buildSrcSet(hero);
  if (srcset) {
    attributes.imagesrcset = srcset;
    attributes.imagesizes = sizes;
  }
  link(attributes);
}

/** `callback` once `photo` has loaded or failed (at once without one): until then the photo has the network. */
function whenLoaded(photo: HTMLImageElement | null, callback: () => void): void {
  if (!photo || photo.complete) callback();
  else {
    photo.addEventListener('load', callback, { once: true });
    photo.addEventListener('error', callback, { once: true });
  }
}

/** Runs the early paint: what the shell's second inline script does, with the build's configuration. */
export function runEarlyStory(config: EarlyStoryConfig, source: EarlySource): void {
  const app = appStarter(config);
  /** The cap on waiting for the page's data (START_CAP_MS); once the app has started it has nothing left to do. */
  let cap: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  const start = () => {
    clearTimeout(cap);
    started = true;
    app.start();
  };
  const startSoon = () => {
    app.preload();
    whenParsed(start);
  };

  try {
    const named = location.pathname.match(STORY_PATH)?.[1];
    const slug = named && isSlug(named) ? named : undefined;
    // The front page's data comes from the build's API (the demo's front page is rendered ahead: decision 035).
    const front = location.pathname === '/' && !config.demo ? source.front : undefined;
    const fromSnapshot = config.demo && !navigator.serviceWorker?.controller;
    const switched = config.testSwitches && testSwitchCookieSet(document.cookie);
    if (typeof fetch !== 'function' || (!slug && !front) || (slug && fromSnapshot && (switched || !config.snapshotStories.includes(slug)))) {
      startSoon();
      return;
    }
    const url = slug ? source.storyUrl(config.apiBase, slug) : front!.url(config.apiBase);
    // Abortable, body included: the app that takes the request over ends it at its own deadline (a stalled body).
    const controller = new AbortController();
    const init = { headers: { accept: 'application/json' }, signal: controller.signal };
    // A snapshot file the host lacks (a 404, or its HTML fallback) is rejected, so the app asks the mocks itself.
    const response =
      slug && fromSnapshot
        ? fetch(snapshotFile(`/stories/${slug}`), init).then((r) => (isJsonAnswer(r) ? r : Promise.reject(new Error('not in the snapshot'))))
        : fetch(url, init);
    handOverEarlyStory({ url, response, abort: () => controller.abort() });
    cap = setTimeout(startSoon, START_CAP_MS);
    // With the data saver on, photos wait for the reader: none is drawn or requested.
    const photos = !dataSaverOn();
    /** Paints the answer; a story's hero it did not draw is preloaded before the app starts. */
    const draw = (value: unknown): { painted: Painted; undrawn: EarlyImage | null } => {
      if (!slug) {
        const page = front!.of(value);
        return { painted: page !== null && paintFront(page, photos), undrawn: null };
      }
      const story = source.storyOf(value, config.apiBase);
      const painted = story !== null && paintStory(story, photos ? config.sizes : null);
      return { painted, undrawn: photos && !(painted && painted.photo) ? (story?.hero ?? null) : null };
    };
    response
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.clone().json() as Promise<unknown>;
      })
      .then((value) => {
        whenParsed(() => {
          let drawn: ReturnType<typeof draw> = { painted: false, undrawn: null };
          try {
            if (!started) drawn = draw(value);
          } catch {
            // nothing painted: the app renders the page
          }
          const { painted, undrawn } = drawn;
          const go = () => {
            preloadHero(undrawn, config.sizes);
            setTimeout(startSoon, 0);
          };
          if (painted) whenLoaded(painted.photo, () => afterNextFrame(go));
          else go();
        });
      })
      .catch(startSoon);
  } catch {
    startSoon();
  }
}
