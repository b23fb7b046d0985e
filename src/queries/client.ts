// The app's QueryClient, which carries the build's content source: queries, loaders and hooks reach the source
// through the client they already hold (TanStack hands queryFn its `client`), never through a module global.
import { QueryClient, useQueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../api/retry';
import type { ContentSource } from '../api/source';

/** A QueryClient with the content source its queries read. */
export class ContentQueryClient extends QueryClient {
  readonly source: ContentSource;

  constructor(source: ContentSource) {
    super({
      defaultOptions: {
        // 'always': a request runs even when the browser says offline, because the service worker may answer it
        // from cache; the client then fails fast with an 'offline' error instead of pausing forever.
        queries: { retry: shouldRetry, retryDelay, refetchOnWindowFocus: false, gcTime: 30 * 60_000, networkMode: 'always' },
        mutations: { networkMode: 'always' },
      },
    });
    this.source = source;
  }
}

export function createQueryClient(source: ContentSource): ContentQueryClient {
  return new ContentQueryClient(source);
}

/** The content source of the client a query runs in (queryFn's `client`), or of the app's client. */
export function sourceOf(client: QueryClient): ContentSource {
  if (client instanceof ContentQueryClient) return client.source;
  throw new Error('Lede: a QueryClient without a content source');
}

/** The content source, for hooks that send requests of their own (update checks, live polls, downloads). */
export function useContentSource(): ContentSource {
  return sourceOf(useQueryClient());
}
