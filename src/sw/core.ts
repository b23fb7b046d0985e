// The caching service worker's shared part (Workbox): app shell precache, navigation fallback, bounded runtime caches.
/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { FROM_CACHE_HEADER } from '../api/network-outcome';
import { API_CACHE, IMAGE_CACHE, LIMITS, SAVED_CACHE, SKIP_WAITING, STORY_CACHE } from './names';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

/**
 * Falls back to the reader's saved copy when the network and the runtime cache both fail. `ignoreSearch` only where
 * the query does not name the resource (WordPress names a story by `?slug=`).
 */
const savedCopy = (ignoreSearch: boolean): WorkboxPlugin => ({
  handlerDidError: async ({ request }) => (await caches.open(SAVED_CACHE).then((cache) => cache.match(request, { ignoreSearch }))) ?? undefined,
});
const savedCopyFallback = savedCopy(true);

/**
 * The same response, marked as answered from a cache, so the page knows the network did not answer
 * (src/api/network-outcome.ts). The API may be cross-origin, where the page reads only the headers a response exposes.
 */
export function markedFromCache(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set(FROM_CACHE_HEADER, '1');
  const exposed = headers.get('access-control-expose-headers');
  headers.set('access-control-expose-headers', exposed ? `${exposed}, ${FROM_CACHE_HEADER}` : FROM_CACHE_HEADER);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** API answers from the runtime cache (network failed or too slow) carry the mark; it must be the last plugin. */
const markCachedAnswers: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? markedFromCache(cachedResponse) : cachedResponse),
};

/** The saved copy of a story, when network and runtime cache both failed, marked as answered from a cache. */
const savedStoryFallback = (ignoreSearch: boolean): WorkboxPlugin => ({
  handlerDidError: async (param) => {
    const saved = await savedCopy(ignoreSearch).handlerDidError?.(param);
    return saved ? markedFromCache(saved) : undefined;
  },
});

/** An image rendition missing offline can be replaced by another width of the same photo (`name-<width>.ext`). */
const otherRenditionFallback: WorkboxPlugin = {
  handlerDidError: async ({ request }) => {
    // Lede's `photo-480.webp`; WordPress's `photo-300x200.webp` beside the original `photo.webp`.
    const match = new URL(request.url).pathname.match(/^(.*?)(-\d+x\d+|-\d+)?(\.\w+)$/);
    if (!match) return undefined;
    const [, stem, , ext] = match;
    // The precache (demo builds precache one small rendition of every photo) is searched too.
    const precaches = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
    for (const name of [IMAGE_CACHE, SAVED_CACHE, ...precaches]) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) {
        const path = new URL(key.url).pathname;
        if ((path.startsWith(`${stem}-`) && path.endsWith(ext ?? '')) || path === `${stem}${ext}`) {
          const hit = await cache.match(key);
          if (hit) return hit;
        }
      }
    }
    return undefined;
  },
};

let imageStrategy: CacheFirst | undefined;

/** The smallest rendition of every photo in a story of Lede's contract (enough to show each photo offline). */
export function smallestImageUrls(story: unknown): string[] {
  const urls: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const record = value as { url?: unknown; renditions?: unknown; width?: unknown };
    if (Array.isArray(record.renditions) && typeof record.url === 'string') {
      const smallest = (record.renditions as Array<{ url?: unknown; width?: unknown }>)
        .filter((r): r is { url: string; width: number } => typeof r.url === 'string' && typeof r.width === 'number')
        .sort((a, b) => a.width - b.width)[0];
      urls.push(smallest?.url ?? record.url);
      return;
    }
    Object.values(record).forEach(visit);
  };
  visit(story);
  return urls;
}

