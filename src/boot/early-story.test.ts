import { render } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ledeEarly } from '../api/sources/lede/early';
import { StoryHeader } from '../components/StoryHeader';
import { STORY_IMAGE_SIZES } from '../lib/image-sizes';
import { buildSrcSet } from '../lib/srcset';
import { HOT_TOPICS_DISMISSED_KEY } from '../lib/storage-keys';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { boot } from '#words/boot';
import { takeEarlyStory } from './early-handoff';
import { START_CAP_MS, runEarlyStory, type EarlyStoryConfig } from './early-story';
import { appShellHtml } from './shell';
import { canonical } from '../test/canonical-markup';
import { frames } from '../test/frames';

const ENTRY = '/assets/index-abc.js';
const ENTRY_CHUNKS = ['/assets/framework-1.js', '/assets/shared-2.js'];
/** Everything the app's start preloads, in order: the entry's chunks, then the entry. */
const BOOT = [...ENTRY_CHUNKS, ENTRY];
const ROUTE_CHUNKS: Array<[string, string[]]> = [
  ['^/story/[a-z0-9-]+/?$', ['assets/StoryPage-abc.js', 'assets/StoryCard-def.js']],
  ['^/$', ['assets/FrontPage-123.js']],
];

function runScript(options: Partial<EarlyStoryConfig> = {}) {
  // The module the build bundles into index.html's inline script (build/inline-script.test.ts runs the bundle itself).
  runEarlyStory(
    {
      apiBase: '/api',
      demo: false,
      testSwitches: false,
      snapshotStories: [SHOWCASE_SLUG],
      sizes: STORY_IMAGE_SIZES,
      routeChunks: ROUTE_CHUNKS,
      entry: ENTRY,
      entryChunks: ENTRY_CHUNKS,
      ...options,
    },
    ledeEarly,
  );
}

const modulePreloads = () => [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));
const moduleScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')];
const loaded = new WeakSet<HTMLScriptElement>();
/**
 * The module scripts the script has added, after letting each one "load" in turn (jsdom runs no module code, so the
 * test fires the load event the browser would fire once the module has been evaluated).
 */
const entryScripts = () => {
  for (let script = moduleScripts().find((s) => !loaded.has(s)); script; script = moduleScripts().find((s) => !loaded.has(s))) {
    loaded.add(script);
    script.dispatchEvent(new Event('load'));
  }
  return moduleScripts().map((script) => script.getAttribute('src'));
};
const heroPreload = () => document.head.querySelector<HTMLLinkElement>('link[rel="preload"][as="image"]');
const settle = () => frames(4);

beforeEach(() => {
  document.getElementById('root')?.remove();
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = appShellHtml(); // the build's own static markup (trusted, no content)
  document.body.append(root);
});

