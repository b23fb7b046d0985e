// The app worker's photo cache: cache first and bounded; photos from other origins asked for with CORS and kept only
// when readable; when the network fails, the reader's saved copy or another width of the same photo.
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { IMAGE_CACHE, LIMITS, SAVED_CACHE } from '../lib/cache-names';
import { isStorablePhoto, readablePhotoRequest, type PhotoOrigins } from './photos';
import type { RenditionFinder } from './renditions';

export interface PhotoCacheOptions {
  origins: PhotoOrigins;
  /** Where the reader's saved copies are (SAVED_CACHE). */
  caches: { open(name: string): Promise<{ match(request: Request, options?: CacheQueryOptions): Promise<Response | undefined> }> };
  /** The network, for an <img>'s own request to an origin that refuses CORS. */
  fetch: (request: Request) => Promise<Response>;
  renditions: RenditionFinder;
}

/** The photo strategy's plugins, in the order Workbox runs them (handlerDidError: until one answers). */
export function photoPlugins({ origins, caches, fetch, renditions }: PhotoCacheOptions): WorkboxPlugin[] {
  return [
    { requestWillFetch: async ({ request }) => readablePhotoRequest(request, origins) },
    { cacheWillUpdate: async ({ response }) => (isStorablePhoto(response) ? response : null) },
    new ExpirationPlugin({ ...LIMITS.images, purgeOnQuotaError: true }),
    { cacheDidUpdate: async () => renditions.forget() },
    { handlerDidError: async ({ request }) => (await (await caches.open(SAVED_CACHE)).match(request, { ignoreSearch: true })) ?? undefined },
    // Online, but the photo's origin sends no CORS header: the <img>'s own request, shown and not kept.
    {
      handlerDidError: async ({ request }) =>
        request.mode === 'no-cors' && new URL(request.url).origin !== origins.app ? fetch(request).catch(() => undefined) : undefined,
    },
    { handlerDidError: async ({ request }) => renditions.find(request.url) },
  ];
}

export function photoStrategy(options: PhotoCacheOptions): CacheFirst {
  return new CacheFirst({ cacheName: IMAGE_CACHE, plugins: photoPlugins(options) });
}
