// "Download for offline" against the mock API (MSW in Node) and an in-memory Cache Storage.
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyVersions, versionAt, VERSION_MINUTES } from '../../mocks/fixtures/story-versions';
import { server } from '../../mocks/node';
import { recordedSiteHandlers, RECORDED_SITE } from '../../mocks/wordpress/recorded-site';
import { createWordPressSource } from '../api/sources/wordpress/source';
import { STORY_IMAGE_SIZES } from '../lib/image-sizes';
import { readPreferences, savePreferences } from '../lib/preferences';
import { chooseRendition, type Viewport } from '../model/rendition-choice';
import { testRoad, testSource } from '../test/content';
import { fixtureStory } from '../test/fixtures';
import { MemoryCache } from '../test/memory-cache';
import { deviceStoryResources, downloadTopStories, readDownloadRecord, type DownloadProgress } from './download';
import { resultMessage } from './DownloadProgress';
import { listSavedStories, saveStory, SaveError } from './saved';

const desktop: Viewport = { width: 1440, devicePixelRatio: 1, matches: (condition) => /min-width:\s*(1100|720)px/.test(condition) };

let cache: MemoryCache;
/** Stories requested from the (mock) API, by slug, each once, in the order first requested (a save fetches its story too). */
let storyRequests: string[];

beforeEach(() => {
  cache = new MemoryCache();
  vi.stubGlobal('caches', { open: async () => cache, has: async () => true });
  // Saving fetches every resource itself; the mock API answers the stories, and photos get a body of their own.
  const apiFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    /\/(images|wp-content\/uploads)\//.test(String(input instanceof Request ? input.url : input))
      ? Promise.resolve(new Response(`photo ${String(input)}`))
      : apiFetch(input, init),
  );
  storyRequests = [];
  server.events.on('request:start', ({ request }) => {
    const match = new URL(request.url).pathname.match(/\/api\/stories\/([^/]+)$/);
    if (match?.[1] && !storyRequests.includes(match[1])) storyRequests.push(match[1]);
  });
});

afterEach(() => {
  vi.useRealTimers();
  server.events.removeAllListeners();
  vi.unstubAllGlobals();
});

const source = testSource();
const slugsOf = async () => (await listSavedStories()).map((story) => story.slug).sort();

