// An in-memory Cache Storage for tests, whose writes can be made to fail like a full disk.
export class MemoryCache {
  readonly entries = new Map<string, Response>();
  failWith: Error | null = null;
  /** Fails the saves from this story on (1 = the first story stored), as a disk that fills up part way through. */
  failFromStory: number | null = null;
  storiesStored = 0;

  private key(request: string | Request): string {
    return new URL(typeof request === 'string' ? request : request.url, window.location.origin).href;
  }

  async put(url: string, response: Response) {
    if (this.failWith) throw this.failWith;
    // A story's own JSON is the first thing a save stores.
    if (/\/stories\/[a-z0-9-]+$/.test(url)) {
      this.storiesStored += 1;
      if (this.failFromStory !== null && this.storiesStored >= this.failFromStory) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    }
    this.entries.set(this.key(url), response);
  }

  async match(request: string | Request) {
    return this.entries.get(this.key(request))?.clone();
  }

  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }

  async delete(url: string) {
    return this.entries.delete(this.key(url));
  }
}
