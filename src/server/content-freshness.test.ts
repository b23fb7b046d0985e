import { describe, expect, it } from 'vitest';
import { DEFAULT_FRESH_MS, createFreshness, maxAgeOf } from './content-freshness';

describe("a page's freshness from its content's answers", () => {
  it('reads max-age, and no-cache, no-store and private as nothing fresh', () => {
    expect(maxAgeOf('public, max-age=30')).toBe(30);
    expect(maxAgeOf('no-cache')).toBe(0);
    expect(maxAgeOf('private, max-age=600')).toBe(0);
    expect(maxAgeOf('no-store')).toBe(0);
    expect(maxAgeOf('public')).toBeUndefined();
    expect(maxAgeOf(null)).toBeUndefined();
  });

  it('is the shortest of the answers, or the default when none says', () => {
    const none = createFreshness();
    none.observe(new Response('', { headers: {} }));
    expect(none.freshMs).toBe(DEFAULT_FRESH_MS);
    const some = createFreshness();
    some.observe(new Response('', { headers: { 'cache-control': 'max-age=120' } }));
    some.observe(new Response('', { headers: { 'cache-control': 'max-age=15' } }));
    some.observe(new Response('', { headers: {} }));
    expect(some.freshMs).toBe(15_000);
  });
});
