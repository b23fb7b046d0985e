// The versions the reader last read: kept in Cache Storage (here in memory), bounded, and out of localStorage, whose
// small records (reading positions, recent stories, preferences) they used to crowd out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../api/story';
import { rememberRead, listRecentStories } from '../pwa/recent';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { MemoryCacheStorage } from '../test/memory-cache';
import { DEFAULT_PREFERENCES, readPreferences, savePreferences } from '../lib/preferences';
import { MAX_READ_VERSIONS, READ_VERSIONS_CACHE, readVersionOf } from './read-versions';
import { rememberReadVersion } from './remember-read-version';
import { resumablePosition, savePosition } from '../lib/reading-position';
import { LEGACY_READ_VERSIONS_KEY } from '../lib/storage';
import { blockText } from './story-diff';

let storage: MemoryCacheStorage;

beforeEach(() => {
  storage = new MemoryCacheStorage();
  vi.stubGlobal('caches', storage);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const showcase = fixtureStory(SHOWCASE_SLUG);
/** A long story: some 120,000 characters of text, as a long read or a live page's body can be. */
const longStory = (slug: string): Story => ({
  ...showcase,
  slug,
  body: Array.from({ length: 60 }, (_, index) => ({
    type: 'paragraph' as const,
    content: [{ type: 'text' as const, text: `${slug} paragraph ${index} `.padEnd(2000, 'words of a long story '), marks: [] }],
  })),
});
const minutes = (n: number) => new Date(Date.UTC(2026, 10, 1, 8, n));
const localStorageChars = () =>
  Object.keys(window.localStorage).reduce((sum, key) => sum + key.length + (window.localStorage.getItem(key) ?? '').length, 0);

describe('read versions', () => {
  it('remember the text of each block of the version read, outside localStorage', async () => {
    expect(await readVersionOf(SHOWCASE_SLUG)).toBeNull();
    expect(await rememberReadVersion(showcase, minutes(1))).toBe(true);
    expect(await readVersionOf(SHOWCASE_SLUG)).toEqual({
      updatedAt: showcase.updatedAt,
      readAt: minutes(1).toISOString(),
      blocks: showcase.body.map(blockText),
    });
    expect(window.localStorage.length).toBe(0);
    expect(storage.caches.get(READ_VERSIONS_CACHE)?.entries.size).toBe(1);
  });

  it('leave room for reading positions, recent stories and preferences after 40 long stories', async () => {
    for (let n = 0; n < MAX_READ_VERSIONS; n += 1) {
      const story = longStory(`long-${n}`);
      await rememberReadVersion(story, minutes(n));
      savePosition(story.slug, { progress: 0.5, anchor: { block: 30, offset: 0.5 } });
      rememberRead(story);
    }
    const dark = { ...DEFAULT_PREFERENCES, theme: 'dark' as const };

    expect(savePreferences(dark)).toBe(true);
    expect(readPreferences()).toEqual(dark);
    expect(resumablePosition(`long-${MAX_READ_VERSIONS - 1}`)).toEqual({ progress: 0.5, anchor: { block: 30, offset: 0.5 } });
    expect(listRecentStories()[0]?.slug).toBe(`long-${MAX_READ_VERSIONS - 1}`);
    expect((await readVersionOf('long-0'))?.blocks).toHaveLength(60);
    // localStorage keeps small records only.
    expect(localStorageChars()).toBeLessThan(20_000);
  });

  it('forget the oldest reads beyond the bound', async () => {
    for (let n = 0; n < MAX_READ_VERSIONS + 5; n += 1) await rememberReadVersion({ ...showcase, slug: `story-${n}` }, minutes(n));
    expect(storage.caches.get(READ_VERSIONS_CACHE)?.entries.size).toBe(MAX_READ_VERSIONS);
    for (let n = 0; n < 5; n += 1) expect(await readVersionOf(`story-${n}`)).toBeNull();
    expect(await readVersionOf(`story-${MAX_READ_VERSIONS + 4}`)).not.toBeNull();
    expect(await readVersionOf('story-5')).not.toBeNull();
  });

  it('move versions an earlier release kept in localStorage into the cache, freeing localStorage', async () => {
    const earlier = { updatedAt: null, readAt: minutes(0).toISOString(), blocks: ['An earlier paragraph.'] };
    window.localStorage.setItem(LEGACY_READ_VERSIONS_KEY, JSON.stringify({ 'old-story': earlier, broken: { blocks: 'no' } }));
    expect(await readVersionOf('old-story')).toEqual(earlier);

    await rememberReadVersion(showcase, minutes(1));

    expect(window.localStorage.getItem(LEGACY_READ_VERSIONS_KEY)).toBeNull();
    expect(await readVersionOf('old-story')).toEqual(earlier);
    expect(await readVersionOf('broken')).toBeNull();
  });

  it('are simply not remembered where the browser has no Cache Storage', async () => {
    vi.stubGlobal('caches', undefined);
    expect(await rememberReadVersion(showcase)).toBe(false);
    expect(await readVersionOf(SHOWCASE_SLUG)).toBeNull();
  });
});
