import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../api/story';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { MemoryCache } from '../test/memory-cache';
import { listSavedStories, removeSavedStory, saveStory, SaveError, storyResources } from './saved';

let cache: MemoryCache;

beforeEach(() => {
  cache = new MemoryCache();
  vi.stubGlobal('caches', { open: async () => cache, has: async () => true });
  vi.stubGlobal('fetch', async (url: string) => new Response(`body of ${url}`));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const showcase = fixtureStory(SHOWCASE_SLUG);
const other: Story = fixtureStory('tip-line-scam-warning');

describe('saved stories', () => {
  it('stores the story and every photo rendition, and lists it with its size', async () => {
    await saveStory(showcase);
    const resources = storyResources(showcase);
    expect(resources.some((url) => url.includes(`/api/stories/${SHOWCASE_SLUG}`))).toBe(true);
    expect(resources.filter((url) => url.includes('/images/')).length).toBeGreaterThanOrEqual(3);
    for (const url of resources) expect(cache.entries.has(url)).toBe(true);
    const [saved] = await listSavedStories();
    expect(saved?.slug).toBe(SHOWCASE_SLUG);
    expect(saved?.headline).toBe(showcase.headline);
    expect(saved?.bytes).toBeGreaterThan(0);
  });

  it('explains a full storage quota and loses nothing already saved', async () => {
    await saveStory(showcase);
    const before = new Map(cache.entries);
    cache.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

    const error = await saveStory(other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveError);
    expect((error as SaveError).kind).toBe('quota');
    expect((error as SaveError).message).toMatch(/not enough storage space/);

    cache.failWith = null;
    expect([...cache.entries.keys()]).toEqual([...before.keys()]);
    expect((await listSavedStories()).map((story) => story.slug)).toEqual([SHOWCASE_SLUG]);
  });

  it('says so when the browser offers no storage at all', async () => {
    vi.stubGlobal('caches', undefined);
    const error = await saveStory(showcase).catch((e: unknown) => e);
    expect((error as SaveError).kind).toBe('unavailable');
    expect(await listSavedStories()).toEqual([]);
  });

  it('removes a story but keeps photos another saved story still uses', async () => {
    const sharedPhoto = showcase.hero!;
    const withShared: Story = { ...other, hero: sharedPhoto };
    await saveStory(showcase);
    await saveStory(withShared);
    await removeSavedStory(SHOWCASE_SLUG);
    expect((await listSavedStories()).map((story) => story.slug)).toEqual([withShared.slug]);
    expect(cache.entries.has(new URL(sharedPhoto.url, window.location.origin).href)).toBe(true);
    expect([...cache.entries.keys()].some((url) => url.includes(`/api/stories/${SHOWCASE_SLUG}`))).toBe(false);
  });
});

describe('saved stories from before the rename of dek to standfirst', () => {
  it('still list with their standfirst', async () => {
    cache.entries.set(
      new URL('/__lede/saved/old-story', window.location.origin).href,
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