afterEach(async () => {
  vi.useRealTimers();
  // An app start a test's paint scheduled (a frame later) happens now, not in the next test, which would see it.
  await settle();
  vi.unstubAllGlobals();
  document.head.querySelectorAll('link[rel="preload"], link[rel="modulepreload"], script[type="module"]').forEach((node) => node.remove());
  takeEarlyStory();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

// A test that ends before the app would have started leaves the script's cap on waiting (a real timer) behind: it
// must fire while this file's document still exists, not in a torn-down environment (an uncaught error there).
afterAll(() => new Promise((resolve) => setTimeout(resolve, START_CAP_MS)));

describe('early story script', () => {
  const story = fixtureStory(SHOWCASE_SLUG);

  it('requests the story at once and starts nothing else until its header has painted', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    runScript({ apiBase: 'https://content.example.com/api/' });

    expect(fetchMock).toHaveBeenCalledWith(`https://content.example.com/api/stories/${SHOWCASE_SLUG}`, expect.anything());
    await frames();
    // While the story is on its way, the app's code neither downloads nor runs.
    expect(modulePreloads()).toEqual([]);
    expect(entryScripts()).toEqual([]);

    answer(Response.json(story));
    await vi.waitFor(() => expect(document.querySelector('main h1')).not.toBeNull());
    expect(document.querySelector('main h1')).toHaveTextContent(story.headline);
    expect(document.querySelector('.story-header__standfirst')).toHaveTextContent(story.standfirst);

    await settle();
    expect(modulePreloads()).toEqual([...BOOT, '/assets/StoryPage-abc.js', '/assets/StoryCard-def.js']);
    expect(entryScripts()).toEqual([ENTRY]);
    expect(heroPreload()?.getAttribute('imagesrcset')).toBe(buildSrcSet(story.hero!));
    expect(heroPreload()?.getAttribute('imagesizes')).toBe(STORY_IMAGE_SIZES);
    expect(heroPreload()?.getAttribute('fetchpriority')).toBe('high');

    // The boot takes the request over once, under the URL the app's source requests (src/api/http.ts matches it).
    expect(takeEarlyStory()?.url).toBe(`https://content.example.com/api/stories/${SHOWCASE_SLUG}`);
    expect(takeEarlyStory()).toBeNull();
  });

  it('paints the same header markup the app renders, above a hot-topics placeholder', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json(story)),
    );
    runScript();
    await vi.waitFor(() => expect(document.querySelector('main .story-header')).not.toBeNull());

    const painted = document.querySelector('main .story-header') as HTMLElement;
    const { container } = render(createElement(StoryHeader, { ...story }));
    const app = container.querySelector('.story-header') as HTMLElement;
    // The early header is the app's header minus its last line (times and reading time need the app's code).
    const appWithoutTimes = app.cloneNode(true) as HTMLElement;
    appWithoutTimes.querySelector('.story-header__times')?.remove();
    appWithoutTimes.normalize();
    expect(canonical(painted)).toBe(canonical(appWithoutTimes));

    const page = document.querySelector('main > .story-page') as HTMLElement;
    expect([...page.children].map((child) => child.className)).toEqual(['hot-topics hot-topics--placeholder', 'story-layout']);
    expect(document.querySelector('[data-shell]')).toBeNull();
  });

  it('holds no hot-topics space once the reader has dismissed the bar', async () => {
    window.localStorage.setItem(HOT_TOPICS_DISMISSED_KEY, 'transport,climate');
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json(story)),
    );
    runScript();
    await vi.waitFor(() => expect(document.querySelector('main h1')).not.toBeNull());
    expect(document.querySelector('.hot-topics--placeholder')).toBeNull();
  });

  it('writes hostile content as text, never as markup', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    const hostile = '<img src=x onerror="window.ledePwned=1"><script>window.ledePwned=1</script>';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ ...story, headline: hostile, standfirst: hostile, byline: [{ name: hostile, role: hostile }] })),
    );
    runScript();
    await vi.waitFor(() => expect(document.querySelector('main h1')).not.toBeNull());
    expect(document.querySelector('main h1')?.textContent).toBe(hostile);
    expect(document.querySelector('main img, main script')).toBeNull();
    expect((window as unknown as { ledePwned?: number }).ledePwned).toBeUndefined();
  });

  it.each([
    ['a server error', () => new Response('down', { status: 500 })],
    ['invalid JSON', () => new Response('{"headline":', { headers: { 'content-type': 'application/json' } })],
    ['the wrong shape', () => Response.json({ headline: 42, byline: 'nobody' })],
  ])('on %s paints nothing and starts the app, which shows its own error', async (_label, respond) => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => respond()),
    );
    runScript();
    await vi.waitFor(() => expect(entryScripts()).toEqual([ENTRY]));
    expect(document.querySelector('main h1')).toBeNull();
    expect(document.querySelector('[data-shell]')).not.toBeNull();
  });

  it(`starts the app after ${START_CAP_MS} ms when the story is slow, and then leaves the page to it`, async () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    runScript();
    await vi.advanceTimersByTimeAsync(START_CAP_MS - 10);
    expect(entryScripts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    expect(entryScripts()).toEqual([ENTRY]);
    // The app owns the page now: a late answer must not write into it.
    answer(Response.json(story));
    await vi.advanceTimersByTimeAsync(50);
    expect(document.querySelector('main h1')).toBeNull();
  });

  it('starts the app at once off story pages and the front page', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/archive');
    runScript();
    expect(modulePreloads()).toEqual(BOOT);
    expect(entryScripts()).toEqual([ENTRY]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('in the demo before its worker controls the page, paints the story from the first-visit snapshot', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    const fetchMock = vi.fn(async () => Response.json(story));
    vi.stubGlobal('fetch', fetchMock);
    runScript({ demo: true });

    expect(fetchMock).toHaveBeenCalledWith(`/demo-api/stories/${SHOWCASE_SLUG}.json`, expect.anything());
    await vi.waitFor(() => expect(document.querySelector('main h1')).toHaveTextContent(story.headline));
    // The app takes the response over under the API's URL, as it would the HTTP-API build's.
    const early = takeEarlyStory();
    expect(early?.url).toBe(`/api/stories/${SHOWCASE_SLUG}`);
    expect(await (await early!.response).json()).toEqual(story);
  });

  it('in the demo, leaves a story the snapshot lacks to the app, which asks the mocks itself', () => {
    window.history.replaceState(null, '', '/story/a-generated-archive-story');
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    runScript({ demo: true });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(entryScripts()).toEqual([ENTRY]);
  });

  it('hands the app no answer when the host lacks a snapshot file, so the app asks the mocks itself', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    // A static host answers a missing file with 404, or with its HTML fallback page.
    for (const missing of [
      new Response('Not found', { status: 404 }),
      new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    ]) {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => missing),
      );
      runScript({ demo: true });
      const early = takeEarlyStory()?.response;
      await expect(early).rejects.toThrow('not in the snapshot');
      await vi.waitFor(() => expect(entryScripts()).toContain(ENTRY));
      expect(document.querySelector('main h1')).toBeNull();
      document.head.querySelectorAll('link[rel="modulepreload"], script[type="module"]').forEach((node) => node.remove());
    }
  });

  it('leaves the snapshot alone while a test switch is set in the e2e demo build', () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    document.cookie = 'lede-scenario=server-error; path=/';
    try {
      runScript({ demo: true, testSwitches: true });
      expect(fetchMock).not.toHaveBeenCalled();
      expect(entryScripts()).toEqual([ENTRY]);
    } finally {
      document.cookie = 'lede-scenario=; path=/; max-age=0';
    }
  });

  it('preloads every chunk at once and starts the app with the entry module alone', () => {
    window.history.replaceState(null, '', '/');
    vi.stubGlobal('fetch', vi.fn());
    runScript();
    // The entry's chunks and the page's download in parallel; the entry's module graph evaluates them.
    expect(modulePreloads()).toEqual([...BOOT, '/assets/FrontPage-123.js']);
    expect(moduleScripts().map((script) => script.getAttribute('src'))).toEqual([ENTRY]);
    expect(moduleScripts().every((script) => script.getAttribute('crossorigin') === '')).toBe(true);
  });

  it('hands over a request the app can abort, body included, when it gives up on it', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    const fetchMock = vi.fn((_url: string, _init: RequestInit) => new Promise<Response>(() => undefined));
    vi.stubGlobal('fetch', fetchMock);
    runScript();
    const signal = fetchMock.mock.calls[0]?.[1].signal;
    expect(signal?.aborted).toBe(false);
    takeEarlyStory()?.abort();
    expect(signal?.aborted).toBe(true);
  });

  it('says the app could not load, with "Try again", when its code fails to load, never "Loading…" for ever', () => {
    window.history.replaceState(null, '', '/');
    vi.stubGlobal('fetch', vi.fn());
    runScript();
    expect(document.querySelector('main')).toHaveTextContent('Loading');
    moduleScripts()[0]?.dispatchEvent(new Event('error'));
    expect(document.querySelector('main [role="alert"]')).toHaveTextContent(boot.failed);
    expect(document.querySelector('main')).not.toHaveTextContent('Loading');
    expect(document.querySelector('main button')).toHaveTextContent('Try again');
  });

  it("reads the answer with the source's own base, so a source resolves relative photo addresses against its site", async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json([{ id: 1 }])),
    );
    const storyOf = vi.fn(() => null);
    runEarlyStory(
      {
        apiBase: 'https://news.example/wp-json',
        demo: false,
        testSwitches: false,
        snapshotStories: [],
        sizes: STORY_IMAGE_SIZES,
        routeChunks: ROUTE_CHUNKS,
        entry: ENTRY,
        entryChunks: ENTRY_CHUNKS,
      },
      { storyUrl: (base, slug) => `${base}/wp/v2/posts?slug=${slug}`, storyOf },
    );
    await vi.waitFor(() => expect(storyOf).toHaveBeenCalledWith([{ id: 1 }], 'https://news.example/wp-json'));
  });

  it('leaves a path that names no slug to the app', () => {
    window.history.replaceState(null, '', '/story/Not_A_Slug');
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    runScript();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(entryScripts()).toEqual([ENTRY]);
  });

  it('never preloads an unsafe hero URL', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ ...story, hero: { ...story.hero, url: 'javascript:alert(1)' } })),
    );
    runScript();
    await vi.waitFor(() => expect(entryScripts()).toEqual([ENTRY]));
    expect(heroPreload()).toBeNull();
  });
});
