// The version of a story the reader last read on this device (src/model/read-versions.ts), for what changed since.
import { queryOptions } from '@tanstack/react-query';

export const readVersionKeys = {
  detail: (slug: string) => ['read-version', slug] as const,
};

/**
 * Read afresh by every visit's loader (stale at once), before the page remembers the version it shows; the page
 * reads what the loader left, so the marks are there from its first render. The store's code comes with the first
 * read (a story page's), not with every page's first load.
 */
export const readVersionQuery = (slug: string) =>
  queryOptions({
    queryKey: readVersionKeys.detail(slug),
    queryFn: async () => (await import('../model/read-versions')).readVersionOf(slug),
    staleTime: 0,
  });
