// Another width of the same photo when one is missing offline: never another photo, and one listing of the caches
// for a burst of misses.
import { describe, expect, it, vi } from 'vitest';
import { MemoryCacheStorage } from '../test/memory-cache';
import { photoOf, renditionFinder } from './renditions';

const APP = 'https://news.example';
const photo = (name: string) => new Response(name, { headers: { 'content-type': 'image/webp' } });

async function storage(contents: Record<string, string[]>) {
  const caches = new MemoryCacheStorage();
  for (const [name, urls] of Object.entries(contents)) {
    const cache = await caches.open(name);
    for (const url of urls) await cache.put(url, photo(url));
  }
  return caches;
}

function finder(caches: MemoryCacheStorage, names: string[], clock = { now: 0 }) {
  return renditionFinder({ caches, cacheNames: async () => names, maxAgeMs: 10_000, now: () => clock.now });
}

const found = async (response: Promise<Response | undefined>) => (await response)?.text();

describe('photoOf', () => {
  it('names a photo by origin, path without the size, and extension', () => {
    expect(photoOf(new URL(`${APP}/images/bridge-480.webp`))).toBe(`${APP}/images/bridge.webp`);
    expect(photoOf(new URL(`${APP}/wp-content/uploads/pier-300x200.webp`))).toBe(`${APP}/wp-content/uploads/pier.webp`);
    expect(photoOf(new URL(`${APP}/images/bridge-crowd-ribbon-960.webp`))).toBe(`${APP}/images/bridge-crowd-ribbon.webp`);
    expect(photoOf(new URL(`${APP}/images/no-extension`))).toBeNull();
  });
});

describe('renditionFinder', () => {
  it('answers a missing width with another width of the same photo', async () => {
    const caches = await storage({ images: [`${APP}/images/bridge-480.webp`] });
    expect(await found(finder(caches, ['images']).find(`${APP}/images/bridge-960.webp`))).toBe(`${APP}/images/bridge-480.webp`);
  });

  it('finds WordPress sizes beside their original, both ways', async () => {
    const caches = await storage({ saved: [`${APP}/up/pier.webp`, `${APP}/up/quay-300x200.webp`] });
    const renditions = finder(caches, ['saved']);
    expect(await found(renditions.find(`${APP}/up/pier-1024x683.webp`))).toBe(`${APP}/up/pier.webp`);
    expect(await found(renditions.find(`${APP}/up/quay.webp`))).toBe(`${APP}/up/quay-300x200.webp`);
  });

  it('never answers with another photo whose name starts the same', async () => {
    const caches = await storage({ images: [`${APP}/images/bridge-crowd-ribbon-480.webp`, `${APP}/images/bridge-480.png`] });
    expect(await finder(caches, ['images']).find(`${APP}/images/bridge-960.webp`)).toBeUndefined();
  });

  it('never answers with the same path on another origin', async () => {
    const caches = await storage({ images: ['https://cdn.example/images/bridge-480.webp'] });
    expect(await finder(caches, ['images']).find(`${APP}/images/bridge-960.webp`)).toBeUndefined();
  });

  it('takes an original whose name ends in digits for its own sizes', async () => {
    const caches = await storage({ images: [`${APP}/up/festival-2024.webp`] });
    expect(await found(finder(caches, ['images']).find(`${APP}/up/festival-2024-300x200.webp`))).toBe(`${APP}/up/festival-2024.webp`);
  });

  it('finds a precached rendition under its revision query, in the order the caches are given', async () => {
    const caches = await storage({ images: [`${APP}/images/bridge-1600.webp`], precache: [`${APP}/images/bridge-480.webp?__WB_REVISION__=abc`] });
    expect(await found(finder(caches, ['precache', 'images']).find(`${APP}/images/bridge-960.webp`))).toBe(
      `${APP}/images/bridge-480.webp?__WB_REVISION__=abc`,
    );
  });

  it('lists the caches once for a burst of misses, not once per missing photo', async () => {
    const caches = await storage({ images: [`${APP}/images/a-480.webp`], saved: [`${APP}/images/b-480.webp`] });
    const listings = [vi.spyOn(await caches.open('images'), 'keys'), vi.spyOn(await caches.open('saved'), 'keys')];
    const renditions = finder(caches, ['images', 'saved']);
    const misses = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((name) => [`${APP}/images/${name}-960.webp`, `${APP}/images/${name}-1600.webp`]);
    const answers = await Promise.all(misses.map((url) => found(renditions.find(url))));
    expect(answers.filter(Boolean)).toHaveLength(4);
    await renditions.find(`${APP}/images/a-960.webp`);
    expect(listings.map((keys) => keys.mock.calls.length)).toEqual([1, 1]);
  });

  it('lists again once the caches changed or the listing is old', async () => {
    const clock = { now: 0 };
    const caches = await storage({ images: [] });
    const renditions = finder(caches, ['images'], clock);
    expect(await renditions.find(`${APP}/images/a-960.webp`)).toBeUndefined();
    await (await caches.open('images')).put(`${APP}/images/a-480.webp`, photo('a'));
    expect(await renditions.find(`${APP}/images/a-960.webp`)).toBeUndefined();
    renditions.forget();
    expect(await found(renditions.find(`${APP}/images/a-960.webp`))).toBe('a');

    await (await caches.open('images')).put(`${APP}/images/b-480.webp`, photo('b'));
    clock.now = 10_001;
    expect(await found(renditions.find(`${APP}/images/b-960.webp`))).toBe('b');
  });
});
