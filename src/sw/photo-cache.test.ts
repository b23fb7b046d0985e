// The photo cache's plugins, run in the order Workbox runs them: what is kept, how a photo is asked for, and what
// answers when the network fails.
import { describe, expect, it, vi } from 'vitest';
import type { WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import { MemoryCacheStorage } from '../test/memory-cache';
import { SAVED_CACHE } from '../lib/cache-names';
import { photoPlugins } from './photo-cache';
import type { RenditionFinder } from './renditions';

const APP = 'https://news.example';
const origins = { app: APP, others: ['https://cdn.example'] };
const event = new Event('fetch') as ExtendableEvent;
const opaque = () => Object.defineProperties(new Response(null, { status: 200 }), { type: { value: 'opaque' }, status: { value: 0 } });

function plugins({ fetch = vi.fn(async () => new Response('network')), found = undefined as Response | undefined } = {}) {
  const caches = new MemoryCacheStorage();
  const renditions: RenditionFinder = { find: vi.fn(async () => found?.clone()), forget: vi.fn() };
  return { caches, fetch, renditions, list: photoPlugins({ origins, caches, fetch, renditions }) };
}

/** What Workbox stores: each cacheWillUpdate in turn, stopping at the first that refuses. */
async function stored(list: WorkboxPlugin[], request: Request, response: Response): Promise<Response | undefined> {
  let kept: Response | undefined = response;
  for (const plugin of list) {
    if (!plugin.cacheWillUpdate || !kept) continue;
    kept = (await plugin.cacheWillUpdate({ request, response: kept, event })) ?? undefined;
  }
  return kept;
}

/** What Workbox sends: each requestWillFetch in turn. */
async function sent(list: WorkboxPlugin[], request: Request): Promise<Request> {
  let current = request;
  for (const plugin of list) if (plugin.requestWillFetch) current = await plugin.requestWillFetch({ request: current, event });
  return current;
}

/** What answers when the strategy failed: the first handlerDidError that has something. */
async function fallback(list: WorkboxPlugin[], request: Request): Promise<Response | undefined> {
  for (const plugin of list) {
    const answer = await plugin.handlerDidError?.({ request, event, error: new TypeError('Failed to fetch') });
    if (answer) return answer;
  }
  return undefined;
}

describe('the photo cache', () => {
  it('keeps a readable photo and refuses an opaque one', async () => {
    const { list } = plugins();
    const request = new Request('https://cdn.example/a.webp', { mode: 'no-cors' });
    expect(await stored(list, request, new Response('webp'))).toBeDefined();
    expect(await stored(list, request, opaque())).toBeUndefined();
  });

  it('asks another origin for an <img>’s photo with CORS', async () => {
    const { list } = plugins();
    expect((await sent(list, new Request('https://cdn.example/a.webp', { mode: 'no-cors' }))).mode).toBe('cors');
    expect((await sent(list, new Request(`${APP}/images/a-480.webp`, { mode: 'no-cors' }))).mode).toBe('no-cors');
  });

  it('forgets the rendition index when it stores a photo', async () => {
    const { list, renditions } = plugins();
    for (const plugin of list) {
      if (plugin instanceof ExpirationPlugin) continue; // it keeps its own records in IndexedDB, which jsdom lacks
      await plugin.cacheDidUpdate?.({ cacheName: 'images', request: new Request(`${APP}/images/a-480.webp`), newResponse: new Response(''), event });
    }
    expect(renditions.forget).toHaveBeenCalled();
  });

  it('answers a failed photo from the reader’s saved copy first', async () => {
    const { list, caches, fetch } = plugins({ found: new Response('other width') });
    await (await caches.open(SAVED_CACHE)).put('https://cdn.example/a.webp', new Response('saved'));
    expect(await (await fallback(list, new Request('https://cdn.example/a.webp', { mode: 'no-cors' })))?.text()).toBe('saved');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows, without keeping, a photo whose origin refuses CORS', async () => {
    const { list, fetch } = plugins({ fetch: vi.fn(async () => opaque()) });
    const img = new Request('https://cdn.example/a.webp', { mode: 'no-cors' });
    expect((await fallback(list, img))?.type).toBe('opaque');
    expect(fetch).toHaveBeenCalledWith(img);
  });

  it('offline, answers with another width of the same photo', async () => {
    const { list } = plugins({ fetch: vi.fn(async () => Promise.reject(new TypeError('offline'))), found: new Response('480') });
    expect(await (await fallback(list, new Request('https://cdn.example/a-960.webp', { mode: 'no-cors' })))?.text()).toBe('480');
  });

  it('never fetches again for the app’s own photos or the worker’s own prefetches', async () => {
    const { list, fetch } = plugins();
    expect(await fallback(list, new Request(`${APP}/images/a-960.webp`, { mode: 'no-cors' }))).toBeUndefined();
    expect(await fallback(list, new Request('https://cdn.example/a-960.webp'))).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});
