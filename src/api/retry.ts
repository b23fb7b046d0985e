// When to ask again after a failed content request, and how long to wait: the retry policy of queries
// (src/queries/client.ts); pollers back off by src/api/backoff.ts, which honours the same Retry-After.
import { isContentError } from './errors';

/** Seconds from a `Retry-After` header (seconds or an HTTP date), or undefined when it says nothing usable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - now) / 1000));
}

/** The longest `Retry-After` an automatic retry waits for. */
const MAX_AUTOMATIC_WAIT_S = 5;

/**
 * One automatic retry, for failures a retry can fix quickly: a 5xx or a dropped connection. Not a timeout
 * (the reader has already waited the full timeout; "Try again" is theirs), a 4xx, offline or a malformed payload.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1 || !isContentError(error)) return false;
  // A service that asks for more than a few seconds gets its time; the reader sees the error and "Try again".
  if ((error.retryAfter ?? 0) > MAX_AUTOMATIC_WAIT_S) return false;
  return (error.kind === 'http' && (error.status ?? 500) >= 500) || error.kind === 'network';
}

/** A query's automatic retry waits a second, or what the service asked for (never more than a few seconds). */
export function retryDelay(_failureCount: number, error: unknown): number {
  return Math.max(1000, isContentError(error) && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0);
}
