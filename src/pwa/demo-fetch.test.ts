import { afterEach, describe, expect, it, vi } from 'vitest';
import { snapshotFile, snapshotKey, testSwitchCookieSet } from '../lib/demo-snapshot';

vi.mock('virtual:lede-demo-snapshot', () => ({ SNAPSHOT_KEYS: new Set(['/front', '/popular?period=week', '/stories/harbour-bridge-reopens']) }));
vi.mock('./demo-mocks', () => ({ answerFromMocks: vi.fn(async () => Response.json({ from: 'mocks' })) }));

const { answerApiInPage, snapshotFor } = await import('./demo-fetch');
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
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    vi.unstubAllGlobals();
  });

  it('finds GET requests the snapshot holds, whatever the order of their query', () => {
    expect(snapshotFor(api('/front'))).toBe('/demo-api/front.json');
    expect(snapshotFor(api('/popular?period=week'))).toBe('/demo-api/popular.period=week.json');
    expect(snapshotFor(api('/stories/harbour-bridge-reopens'))).toBe('/demo-api/stories/harbour-bridge-reopens.json');
    expect(snapshotFor(api('/stories/a-generated-story'))).toBeUndefined();
    expect(snapshotFor(api('/front', { method: 'POST', body: '{}' }))).toBeUndefined();
  });

  it('answers from the snapshot file, else from the mocks in the page, and leaves other requests alone', async () => {
    const network = vi.fn(async (input: RequestInfo | URL) => Response.json({ from: String(input) }));
    window.fetch = network as typeof fetch;
    answerApiInPage();

    const controller = new AbortController();
    await expect((await fetch('/api/front', { signal: controller.signal })).json()).resolves.toEqual({ from: '/demo-api/front.json' });
    expect(network).toHaveBeenCalledWith('/demo-api/front.json', expect.objectContaining({ signal: expect.any(AbortSignal) }));

    await expect((await fetch('/api/search?q=ferry')).json()).resolves.toEqual({ from: 'mocks' });
    expect(answerFromMocks).toHaveBeenCalledTimes(1);

    await fetch('/images/harbour-480.webp');
    expect(network).toHaveBeenLastCalledWith('/images/harbour-480.webp', undefined);
  });

  it('still aborts a request the mocks answer, as fetch would', async () => {
    vi.mocked(answerFromMocks).mockImplementationOnce(() => new Promise(() => undefined));
    answerApiInPage();
    const controller = new AbortController();
    const pending = fetch('/api/search?q=never', { signal: controller.signal });
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(pending).rejects.toThrow('stopped');
  });

  it('sends everything to the worker once it controls the page', async () => {
    const network = vi.fn(async () => Response.json({ from: 'worker' }));
    window.fetch = network as typeof fetch;
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { serviceWorker: { controller: {} } }));
    answerApiInPage();
    await fetch('/api/front');
    expect(network).toHaveBeenCalledWith('/api/front', undefined);
  });
});
