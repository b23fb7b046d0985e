// The retry and backoff policies: what is retried, how long the waits grow, and the service's Retry-After.
import { describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { backoffDelay } from './backoff';
import { parseRetryAfter, retryDelay, shouldRetry } from './retry';

const error = (kind: ConstructorParameters<typeof ContentError>[0], options: { status?: number; retryAfter?: number } = {}) =>
  new ContentError(kind, '/api/thing', options);

describe('the retry policy', () => {
  it('retries once what a quick retry can fix: a 5xx or a dropped connection', () => {
    expect(shouldRetry(0, error('http', { status: 503 }))).toBe(true);
    expect(shouldRetry(0, error('network'))).toBe(true);
    expect(shouldRetry(1, error('network'))).toBe(false);
    for (const kind of ['timeout', 'offline', 'not-found', 'not-on-device', 'invalid-json', 'invalid-shape'] as const)
      expect(shouldRetry(0, error(kind))).toBe(false);
    expect(shouldRetry(0, error('http', { status: 429 }))).toBe(false);
    expect(shouldRetry(0, new Error('not a content error'))).toBe(false);
  });

  it('leaves a service that asks for more than a few seconds alone; the reader gets the error and "Try again"', () => {
    expect(shouldRetry(0, error('http', { status: 503, retryAfter: 2 }))).toBe(true);
    expect(shouldRetry(0, error('http', { status: 503, retryAfter: 120 }))).toBe(false);
  });

  it('doubles its waits up to a ceiling and never comes back sooner than Retry-After', () => {
    const policy = { baseMs: 1000, maxMs: 8000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, error('network'), policy))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(backoffDelay(1, error('http', { status: 429, retryAfter: 30 }), policy)).toBe(30_000);
    expect(retryDelay(1, error('http', { status: 503, retryAfter: 3 }))).toBe(3000);
    expect(retryDelay(1, error('network'))).toBe(1000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-05T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Sat, 05 Dec 2026 10:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
