import { describe, expect, it, vi } from 'vitest';
import { createPageCache, type RenderedResponse } from './page-cache';

const page = (body: string, over: Partial<RenderedResponse> = {}): RenderedResponse => ({
  status: 200,
  headers: {},
  body,
  freshMs: 1000,
  staleMs: 5000,
  cacheable: true,
  ...over,
});

describe('the page cache', () => {
  it('serves a fresh page without rendering, a stale one while one render refreshes it, an expired one after a render', async () => {
    let time = 0;
    const cache = createPageCache({ maxEntries: 10, now: () => time });
    let n = 0;
    const render = vi.fn(async () => page(`v${++n}`));
    expect(await cache.get('/a', render)).toEqual({ page: expect.objectContaining({ body: 'v1' }), outcome: 'miss' });
    time = 500;
    expect((await cache.get('/a', render)).outcome).toBe('hit');
    expect(render).toHaveBeenCalledTimes(1);
    time = 2000;
    const stale = await cache.get('/a', render);
    expect(stale).toEqual({ page: expect.objectContaining({ body: 'v1' }), outcome: 'stale' });
    await vi.waitFor(() => expect(render).toHaveBeenCalledTimes(2));
    await Promise.resolve();
    expect((await cache.get('/a', render)).page.body).toBe('v2');
    time = 20_000;
    expect(await cache.get('/a', render)).toEqual({ page: expect.objectContaining({ body: 'v3' }), outcome: 'miss' });
  });

  it('renders once for concurrent misses of one page', async () => {
    const cache = createPageCache({ maxEntries: 10 });
    let release: () => void = () => undefined;
    const render = vi.fn(() => new Promise<RenderedResponse>((resolve) => (release = () => resolve(page('one')))));
    const all = Promise.all([cache.get('/a', render), cache.get('/a', render), cache.get('/a', render)]);
    release();
    expect((await all).map((answer) => answer.page.body)).toEqual(['one', 'one', 'one']);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('never stores what must not be stored, and a failed render is not remembered', async () => {
    const cache = createPageCache({ maxEntries: 10 });
    await cache.get('/down', async () => page('unavailable', { status: 503, cacheable: false }));
    expect(cache.size).toBe(0);
    await expect(cache.get('/x', () => Promise.reject(new Error('render failed')))).rejects.toThrow('render failed');
    expect((await cache.get('/x', async () => page('ok'))).page.body).toBe('ok');
  });

  it('keeps at most maxEntries pages, dropping the least recently used', async () => {
    const cache = createPageCache({ maxEntries: 2 });
    await cache.get('/a', async () => page('a'));
    await cache.get('/b', async () => page('b'));
    await cache.get('/a', async () => page('a again'));
    await cache.get('/c', async () => page('c'));
    expect(cache.size).toBe(2);
    expect((await cache.get('/a', async () => page('a new'))).outcome).toBe('hit');
    expect((await cache.get('/b', async () => page('b new'))).outcome).toBe('miss');
  });
});