describe('download for offline', () => {
  it('takes text only with the data saver on: each story, none of its photos', async () => {
    savePreferences({ ...readPreferences(), dataSaver: 'on' });
    try {
      const result = await downloadTopStories(source, { viewport: desktop, limit: 3 });
      expect(result.outcome).toBe('complete');
      const saved = await listSavedStories();
      expect(saved).toHaveLength(3);
      for (const story of saved)
        expect(
          story.resources.filter((url) => /\.(webp|jpe?g|png)$/.test(url)),
          story.slug,
        ).toEqual([]);
    } finally {
      savePreferences({ ...readPreferences(), dataSaver: 'auto' });
    }
  });

  it('saves the 20 top stories with one photo size each, reporting n of N and bytes as it goes', async () => {
    const updates: DownloadProgress[] = [];
    const result = await downloadTopStories(source, { viewport: desktop, onProgress: (progress) => updates.push(progress) });

    expect(result.outcome).toBe('complete');
    expect([result.total, result.saved, result.skipped, result.failed]).toEqual([20, 20, 0, 0]);
    expect(updates.map((update) => update.done)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(updates.every((update) => update.total === 20)).toBe(true);
    const bytes = updates.map((update) => update.bytes);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    const saved = await listSavedStories();
    expect(saved).toHaveLength(20);
    expect(result.bytes).toBe(saved.reduce((sum, story) => sum + story.bytes, 0));
    expect(saved.every((story) => story.source === 'download')).toBe(true);

    // The front page's 13 stories come first; the newest stories fill the rest.
    expect(new Set(storyRequests).size).toBe(20);
    expect(storyRequests.slice(0, 2)).toEqual(['harbour-bridge-reopens', 'storm-surge-flood-watch']);

    // Only the rendition this screen shows is stored, not every width.
    const story = fixtureStory('harbour-bridge-reopens');
    const hero = chooseRendition(story.hero!, STORY_IMAGE_SIZES, desktop)!;
    expect(hero).toMatch(/-960\.webp$/);
    const resources = saved.find((entry) => entry.slug === story.slug)?.resources ?? [];
    expect(resources).toEqual(deviceStoryResources(source, story, desktop));
    expect(resources).toContain(new URL(hero, window.location.origin).href);
    expect(resources.some((url) => /-(480|1600)\.webp$/.test(url))).toBe(false);

    const record = await readDownloadRecord();
    expect(record?.refreshedAt).toBe(record?.last.at);
    expect(record?.last).toMatchObject({ outcome: 'complete', done: 20, total: 20 });
  });

  it('never fetches again a story saved and unchanged; brings a changed one up to date, keeping it the reader’s', async () => {
    // The demo's changing story serves the version of the moment while the front page lists its middle version: pin
    // the clock to a moment when the two agree, so "unchanged" is true of every story.
    const period = VERSION_MINUTES * 60_000;
    const cycle = Math.floor(Date.now() / period);
    vi.useFakeTimers({
      toFake: ['Date'],
      now: (cycle - ((((cycle - 1) % storyVersions.length) + storyVersions.length) % storyVersions.length)) * period + 1000,
    });
    expect(versionAt(Date.now())).toBe(1);
    const unchanged = fixtureStory('harbour-bridge-reopens');
    const changed = fixtureStory('tip-line-scam-warning');
    await saveStory(source, unchanged);
    await saveStory(source, { ...changed, publishedAt: '2000-01-01T00:00:00Z', updatedAt: null });
    storyRequests = [];

    const result = await downloadTopStories(source, { viewport: desktop });

    expect([result.saved, result.skipped]).toEqual([19, 1]);
    expect(storyRequests).not.toContain(unchanged.slug);
    expect(storyRequests).toContain(changed.slug);
    const saved = await listSavedStories();
    expect(saved.find((story) => story.slug === changed.slug)).toMatchObject({ source: 'reader', version: changed.updatedAt ?? changed.publishedAt });
    // The one saved by the reader still has every photo size it had.
    expect(saved.find((story) => story.slug === unchanged.slug)?.resources.some((url) => url.endsWith('-1600.webp'))).toBe(true);

    // A second run finds everything on the device and downloads nothing.
    storyRequests = [];
    const again = await downloadTopStories(source, { viewport: desktop });
    expect([again.saved, again.skipped, again.bytes]).toEqual([0, 20, 0]);
    expect(storyRequests).toEqual([]);
  });

  it('stops when cancelled, keeping every story finished before and everything saved earlier', async () => {
    const earlier = fixtureStory('cycle-lane-trial');
    await saveStory(source, earlier);
    const controller = new AbortController();
    const result = await downloadTopStories(source, {
      viewport: desktop,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.done === 5) controller.abort();
      },
    });

    expect(result.outcome).toBe('cancelled');
    expect([result.done, result.saved]).toEqual([5, 5]);
    const saved = await listSavedStories();
    expect(saved).toHaveLength(6);
    expect(saved.map((story) => story.slug)).toContain(earlier.slug);
    // Every kept story is complete: the story and each photo it lists are in storage.
    for (const story of saved) for (const url of story.resources) expect(cache.entries.has(url), url).toBe(true);
    const record = await readDownloadRecord();
    expect(record?.last).toMatchObject({ outcome: 'cancelled', done: 5, total: 20 });
    expect(record?.refreshedAt).toBeNull();
  });

  it('stops at a full disk with the reason, leaving earlier saves intact and the failing story absent', async () => {
    const earlier = fixtureStory('cycle-lane-trial');
    await saveStory(source, earlier);
    storyRequests = [];
    const before = new Map(cache.entries);
    // The 1st addAll was the earlier save; the download's 4th story finds the disk full.
    cache.failFromStory = 5;

    const result = await downloadTopStories(source, { viewport: desktop });

    expect(result.outcome).toBe('failed');
    expect(result.error).toBeInstanceOf(SaveError);
    expect((result.error as SaveError).kind).toBe('quota');
    expect(result.error?.message).toMatch(/not enough storage space/);
    expect([result.done, result.saved]).toEqual([3, 3]);
    for (const [url] of before) expect(cache.entries.has(url), url).toBe(true);
    expect(await slugsOf()).toEqual([earlier.slug, ...storyRequests.slice(0, 3)].sort());
    expect(storyRequests).toHaveLength(4);
    expect([...cache.entries.keys()].some((url) => url.endsWith(`/api/stories/${storyRequests[3]}`))).toBe(false);
  });

  it('says why when the front page cannot be reached, and stores nothing', async () => {
    server.use(http.get('*/api/front', () => HttpResponse.error()));
    const result = await downloadTopStories(source, { viewport: desktop });
    expect(result.outcome).toBe('failed');
    expect(result.total).toBe(0);
    expect(resultMessage(result)).toMatch(/could not reach the news service/i);
    expect(cache.entries.size).toBe(0);
  });
});

describe('download for offline over WordPress', () => {
  it('keeps each story under the REST address the source reads it from, as the REST answer', async () => {
    // The app's host answers any other path with its index.html, as a static host with an app fallback does.
    server.use(
      ...recordedSiteHandlers(),
      http.get('*/api/stories/*', () => HttpResponse.html('<!doctype html><title>Lede</title>')),
    );
    const wordpress = createWordPressSource({ siteUrl: RECORDED_SITE, popularTag: 'most-read', hotTopics: [] }, testRoad().http);

    const result = await downloadTopStories(wordpress, { viewport: desktop });

    expect(result.outcome).toBe('complete');
    expect(result.failed).toBe(0);
    const saved = await listSavedStories();
    expect(saved.length).toBeGreaterThanOrEqual(5);
    expect(saved).toHaveLength(result.saved);
    for (const story of saved) {
      expect(story.resources[0]).toBe(wordpress.storyUrl(story.slug));
      expect(await (await cache.match(wordpress.storyUrl(story.slug)))?.json()).toMatchObject([{ slug: story.slug }]);
    }
    expect([...cache.entries.keys()].some((url) => url.includes('/api/'))).toBe(false);
  });
});
