// The demo worker's probe of its site: one at a time, any answer counts, a failure or a stall does not; and its answers.
import { describe, expect, it, vi } from 'vitest';
import { FROM_CACHE_HEADER } from '../api/network-outcome';
import { demoAnswer, siteProbe } from './probe';

const SCOPE = 'https://demo.example/';

describe('siteProbe', () => {
  it('shares one probe among the requests made while it runs, then probes afresh', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchSite = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    const reachable = siteProbe(fetchSite, SCOPE);
    const first = [reachable(), reachable(), reachable()];
    answer(new Response(null, { status: 503 }));
    expect(await Promise.all(first)).toEqual([true, true, true]);
    expect(fetchSite).toHaveBeenCalledTimes(1);
    expect(fetchSite).toHaveBeenCalledWith(SCOPE, expect.objectContaining({ method: 'HEAD', cache: 'no-store' }));
    void reachable();
    expect(fetchSite).toHaveBeenCalledTimes(2);
  });

  it('counts a failed probe as unreachable', async () => {
    const reachable = siteProbe(() => Promise.reject(new TypeError('Failed to fetch')), SCOPE);
    expect(await reachable()).toBe(false);
  });

  it('counts a probe that stalls past its limit as unreachable', async () => {
    const stalls = (_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    expect(await siteProbe(stalls, SCOPE, 20)()).toBe(false);
  });
});

describe('demoAnswer', () => {
  it('marks the mock API’s answer as from a cache when the site is unreachable', () => {
    expect(demoAnswer(Response.json({}), false).headers.get(FROM_CACHE_HEADER)).toBe('1');
    expect(demoAnswer(Response.json({}), true).headers.get(FROM_CACHE_HEADER)).toBeNull();
    expect(demoAnswer(Response.error(), false).type).toBe('error');
  });

  it('answers an endpoint the mocks do not know with a 404', async () => {
    const answer = demoAnswer(undefined, true);
    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ error: 'not_found' });
  });
});
