// The render server's cache of rendered pages: fresh for as long as the content they show says, then served stale
// while one render refreshes them in the background (stale-while-revalidate); concurrent misses share one render.
// Bounded in entries, least recently used first out, so memory stays flat however many addresses are asked for.

export interface RenderedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** How long it may be served as is, and after that, while a new render is under way. */
  freshMs: number;
  staleMs: number;
  /** False for answers that must never be stored (the content could not be read). */
  cacheable: boolean;
}

interface Entry {
  page: RenderedResponse;
  storedAt: number;
}

export type CacheOutcome = 'hit' | 'stale' | 'miss';

export interface PageCache {
  get(key: string, render: () => Promise<RenderedResponse>): Promise<{ page: RenderedResponse; outcome: CacheOutcome }>;
  readonly size: number;
}

export function createPageCache({ maxEntries, now = Date.now }: { maxEntries: number; now?: () => number }): PageCache {
  const entries = new Map<string, Entry>();
  const renders = new Map<string, Promise<RenderedResponse>>();

  function store(key: string, page: RenderedResponse): void {
    entries.delete(key);
    if (!page.cacheable || page.freshMs + page.staleMs <= 0) return;
    entries.set(key, { page, storedAt: now() });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  }

  /** One render per key at a time; its result is stored when it ends. */
  function renderOnce(key: string, render: () => Promise<RenderedResponse>): Promise<RenderedResponse> {
    const running = renders.get(key);
    if (running) return running;
    const next = render()
      .then((page) => {
        store(key, page);
        return page;
      })
      .finally(() => renders.delete(key));
    renders.set(key, next);
    return next;
  }

  return {
    get size() {
      return entries.size;
    },
    async get(key, render) {
      const entry = entries.get(key);
      if (entry) {
        const age = now() - entry.storedAt;
        // Most recently used last: the oldest key is the first out.
        entries.delete(key);
        entries.set(key, entry);
        if (age < entry.page.freshMs) return { page: entry.page, outcome: 'hit' };
        if (age < entry.page.freshMs + entry.page.staleMs) {
          void renderOnce(key, render).catch(() => undefined);
          return { page: entry.page, outcome: 'stale' };
        }
      }
      return { page: await renderOnce(key, render), outcome: 'miss' };
    },
  };
}
