// The page start every page carries: ICU on a worker, the boot failure, and on a rendered page the app's start once
// the page has been shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot } from '#words/boot';
import { BOOT_FAILED_EVENT } from './boot-failure';
import { SERVER_RENDERED_ATTRIBUTE } from './early-handoff';
import { INTL_WORKER, SHOWN_CAP_MS, runPageStart, type PageStartConfig } from './page-start';
import { appShellHtml } from './shell';
import { frames } from '../test/frames';

const ENTRY = '/assets/main-abc.js';
const ENTRY_CHUNKS = ['/assets/framework-1.js', '/assets/shared-2.js'];
const CONFIG: PageStartConfig = {
  routeChunks: [['^/story/[a-z0-9-]+/?$', ['assets/StoryPage-abc.js']]],
  entry: ENTRY,
  entryChunks: ENTRY_CHUNKS,
  timeZone: 'America/New_York',
  manifest: '/manifest.webmanifest',
};
const STARTED = { manifest: ['/manifest.webmanifest'], preloads: [...ENTRY_CHUNKS, ENTRY, '/assets/StoryPage-abc.js'], scripts: [ENTRY] };
const NOTHING = { manifest: [], preloads: [], scripts: [] };

/** What the page start has added: the manifest's link, the app's preloads and its entry script. */
const started = () => ({
  manifest: [...document.head.querySelectorAll('link[rel="manifest"]')].map((link) => link.getAttribute('href')),
  preloads: [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href')),
  scripts: [...document.head.querySelectorAll('script[type="module"]')].map((script) => script.getAttribute('src')),
});

/** A PerformanceObserver that reports paints when the test says the browser has shown one. */
function stubPaintTiming() {
  const observers: Array<{ callback: PerformanceObserverCallback; self: PerformanceObserver }> = [];
  class PaintObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: PerformanceObserverCallback) {}
    observe(options: PerformanceObserverInit) {
      expect(options).toEqual({ type: 'paint', buffered: true });
      observers.push({ callback: this.callback, self: this as unknown as PerformanceObserver });
    }
    disconnect() {
      observers.splice(0, observers.length, ...observers.filter((o) => o.self !== (this as unknown as PerformanceObserver)));
    }
  }
  vi.stubGlobal('PerformanceObserver', PaintObserver);
  return (name: 'first-paint' | 'first-contentful-paint') => {
    const entries = [{ name, entryType: 'paint', startTime: 100, duration: 0 }] as unknown as PerformanceEntryList;
    const list = { getEntries: () => entries, getEntriesByName: (n: string) => entries.filter((e) => e.name === n) } as PerformanceObserverEntryList;
    for (const { callback, self } of [...observers]) callback(list, self);
  };
}

function renderedPage() {
  window.history.replaceState(null, '', '/story/harbour-bridge-reopens');
  document.documentElement.setAttribute(SERVER_RENDERED_ATTRIBUTE, '');
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute(SERVER_RENDERED_ATTRIBUTE);
  document.head.querySelectorAll('link[rel="manifest"], link[rel="modulepreload"], script[type="module"]').forEach((node) => node.remove());
  document.getElementById('root')?.remove();
  window.history.replaceState(null, '', '/');
});

describe('page start', () => {
  it("on a rendered page, fetches none of the app's code nor the manifest until the browser reports the page shown, then starts it", async () => {
    const show = stubPaintTiming();
    renderedPage();
    runPageStart(CONFIG);
    // Frames come and go (drawn, not yet on screen): nothing is fetched while the page is being drawn.
    await frames(3);
    expect(started()).toEqual(NOTHING);
    show('first-paint'); // a paint of nothing contentful
    await frames(1);
    expect(started()).toEqual(NOTHING);
    show('first-contentful-paint');
    expect(started()).toEqual(NOTHING); // in a task of its own, not inside the observer's callback
    await vi.waitFor(() => expect(started()).toEqual(STARTED));
  });

  it('on a rendered page in a browser that reports no paints, starts the app after the next frame', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    renderedPage();
    runPageStart(CONFIG);
    expect(started()).toEqual(NOTHING);
    await frames(2);
    expect(started()).toEqual(STARTED);
  });

  it('on a rendered page that is never reported shown, starts the app after SHOWN_CAP_MS', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    stubPaintTiming();
    renderedPage();
    runPageStart(CONFIG);
    vi.advanceTimersByTime(SHOWN_CAP_MS - 1);
    expect(started()).toEqual(NOTHING);
    vi.advanceTimersByTime(1);
    vi.runOnlyPendingTimers(); // the start's own task
    expect(started()).toEqual(STARTED);
  });

  it("on the shell, leaves the app's start to the early paint", async () => {
    const show = stubPaintTiming();
    window.history.replaceState(null, '', '/story/harbour-bridge-reopens');
    runPageStart(CONFIG);
    show('first-contentful-paint');
    await frames(2);
    expect(started()).toEqual(NOTHING);
  });

  it('starts ICU on a worker thread, or in a task of its own where there are no workers', () => {
    const made: unknown[][] = [];
    class RecordingFormat {
      constructor(...args: unknown[]) {
        made.push(args);
      }
      format() {
        return '';
      }
    }
    vi.stubGlobal('Intl', Object.create(Intl, { DateTimeFormat: { value: RecordingFormat } }));
    const worker = vi.fn();
    vi.stubGlobal('Worker', worker);
    runPageStart({ ...CONFIG, timeZone: 'Europe/Lisbon' });
    expect(worker).toHaveBeenCalledWith(INTL_WORKER, { name: 'Europe/Lisbon' });

    vi.useFakeTimers({ toFake: ['setTimeout'] }); // not Intl, which the fake clock would replace
    vi.stubGlobal('Worker', undefined);
    runPageStart({ ...CONFIG, timeZone: 'Europe/Lisbon' });
    expect(made).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(made).toEqual([['en-US', { timeZone: 'Europe/Lisbon', hour: 'numeric' }]]);
  });

  it('says the app could not load, with "Try again", when the app\'s boot reports that it failed', () => {
    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML = appShellHtml(); // the build's own static markup (trusted, no content)
    document.body.append(root);
    vi.stubGlobal('Worker', vi.fn());
    runPageStart(CONFIG);
    document.dispatchEvent(new Event(BOOT_FAILED_EVENT));
    expect(document.querySelector('main [role="alert"]')).toHaveTextContent(boot.failed);
    expect(document.querySelector('main button')).toHaveTextContent(boot.retry);
  });
});