/** When a story is cached for offline reading, its photos come with it (through the bounded image cache). */
function storyImagesPlugin(api: ContentApi): WorkboxPlugin {
  const allowed = (url: string) => url.startsWith('/') || [self.location.origin, ...api.imageOrigins].some((origin) => url.startsWith(`${origin}/`));
  return {
    cacheDidUpdate: async ({ newResponse, event }) => {
      if (!imageStrategy) return;
      const story: unknown = await newResponse
        .clone()
        .json()
        .catch(() => null);
      const strategy = imageStrategy;
      // As an <img> asks: other origins' photos come without CORS (opaque), which the image cache keeps.
      const request = (url: string) => new Request(url, url.startsWith('/') || url.startsWith(self.location.origin) ? {} : { mode: 'no-cors' });
      await Promise.all(
        api
          .storyImages(story)
          .filter(allowed)
          .map((url) => strategy.handle({ event, request: request(url) }).catch(() => undefined)),
      );
    },
  };
}

export function installShell(): void {
  // First install takes control at once; later versions wait until the reader accepts the update prompt.
  clientsClaim();
  self.addEventListener('message', (event) => {
    const type = (event.data as { type?: string } | null)?.type;
    if (type === SKIP_WAITING) void self.skipWaiting();
  });

  precacheAndRoute(self.__WB_MANIFEST);
  cleanupOutdatedCaches();
  registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /\.[a-z0-9]+$/i] }));

  imageStrategy = new CacheFirst({
    cacheName: IMAGE_CACHE,
    plugins: [
      new CacheableResponsePlugin({ statuses: [0, 200] }),
      new ExpirationPlugin({ ...LIMITS.images, purgeOnQuotaError: true }),
      savedCopyFallback,
      otherRenditionFallback,
    ],
  });
  registerRoute(({ request, url }) => request.destination === 'image' || url.pathname.startsWith('/images/'), imageStrategy);
}

/** The content source's URLs as the worker caches them (src/sw/http/sw.ts). */
export interface ContentApi {
  /** A request to the content API: under Lede's `/api`, or WordPress's REST root (either permalink form). */
  isApi(url: URL): boolean;
  /** A story request, kept in the story cache for offline reading; other API requests are lists. */
  isStory(url: URL): boolean;
  /** The photos of a story response worth keeping with it. */
  storyImages(story: unknown): string[];
  /** Origins besides this site that a story's photos may come from. */
  imageOrigins: string[];
  /** Whether a saved copy may match a story request with another query string. */
  savedIgnoresSearch: boolean;
}

/** The story cache's strategy: network-first with a short timeout, bounded, then the given plugins. */
function storyCacheStrategy(plugins: WorkboxPlugin[]): NetworkFirst {
  return new NetworkFirst({
    cacheName: STORY_CACHE,
    networkTimeoutSeconds: LIMITS.networkTimeoutSeconds,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ ...LIMITS.stories, purgeOnQuotaError: true }), ...plugins],
  });
}

/** HTTP-API build: stories network-first with a short timeout, then the recent cache, then the saved copy. */
export function cacheContentApi(api: ContentApi): void {
  const isApi = (url: URL) => api.isApi(url);
  const isStory = (url: URL) => isApi(url) && api.isStory(url);
  const isPosts = (url: URL) => isApi(url) && /\/stories\/[^/]+\/posts$/.test(url.pathname);

  // Live coverage: polls (`?after=`) and older pages (`?before=`) always go to the network (a cached delta would be
  // stale and a 304 is not a page); only the newest page is kept, with the stories, so a live page opens offline.
  registerRoute(
    ({ url, request }) => request.method === 'GET' && isPosts(url) && (url.searchParams.has('after') || url.searchParams.has('before')),
    new NetworkOnly(),
  );
  registerRoute(({ url, request }) => request.method === 'GET' && isPosts(url), storyCacheStrategy([storyImagesPlugin(api), markCachedAnswers]));

  registerRoute(
    ({ url, request }) => request.method === 'GET' && isStory(url),
    storyCacheStrategy([savedStoryFallback(api.savedIgnoresSearch), storyImagesPlugin(api), markCachedAnswers]),
  );
  registerRoute(
    ({ url, request }) => request.method === 'GET' && isApi(url) && !isStory(url),
    new NetworkFirst({
      cacheName: API_CACHE,
      networkTimeoutSeconds: LIMITS.networkTimeoutSeconds,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ ...LIMITS.api, purgeOnQuotaError: true }),
        markCachedAnswers,
      ],
    }),
  );
}
