// Cache names and limits shared by the service worker and the page (saved stories, storage display).
export const CACHE_PREFIX = 'lede';
export const STORY_CACHE = `${CACHE_PREFIX}-stories-v1`;
export const API_CACHE = `${CACHE_PREFIX}-api-v1`;
export const IMAGE_CACHE = `${CACHE_PREFIX}-images-v1`;
/** Stories the reader saved explicitly: never expired by the worker, removed only by the reader. */
export const SAVED_CACHE = `${CACHE_PREFIX}-saved-v1`;

export const LIMITS = {
  /** Recently read stories kept for offline reading. */
  stories: { maxEntries: 24, maxAgeSeconds: 14 * 24 * 60 * 60 },
  /** Front page, lists and topics. */
  api: { maxEntries: 40, maxAgeSeconds: 3 * 24 * 60 * 60 },
  images: { maxEntries: 120, maxAgeSeconds: 30 * 24 * 60 * 60 },
  /** How long a story request waits for the network before the cached copy is shown. */
  networkTimeoutSeconds: 4,
} as const;

export const SKIP_WAITING = 'SKIP_WAITING';
