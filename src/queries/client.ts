// The app's QueryClient: retries only what a retry can fix, never a 404 or a malformed payload.
import { QueryClient } from '@tanstack/react-query';
import { isContentError } from '../api/errors';

/**
 * One automatic retry, for failures a retry can fix quickly: a 5xx or a dropped connection. Not a timeout
 * (the reader has already waited the full timeout; "Try again" is theirs), a 4xx, offline or a malformed payload.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1 || !isContentError(error)) return false;
  return (error.kind === 'http' && (error.status ?? 500) >= 500) || error.kind === 'network';
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // 'always': a request runs even when the browser says offline, because the service worker may answer it
      // from cache; the client then fails fast with an 'offline' error instead of pausing forever.
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, gcTime: 30 * 60_000, networkMode: 'always' },
      mutations: { networkMode: 'always' },
    },
  });
}
