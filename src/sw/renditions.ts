// Another width of the same photo for one missing offline: Lede's `photo-480.webp`, WordPress's `photo-300x200.webp`
// beside the original `photo.webp`. The caches' photos are listed once into an index that a burst of misses (a page's
// photos, offline) shares, instead of every miss reading every key of every cache.

/** The parts of Cache Storage the finder reads. */
export interface CacheReader {
  open(name: string): Promise<{ keys(): Promise<readonly Request[]>; match(request: Request): Promise<Response | undefined> }>;
}

/** A path's name, optional size (`-480`, `-300x200`) and extension. */
const SIZED = /^(.*?)(-\d+x\d+|-\d+)?(\.\w+)$/;

/** The photo a rendition's URL shows: origin, path without the size, extension; null for a path without an extension. */
export function photoOf(url: URL): string | null {
  const match = SIZED.exec(url.pathname);
  return match ? `${url.origin}${match[1]}${match[3]}` : null;
}

const withoutQuery = (url: URL) => `${url.origin}${url.pathname}`;

/** Every photo a cached URL may be a rendition of: a name may end in digits (`festival-2024.webp`) and be an original. */
function photosOf(url: URL): string[] {
  const photo = photoOf(url);
  if (!photo) return [];
  const whole = withoutQuery(url);
  return photo === whole ? [photo] : [photo, whole];
}

interface Entry {
  cacheName: string;
  request: Request;
}

export interface RenditionFinder {
  /** A cached rendition of the photo `url` shows, other than `url` itself. */
  find(url: string): Promise<Response | undefined>;
  /** Drops the index: a cache changed. */
  forget(): void;
}

export interface RenditionFinderOptions {
  caches: CacheReader;
  /** The caches to search, in order of preference. */
  cacheNames: () => Promise<string[]>;
  /** How long an index serves before it is built again (saved stories change without the worker knowing). */
  maxAgeMs: number;
  now?: () => number;
}

export function renditionFinder({ caches, cacheNames, maxAgeMs, now = Date.now }: RenditionFinderOptions): RenditionFinder {
  let index: { builtAt: number; entries: Promise<Map<string, Entry[]>> } | undefined;

  async function build(): Promise<Map<string, Entry[]>> {
    const entries = new Map<string, Entry[]>();
    for (const cacheName of await cacheNames()) {
      for (const request of await (await caches.open(cacheName)).keys()) {
        for (const photo of photosOf(new URL(request.url))) entries.set(photo, [...(entries.get(photo) ?? []), { cacheName, request }]);
      }
    }
    return entries;
  }

  function current(): Promise<Map<string, Entry[]>> {
    if (!index || now() - index.builtAt > maxAgeMs) {
      const entries = build();
      const built = { builtAt: now(), entries };
      index = built;
      // A failed listing is not kept: the next miss lists again.
      entries.catch(() => {
        if (index === built) index = undefined;
      });
    }
    return index.entries;
  }

  return {
    async find(url) {
      const wanted = new URL(url);
      const entries = await current();
      // Its own renditions first when the missing URL may itself be an original whose name ends in digits.
      for (const photo of photosOf(wanted).reverse()) {
        for (const { cacheName, request } of entries.get(photo) ?? []) {
          // The precache's keys carry a revision query; the missing URL itself is no alternative.
          if (withoutQuery(new URL(request.url)) === withoutQuery(wanted)) continue;
          const hit = await (await caches.open(cacheName)).match(request);
          if (hit) return hit;
        }
      }
      return undefined;
    },
    forget() {
      index = undefined;
    },
  };
}
