// index.html's inline script (bundled from this module by build/inline-script.ts), which makes a story page and the
// front page paint before the app's JS has run:
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
// If the app's code cannot load, the shell says so with "Try again" (src/boot/boot-failure.ts).
// It also starts ICU off the main thread: the page's first Intl date format costs a 15-30 ms task, and a worker making
// one format (public/intl-warm.js) leaves the app's first format almost free.
import { isSlug } from '../api/slug';
import type { EarlyImage, EarlySource } from '../api/source';
import { BOOT_FAILED_EVENT, showBootFailure } from './boot-failure';
import { SERVER_RENDERED_ATTRIBUTE, handOverEarlyStory } from './early-handoff';
import { paintFront, paintStory, type Painted } from './early-paint';
import { dataSaverOn } from '../lib/data-saver';
import { isJsonAnswer, snapshotFile, testSwitchCookieSet } from '../lib/demo-snapshot';
import { buildSrcSet } from '../lib/srcset';

export interface EarlyStoryConfig {
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
  /** Per route (a path regex source), the hashed JS chunks of its page, to preload before the router asks. */
  routeChunks: Array<[string, string[]]>;
  /** The app's entry module ("/assets/main-….js"); the script loads it (the build leaves no <script> for it). */
  entry: string;
  /**
   * The chunks the entry imports statically (and, in the demo, its fetch shim, which it imports at once): preloaded at
   * once, so they download in parallel with the entry.
   */
  entryChunks: string[];
  /** The publication's time zone, whose date format ICU prepares on a worker. */
  timeZone: string;
}

/** The worker that starts ICU off the main thread (a file of public/, same origin: CSP worker-src 'self'). */
export const INTL_WORKER = '/intl-warm.js';

/** The longest the app waits for the story before it starts anyway (and handles the slow request itself). */
export const START_CAP_MS = 1500;

const STORY_PATH = /^\/story\/([^/]+)\/?$/;

function link(attributes: Record<string, string>): void {
  const element = document.createElement('link');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.head.append(element);
}

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

/** `callback` in the task after the next frame has been painted (at once in a hidden page, which paints none). */
function afterPaint(callback: () => void): void {
  if (document.hidden || typeof requestAnimationFrame !== 'function') callback();
  else requestAnimationFrame(() => setTimeout(callback, 0));
}

/** Runs the early script: what index.html's inline script does, with the build's configuration. */
export function runEarlyStory(config: EarlyStoryConfig, source: EarlySource): void {
  let started = false;
  let preloaded = false;
  const preloadCode = () => {
    if (preloaded) return;
    preloaded = true;
    for (const href of [...config.entryChunks, config.entry]) link({ rel: 'modulepreload', href, crossorigin: '' });
    const route = config.routeChunks.find(([path]) => new RegExp(path).test(location.pathname));
    for (const file of route?.[1] ?? []) link({ rel: 'modulepreload', href: `/${file}`, crossorigin: '' });
  };
  /** The cap on waiting for the page's data (START_CAP_MS); once the app has started it has nothing left to do. */
  let cap: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    clearTimeout(cap);
    if (started) return;
    started = true;
    preloadCode();
    // The entry's module script; its imports come from the preloads above, evaluated as one module graph.
    const script = document.createElement('script');
    script.type = 'module';
    script.setAttribute('crossorigin', '');
    script.src = config.entry;
    // A module graph that fails to load (a chunk the network or a new deployment took away) fires this.
    script.addEventListener('error', () => showBootFailure(), { once: true });
    document.head.append(script);
  };
  const whenParsed = (callback: () => void) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback);
    else callback();
  };
  const startSoon = () => {
    preloadCode();
    whenParsed(start);
  };

  document.addEventListener(BOOT_FAILED_EVENT, () => showBootFailure(), { once: true });
  startIntl(config.timeZone);
  try {
    // A page the render server rendered has its story, photo and all: the app starts once it has been painted, so
    // its code never competes with what the page shows (decision 036).
    if (document.documentElement.hasAttribute(SERVER_RENDERED_ATTRIBUTE)) {
      whenParsed(() => afterPaint(startSoon));
      return;
    }
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
          if (painted) whenLoaded(painted.photo, () => afterPaint(go));
          else go();
        });
      })
      .catch(startSoon);
  } catch {
    startSoon();
  }
}
