// The content source's requests in the app worker's caches (HTTP-API build): stories network first with a short
// timeout, then the recent cache, then the reader's saved copy; lists likewise; polls always the network; a story's
// photos come with it.
/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly, type CacheFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import type { ContentSourceWorker, SourceRequestKind } from '../api/source-worker';
import { markedFromCache } from './from-cache';
import { API_CACHE, LIMITS, SAVED_CACHE, STORY_CACHE } from '../lib/cache-names';
import { allowedPhotoUrl } from './photos';
import { browserSavesData } from '../lib/preferences';
import { workerSavesData } from './data-saver';

declare const self: ServiceWorkerGlobalScope;

type SavedCaches = { open(name: string): Promise<{ match(request: Request, options?: CacheQueryOptions): Promise<Response | undefined> }> };

/** API answers from the runtime cache (network failed or too slow) carry the mark; it must be the last plugin. */
const markCachedAnswers: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? markedFromCache(cachedResponse) : cachedResponse),
};

/**
 * The reader's saved copy of a story, when network and runtime cache both failed, marked as answered from a cache. A
 * copy kept by an earlier Lede under the story's former address (decision 040) answers too: the reader's saved copy
 * first, then the recently read one.
 */
export function savedStoryFallback(
  caches: SavedCaches,
  source: Pick<ContentSourceWorker, 'savedCopyIgnoresSearch' | 'formerStoryUrl'>,
): WorkboxPlugin {
  return {
    handlerDidError: async ({ request }) => {
      const former = source.formerStoryUrl(new URL(request.url));
      const copy =
        (await (await caches.open(SAVED_CACHE)).match(request, { ignoreSearch: source.savedCopyIgnoresSearch })) ??
        (former === null ? undefined : await copyKeptUnder(caches, former));
      return copy ? markedFromCache(copy) : undefined;
    },
  };
}

/** A story kept under its former address: saved by the reader, else recently read. */
async function copyKeptUnder(caches: SavedCaches, url: string): Promise<Response | undefined> {
  return (await (await caches.open(SAVED_CACHE)).match(new Request(url))) ?? (await (await caches.open(STORY_CACHE)).match(new Request(url)));
}

/** The photos of a story response the worker keeps with it: from allowed origins only, asked for with CORS. */
export function storyPhotoRequests(story: unknown, source: ContentSourceWorker, appOrigin: string): Request[] {
  const origins = { app: appOrigin, others: source.imageOrigins };
  return source.storyImages(story).flatMap((raw) => {
    const url = allowedPhotoUrl(raw, origins);
    return url ? [new Request(url.href)] : [];
  });
}

/** When a story is cached for offline reading, its photos come with it (through the bounded photo cache), unless the data saver is on. */
function storyPhotosPlugin(source: ContentSourceWorker, photos: CacheFirst): WorkboxPlugin {
  return {
    cacheDidUpdate: async ({ newResponse, event }) => {
      if (await workerSavesData(self.caches, self.location.origin, browserSavesData())) return;
      const story: unknown = await newResponse
        .clone()
        .json()
        .catch(() => null);
      await Promise.all(
        storyPhotoRequests(story, source, self.location.origin).map((request) => photos.handle({ event, request }).catch(() => undefined)),
      );
    },
  };
}

/** Network first with a short timeout into a bounded cache, then the given plugins. */
function networkFirst(cacheName: string, limits: { maxEntries: number; maxAgeSeconds: number }, plugins: WorkboxPlugin[]): NetworkFirst {
  return new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: LIMITS.networkTimeoutSeconds,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ ...limits, purgeOnQuotaError: true }), ...plugins],
  });
}

export function cacheContentApi(source: ContentSourceWorker, photos: CacheFirst): void {
  const kind =
    (wanted: SourceRequestKind) =>
    ({ url, request }: { url: URL; request: Request }) =>
      request.method === 'GET' && source.requestKind(url) === wanted;
  const storyPhotos = storyPhotosPlugin(source, photos);
  // Live coverage: only the newest page is kept, with the stories, so a live page opens offline; a cached delta
  // would be stale and a 304 is not a page.
  registerRoute(kind('posts-poll'), new NetworkOnly());
  registerRoute(kind('newest-posts'), networkFirst(STORY_CACHE, LIMITS.stories, [storyPhotos, markCachedAnswers]));
  registerRoute(kind('story'), networkFirst(STORY_CACHE, LIMITS.stories, [savedStoryFallback(self.caches, source), storyPhotos, markCachedAnswers]));
  registerRoute(kind('list'), networkFirst(API_CACHE, LIMITS.api, [markCachedAnswers]));
}
