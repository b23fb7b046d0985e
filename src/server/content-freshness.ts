// How long a page rendered from some content answers stays fresh: the shortest `max-age` among those answers
// (`no-cache`/`no-store` make it 0), or a default when none says; how long after that it may be served stale.

export const DEFAULT_FRESH_MS = 60_000;
export const DEFAULT_STALE_MS = 600_000;

/** Seconds of `max-age`, 0 for `no-cache`/`no-store`, undefined when the header says nothing of freshness. */
export function maxAgeOf(cacheControl: string | null): number | undefined {
  if (!cacheControl) return undefined;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((part) => part.trim());
  if (directives.some((directive) => directive === 'no-cache' || directive === 'no-store' || directive === 'private')) return 0;
  const maxAge = directives.map((directive) => /^max-age=(\d+)$/.exec(directive)?.[1]).find((value) => value !== undefined);
  return maxAge === undefined ? undefined : Number(maxAge);
}

/** Collects the content answers of one render; `freshMs` is the page's freshness once it is done. */
export function createFreshness() {
  let seconds: number | undefined;
  return {
    observe(response: Response): void {
      const maxAge = maxAgeOf(response.headers.get('cache-control'));
      if (maxAge !== undefined) seconds = seconds === undefined ? maxAge : Math.min(seconds, maxAge);
    },
    get freshMs(): number {
      return seconds === undefined ? DEFAULT_FRESH_MS : seconds * 1000;
    },
  };
}
