// The app worker's shared part (Workbox): the app shell precached, offline navigation, updates on the reader's word,
// and the bounded photo cache.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { CacheFirst } from 'workbox-strategies';
import { IMAGE_CACHE, SAVED_CACHE, SKIP_WAITING } from '../lib/cache-names';
import { SHELL_FILE } from '../lib/server-state';
import { photoStrategy } from './photo-cache';
import { isPhotoRequest } from './photos';
import { renditionFinder } from './renditions';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

/** How long one listing of the caches' photos serves the misses that follow it (one page's photos, offline). */
const RENDITION_INDEX_MAX_AGE_MS = 10_000;

/** Installs the shell; `photoOrigins` are the origins besides the app's whose photos it keeps. Returns the photo strategy. */
export function installShell(photoOrigins: readonly string[]): CacheFirst {
  // First install takes control at once; later versions wait until the reader accepts the update prompt.
  clientsClaim();
  self.addEventListener('message', (event) => {
    const type = (event.data as { type?: string } | null)?.type;
    if (type === SKIP_WAITING) void self.skipWaiting();
  });

  precacheAndRoute(self.__WB_MANIFEST);
  cleanupOutdatedCaches();
  registerRoute(new NavigationRoute(createHandlerBoundToURL(`/${SHELL_FILE}`), { denylist: [/^\/api\//, /\.[a-z0-9]+$/i] }));

  const origins = { app: self.location.origin, others: photoOrigins };
  // The precache is searched too: demo builds precache one small rendition of every photo.
  const cacheNames = async () => [IMAGE_CACHE, SAVED_CACHE, ...(await self.caches.keys()).filter((name) => name.startsWith('workbox-precache'))];
  const photos = photoStrategy({
    origins,
    caches: self.caches,
    fetch: (request) => fetch(request),
    renditions: renditionFinder({ caches: self.caches, cacheNames, maxAgeMs: RENDITION_INDEX_MAX_AGE_MS }),
  });
  registerRoute(({ request }) => isPhotoRequest(request, origins), photos);
  return photos;
}
