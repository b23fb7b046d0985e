// The app's QueryClient: retries only what a retry can fix, never a 404 or a malformed payload.
import { QueryClient } from '@tanstack/react-query';
import { isContentError } from '../api/errors';

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isContentError(error)) return false;
  return error.kind === 'http' || error.kind === 'timeout' || error.kind === 'network';
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
