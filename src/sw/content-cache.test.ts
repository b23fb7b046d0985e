// The content cache's own decisions: which photos come with a story, and the saved copy as the last answer.
import { describe, expect, it } from 'vitest';
import type { ContentSourceWorker } from '../api/source-worker';
import { MemoryCacheStorage } from '../test/memory-cache';
import { FROM_CACHE_HEADER } from '../api/network-outcome';
import { savedStoryFallback, storyPhotoRequests } from './content-cache';
import { markedFromCache } from './from-cache';
import { SAVED_CACHE, STORY_CACHE } from '../lib/cache-names';

const APP = 'https://news.example';
const event = new Event('fetch') as ExtendableEvent;

function sourceWith(photos: string[]): ContentSourceWorker {
  return {
    requestKind: () => 'story',
    storyImages: () => photos,
    imageOrigins: ['https://cdn.example'],
    savedCopyIgnoresSearch: true,
    formerStoryUrl: () => null,
  };
}

describe('storyPhotoRequests', () => {
  it('asks for a story’s photos from the app and the photo origins, with CORS', () => {
    const requests = storyPhotoRequests({}, sourceWith([`${APP}/images/a-480.webp`, '/images/b-480.webp', 'https://cdn.example/c.webp']), APP);
    expect(requests.map((request) => [request.url, request.mode])).toEqual([
      [`${APP}/images/a-480.webp`, 'cors'],
      [`${APP}/images/b-480.webp`, 'cors'],
      ['https://cdn.example/c.webp', 'cors'],
    ]);
  });

  it('never follows a protocol-relative or foreign address out of the story', () => {
    const requests = storyPhotoRequests(
      {},
      sourceWith(['//evil.example/a.webp', 'https://news.example.evil.example/b.webp', 'https://other.example/c.webp']),
      APP,
    );
    expect(requests).toEqual([]);
  });
});

describe('savedStoryFallback', () => {
  it('answers a failed story from the reader’s saved copy, marked as from a cache', async () => {
    const caches = new MemoryCacheStorage();
    await (await caches.open(SAVED_CACHE)).put('https://content.example/api/stories/a', Response.json({ slug: 'a' }));
    const plugin = savedStoryFallback(caches, { savedCopyIgnoresSearch: true, formerStoryUrl: () => null });
    const answer = await plugin.handlerDidError?.({
      request: new Request('https://content.example/api/stories/a'),
      event,
      error: new TypeError('offline'),
    });
    expect(answer?.headers.get(FROM_CACHE_HEADER)).toBe('1');
    expect(await answer?.json()).toEqual({ slug: 'a' });
    expect(
      await plugin.handlerDidError?.({ request: new Request('https://content.example/api/stories/b'), event, error: new TypeError('offline') }),
    ).toBeUndefined();
  });

  it('finds a copy kept by an earlier Lede under the story’s former address: the saved one first, then the recently read', async () => {
    const caches = new MemoryCacheStorage();
    const now = (slug: string) => `https://site.example/wp-json/wp/v2/posts?slug=${slug}&_fields=id,content&_embed=author`;
    const former = (slug: string) => `https://site.example/wp-json/wp/v2/posts?slug=${slug}&_embed`;
    const plugin = savedStoryFallback(caches, {
      savedCopyIgnoresSearch: false,
      formerStoryUrl: (url) => (url.searchParams.has('_fields') ? former(url.searchParams.get('slug') ?? '') : null),
    });
    const answer = async (slug: string) =>
      (await plugin.handlerDidError?.({ request: new Request(now(slug)), event, error: new TypeError('offline') }))?.json() as Promise<unknown>;
    await (await caches.open(SAVED_CACHE)).put(former('a'), Response.json({ kept: 'saved a' }));
    await (await caches.open(STORY_CACHE)).put(former('a'), Response.json({ kept: 'recent a' }));
    await (await caches.open(STORY_CACHE)).put(former('b'), Response.json({ kept: 'recent b' }));
    await (await caches.open(SAVED_CACHE)).put(now('c'), Response.json({ kept: 'saved c' }));
    await (await caches.open(SAVED_CACHE)).put(former('c'), Response.json({ kept: 'former c' }));
    expect(await answer('a')).toEqual({ kept: 'saved a' });
    expect(await answer('b')).toEqual({ kept: 'recent b' });
    expect(await answer('c')).toEqual({ kept: 'saved c' });
    expect(await answer('d')).toBeUndefined();
  });
});

describe('markedFromCache', () => {
  it('marks the answer and exposes the mark to a page on another origin', () => {
    const marked = markedFromCache(new Response('{}', { status: 200, headers: { 'access-control-expose-headers': 'ETag' } }));
    expect(marked.headers.get(FROM_CACHE_HEADER)).toBe('1');
    expect(marked.headers.get('access-control-expose-headers')).toBe(`ETag, ${FROM_CACHE_HEADER}`);
  });
});
