// The version of a story the reader last read on this device (src/model/read-versions.ts), for what changed since.
import { queryOptions } from '@tanstack/react-query';
import { readVersionOf } from '../model/read-versions';

export const readVersionKeys = {
  detail: (slug: string) => ['read-version', slug] as const,
};

/**
 * Read afresh by every visit's loader (stale at once), before the page remembers the version it shows; the page
 * reads what the loader left, so the marks are there from its first render.
 */
export const readVersionQuery = (slug: string) =>
  queryOptions({ queryKey: readVersionKeys.detail(slug), queryFn: () => readVersionOf(slug), staleTime: 0 });
