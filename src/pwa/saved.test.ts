// Saved stories in an in-memory Cache Storage: all or nothing, one change at a time, never blocked by a bad record.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../api/story';
import { testSource } from '../test/content';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { MemoryCache } from '../test/memory-cache';
import { listSavedStories, removeSavedStory, SAVE_TIMEOUT_MS, saveStory, SaveError, storyResources } from './saved';

let cache: MemoryCache;
/** What the network answers for a story's own URL (the other resources are photos). */
let storyAnswer: (url: string) => Response;

beforeEach(() => {
  cache = new MemoryCache();
  storyAnswer = (url) => Response.json({ slug: url });
  vi.stubGlobal('caches', { open: async () => cache, has: async () => true });
  vi.stubGlobal('fetch', async (url: string) => (url.includes('/api/stories/') ? storyAnswer(url) : new Response(`body of ${url}`)));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const source = testSource();
const showcase = fixtureStory(SHOWCASE_SLUG);
const other: Story = fixtureStory('tip-line-scam-warning');
const absolute = (url: string) => new URL(url, window.location.origin).href;
const recordOf = (slug: string) => absolute(`/__lede/saved/${slug}`);
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('saved stories', () => {
  it('stores the story and every photo rendition, and lists it with its size', async () => {
    await saveStory(source, showcase);
    const resources = storyResources(source, showcase);
    expect(resources[0]).toBe(absolute(source.storyUrl(SHOWCASE_SLUG)));
    expect(resources.filter((url) => url.includes('/images/')).length).toBeGreaterThanOrEqual(3);
    for (const url of resources) expect(cache.entries.has(url)).toBe(true);
    const [saved] = await listSavedStories();
    expect(saved?.slug).toBe(SHOWCASE_SLUG);
    expect(saved?.headline).toBe(showcase.headline);
    expect(saved?.bytes).toBeGreaterThan(0);
  });

  it('keeps the story under the address its source requests it from', async () => {
    const wordpressLike = { ...source, storyUrl: (slug: string) => `https://news.example/wp-json/wp/v2/posts?slug=${slug}&_embed` };
    vi.stubGlobal('fetch', async (url: string) => (url.includes('/wp-json/') ? Response.json([{ slug: SHOWCASE_SLUG }]) : new Response('photo')));
    await saveStory(wordpressLike, showcase);
    const [saved] = await listSavedStories();
    expect(saved?.resources[0]).toBe(wordpressLike.storyUrl(SHOWCASE_SLUG));
    expect(await (await cache.match(wordpressLike.storyUrl(SHOWCASE_SLUG)))?.json()).toEqual([{ slug: SHOWCASE_SLUG }]);
  });

  it('never keeps an HTML page, an error or other text as the story, and says why', async () => {
    const answers = [
      () => new Response('<!doctype html><title>Lede</title>', { headers: { 'content-type': 'text/html' } }),
      () => new Response('{"slug":', { headers: { 'content-type': 'application/json' } }),
      () => Response.json({ error: 'gone' }, { status: 404 }),
    ];
    for (const answer of answers) {
      storyAnswer = answer;
      const error = await saveStory(source, showcase).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SaveError);
      expect(cache.entries.size).toBe(0);
    }
    storyAnswer = answers[0]!;
    const error = (await saveStory(source, showcase).catch((e: unknown) => e)) as SaveError;
    expect(error.kind).toBe('content');
    expect(error.message).toMatch(/did not send this story in a form Lede can keep/);
    expect(await listSavedStories()).toEqual([]);
  });

  it('never keeps a photo of another origin it cannot read (an opaque copy costs megabytes of quota); keeps the story', async () => {
    const cdn = 'https://cdn.example/harbour-1280.webp';
    const withCdnPhoto: Story = { ...showcase, hero: showcase.hero && { ...showcase.hero, url: cdn, renditions: [] } };
    const requests: Array<{ url: string; mode: RequestMode | undefined }> = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      requests.push({ url, mode: init?.mode });
      if (url.startsWith('https://cdn.example/')) {
        // A host that sends no CORS headers: a CORS request fails, a no-cors one would be answered opaque.
        if (init?.mode === 'no-cors') return Object.assign(new Response(null), { type: 'opaque' });
        throw new TypeError('Failed to fetch');
      }
      return url.includes('/api/stories/') ? storyAnswer(url) : new Response(`body of ${url}`);
    });
    const saved = await saveStory(source, withCdnPhoto);
    expect(requests.find((request) => request.url === cdn)?.mode).toBe('cors');
    expect(saved.resources).not.toContain(cdn);
    expect(cache.entries.has(cdn)).toBe(false);
    expect(saved.resources[0]).toBe(absolute(source.storyUrl(SHOWCASE_SLUG)));
  });

  it('gives up on a resource that stalls, body included, instead of "Saving…" for ever', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
        url.includes('/api/stories/')
          ? Promise.resolve(storyAnswer(url))
          : new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
      );
      const pending = saveStory(source, showcase).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(SAVE_TIMEOUT_MS + 10);
      const error = await pending;
      expect(error).toBeInstanceOf(SaveError);
      expect((error as SaveError).kind).toBe('network');
      expect(cache.entries.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('explains a full storage quota and loses nothing already saved', async () => {
    await saveStory(source, showcase);
    const before = new Map(cache.entries);
    cache.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

    const error = await saveStory(source, other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveError);
    expect((error as SaveError).kind).toBe('quota');
    expect((error as SaveError).message).toMatch(/not enough storage space/);

    cache.failWith = null;
    expect([...cache.entries.keys()]).toEqual([...before.keys()]);
    expect((await listSavedStories()).map((story) => story.slug)).toEqual([SHOWCASE_SLUG]);
  });

  it('rolls back a save the disk fills up in the middle of: what it wrote goes, what earlier saves use stays', async () => {
    // Its hero is the showcase's; its figure's photo is its own.
    const withShared: Story = { ...fixtureStory('cycle-lane-trial'), hero: showcase.hero };
    await saveStory(source, showcase);
    const before = new Map(cache.entries);
    const resources = storyResources(source, withShared);
    const ownPhotos = resources.filter((url) => !before.has(url) && url !== resources[0]);
    expect(ownPhotos.length).toBeGreaterThanOrEqual(2);
    // One photo's write is slow, another's finds the disk full: the story's own JSON and the rest were written.
    const slow = cache.hold((url) => url === ownPhotos[0]);
    cache.failOn = (url) => url === ownPhotos[1];

    const saving = saveStory(source, withShared).catch((e: unknown) => e);
    await slow.reached;
    await Promise.race([saving, delay(50)]);
    slow.release();
    expect(((await saving) as SaveError).kind).toBe('quota');

    expect([...cache.entries.keys()].sort()).toEqual([...before.keys()].sort());
    expect(cache.entries.has(absolute(showcase.hero!.url))).toBe(true);
    expect((await listSavedStories()).map((story) => story.slug)).toEqual([SHOWCASE_SLUG]);
  });

  it('says so when the browser offers no storage at all', async () => {
    vi.stubGlobal('caches', undefined);
    const error = await saveStory(source, showcase).catch((e: unknown) => e);
    expect((error as SaveError).kind).toBe('unavailable');
    expect(await listSavedStories()).toEqual([]);
  });

  it('removes a story but keeps photos another saved story still uses', async () => {
    const sharedPhoto = showcase.hero!;
    const withShared: Story = { ...other, hero: sharedPhoto };
    await saveStory(source, showcase);
    await saveStory(source, withShared);
    await removeSavedStory(SHOWCASE_SLUG);
    expect((await listSavedStories()).map((story) => story.slug)).toEqual([withShared.slug]);
    expect(cache.entries.has(absolute(sharedPhoto.url))).toBe(true);
    expect(cache.entries.has(absolute(source.storyUrl(SHOWCASE_SLUG)))).toBe(false);
  });

  it('removes one story and saves another sharing its photo one after the other, not interleaved', async () => {
    const sharedPhoto = showcase.hero!;
    const withShared: Story = { ...other, hero: sharedPhoto };
    await saveStory(source, showcase);
    // The second save has written its photos and is writing its record when the first story is removed.
    const recordWrite = cache.hold((url) => url === recordOf(withShared.slug));
    const saving = saveStory(source, withShared);
    await recordWrite.reached;
    const removing = removeSavedStory(SHOWCASE_SLUG);
    await Promise.race([removing, delay(50)]);
    recordWrite.release();
    await Promise.all([saving, removing]);

    const [saved, ...rest] = await listSavedStories();
    expect(rest).toEqual([]);
    expect(saved?.slug).toBe(withShared.slug);
    for (const url of saved?.resources ?? []) expect(cache.entries.has(url), url).toBe(true);
    expect(cache.entries.has(absolute(source.storyUrl(SHOWCASE_SLUG)))).toBe(false);
  });

  it('skips and cleans away a record that cannot be read, so later saves go on', async () => {
    await saveStory(source, showcase);
    cache.entries.set(recordOf('broken'), new Response('{"slug": "broken", "resources": ['));
    cache.entries.set(recordOf('odd'), Response.json({ slug: 'odd', resources: 'not a list' }));
    const orphan = absolute('/images/only-the-broken-record-knew.webp');
    cache.entries.set(orphan, new Response('photo'));

    expect((await listSavedStories()).map((story) => story.slug)).toEqual([SHOWCASE_SLUG]);
    await saveStory(source, other);

    expect((await listSavedStories()).map((story) => story.slug).sort()).toEqual([SHOWCASE_SLUG, other.slug].sort());
    expect(cache.entries.has(recordOf('broken'))).toBe(false);
    expect(cache.entries.has(recordOf('odd'))).toBe(false);
    expect(cache.entries.has(orphan)).toBe(false);
    for (const url of storyResources(source, showcase)) expect(cache.entries.has(url), url).toBe(true);
  });
});

describe('saved stories from before the rename of dek to standfirst', () => {
  it('still list with their standfirst', async () => {
    cache.entries.set(
      recordOf('old-story'),
      Response.json({
        slug: 'old-story',
        headline: 'An old save',
        dek: 'Saved before the rename.',
        savedAt: '2026-11-01T10:00:00Z',
        bytes: 1,
        resources: [],
      }),
    );
    const [saved] = await listSavedStories();
    expect(saved).toMatchObject({ slug: 'old-story', standfirst: 'Saved before the rename.' });
    expect(saved).not.toHaveProperty('dek');
  });
});
