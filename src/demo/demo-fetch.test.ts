import { afterEach, describe, expect, it, vi } from 'vitest';
import { snapshotFile, snapshotKey, testSwitchCookieSet } from '../lib/demo-snapshot';

vi.mock('virtual:lede-demo-snapshot', () => ({ SNAPSHOT_KEYS: new Set(['/front', '/popular?period=week', '/stories/harbour-bridge-reopens']) }));
vi.mock('./demo-mocks', () => ({ answerFromMocks: vi.fn(async () => Response.json({ from: 'mocks' })) }));

const { demoFetch, snapshotFor } = await import('./demo-fetch');
const { answerFromMocks } = await import('./demo-mocks');

const api = (path: string, init?: RequestInit) => new Request(new URL(`/api${path}`, window.location.origin), init);

describe('the demo snapshot names', () => {
  it('keys a request by its path and sorted query, and stores each key in its own JSON file', () => {
    expect(snapshotKey('/search', '?q=ferry&limit=20')).toBe('/search?limit=20&q=ferry');
    expect(snapshotKey('/front', '')).toBe('/front');
    expect(snapshotFile('/stories/harbour-bridge-reopens')).toBe('/demo-api/stories/harbour-bridge-reopens.json');
    expect(snapshotFile('/popular?period=week')).toBe('/demo-api/popular.period=week.json');
    expect(snapshotFile('/search?q=a/b c')).toBe('/demo-api/search.q=a_b_c.json');
  });

  it('sees a test switch among the cookies only by its own name', () => {
    expect(testSwitchCookieSet('theme=dark; lede-scenario=timeout')).toBe(true);
    expect(testSwitchCookieSet('lede-live-minute=3')).toBe(true);
    expect(testSwitchCookieSet('theme=dark; notlede-scenario=1')).toBe(false);
    expect(testSwitchCookieSet('')).toBe(false);
  });
});

describe('the demo fetch before the worker controls the page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.mocked(answerFromMocks).mockClear();
  });

  it('finds GET requests the snapshot holds, whatever the order of their query', () => {
    expect(snapshotFor(api('/front'))).toBe('/demo-api/front.json');
    expect(snapshotFor(api('/popular?period=week'))).toBe('/demo-api/popular.period=week.json');
    expect(snapshotFor(api('/stories/harbour-bridge-reopens'))).toBe('/demo-api/stories/harbour-bridge-reopens.json');
    expect(snapshotFor(api('/stories/a-generated-story'))).toBeUndefined();
    expect(snapshotFor(api('/front', { method: 'POST', body: '{}' }))).toBeUndefined();
  });

  it('answers from the snapshot file, else from the mocks in the page, and leaves other requests alone', async () => {
    const network = vi.fn(async (url: string) => Response.json({ from: url }));
    const send = demoFetch(network);

    const controller = new AbortController();
    await expect((await send('/api/front', { signal: controller.signal })).json()).resolves.toEqual({ from: '/demo-api/front.json' });
    expect(network).toHaveBeenCalledWith('/demo-api/front.json', expect.objectContaining({ signal: expect.any(AbortSignal) }));

    await expect((await send('/api/search?q=ferry', {})).json()).resolves.toEqual({ from: 'mocks' });
    expect(answerFromMocks).toHaveBeenCalledTimes(1);

    await send('/images/harbour-480.webp', {});
    expect(network).toHaveBeenLastCalledWith('/images/harbour-480.webp', {});
  });

  it('asks the mocks when the host answers a snapshot file with something other than JSON (its HTML fallback, a 404)', async () => {
    const html = vi.fn(async () => new Response('<!doctype html><title>Lede</title>', { headers: { 'content-type': 'text/html' } }));
    await expect((await demoFetch(html)('/api/front', {})).json()).resolves.toEqual({ from: 'mocks' });
    const missing = vi.fn(async () => Response.json({ error: 'not_found' }, { status: 404 }));
    await expect((await demoFetch(missing)('/api/stories/harbour-bridge-reopens', {})).json()).resolves.toEqual({ from: 'mocks' });
    expect(answerFromMocks).toHaveBeenCalledTimes(2);
  });

  it('still aborts a request the mocks answer, as fetch would', async () => {
    vi.mocked(answerFromMocks).mockImplementationOnce(() => new Promise(() => undefined));
    const controller = new AbortController();
    const pending = demoFetch(vi.fn())('/api/search?q=never', { signal: controller.signal });
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(pending).rejects.toThrow('stopped');
  });

  it('sends everything to the worker once it controls the page', async () => {
    const network = vi.fn(async () => Response.json({ from: 'worker' }));
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { serviceWorker: { controller: {} } }));
    await demoFetch(network)('/api/front', {});
    expect(network).toHaveBeenCalledWith('/api/front', {});
  });
});
