// How long a poller waits after failures in a row (src/routes/poller.ts): apart from the queries' retry
// (src/api/retry.ts) so that only pages that poll carry it.
import { isContentError } from './errors';

export interface Backoff {
  /** The wait after the first failure. */
  baseMs: number;
  /** The longest wait. */
  maxMs: number;
}

/**
 * The wait before the next attempt after `failures` failures in a row: doubling from `baseMs` up to `maxMs`, and
 * never sooner than the service's own `Retry-After` (a 429 or 503 saying when to come back).
 */
export function backoffDelay(failures: number, error: unknown, { baseMs, maxMs }: Backoff): number {
  const doubling = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  const asked = isContentError(error) && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
  return Math.max(doubling, asked);
}
