// An in-memory Cache Storage for tests, whose writes can be made to fail like a full disk, or wait, like a slow one.
export class MemoryCache {
  readonly entries = new Map<string, Response>();
  failWith: Error | null = null;
  /** Fails the saves from this story on (1 = the first story stored), as a disk that fills up part way through. */
  failFromStory: number | null = null;
  /** Fails the writes of the URLs it accepts, as a disk that fills up in the middle of a save. */
  failOn: ((url: string) => boolean) | null = null;
  storiesStored = 0;
  private readonly held: Array<{ accepts: (url: string) => boolean; reached: () => void; released: Promise<void> }> = [];

  private key(request: string | Request): string {
    return new URL(typeof request === 'string' ? request : request.url, window.location.origin).href;
  }

  /**
   * Holds the next write of a URL `accepts` until `release()`: `reached` resolves when that write starts, so a test
   * can act while it is in flight.
   */
  hold(accepts: (url: string) => boolean): { reached: Promise<void>; release: () => void } {
    let release = () => undefined as void;
    let reached = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    this.held.push({ accepts, reached, released });
    return { reached: reachedPromise, release };
  }

  async put(request: string | Request, response: Response) {
    const url = this.key(request);
    const held = this.held.findIndex((entry) => entry.accepts(url));
    if (held >= 0) {
      const [entry] = this.held.splice(held, 1);
      entry!.reached();
      await entry!.released;
    }
    if (this.failWith) throw this.failWith;
    if (this.failOn?.(url)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // A story's own JSON is the first thing a save stores.
    if (/\/stories\/[a-z0-9-]+$/.test(url)) {
      this.storiesStored += 1;
      if (this.failFromStory !== null && this.storiesStored >= this.failFromStory) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    }
    this.entries.set(url, response);
  }

  async match(request: string | Request) {
    return this.entries.get(this.key(request))?.clone();
  }

  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }

  async delete(request: string | Request) {
    return this.entries.delete(this.key(request));
  }
}

/** A Cache Storage of MemoryCaches, one per name, for code that opens more than one cache. */
export class MemoryCacheStorage {
  readonly caches = new Map<string, MemoryCache>();

  async open(name: string): Promise<MemoryCache> {
    const cache = this.caches.get(name) ?? new MemoryCache();
    this.caches.set(name, cache);
    return cache;
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
}
