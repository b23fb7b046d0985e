// An in-memory Cache Storage for tests, whose addAll can be made to fail like a full disk.
export class MemoryCache {
  readonly entries = new Map<string, Response>();
  failWith: Error | null = null;
  /** Fails the addAll calls from this one on (1 = the first), as a disk that fills up part way through. */
  failFromAddAll: number | null = null;
  addAllCalls = 0;

  private key(request: string | Request): string {
    return new URL(typeof request === 'string' ? request : request.url, window.location.origin).href;
  }

  async addAll(urls: string[]) {
    this.addAllCalls += 1;
    if (this.failWith) throw this.failWith;
    if (this.failFromAddAll !== null && this.addAllCalls >= this.failFromAddAll) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    for (const url of urls) this.entries.set(this.key(url), new Response(`body of ${url}`));
  }

  async put(url: string, response: Response) {
    if (this.failWith) throw this.failWith;
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
