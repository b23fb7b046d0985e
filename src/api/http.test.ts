// The request path: parsing and errors, the deadline over headers and body, cancellation, what it reports to
// connectivity, and the takeover of index.html's early story request.
import { delay, http as mock, HttpResponse } from 'msw';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { testRoad } from '../test/content';
import { ContentError } from './errors';
import { getJson, type EarlyRequest } from './http';
import { FROM_CACHE_HEADER } from './network-outcome';

const Shape = v.object({ ok: v.boolean() });
const THING = '/api/thing';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** An answer whose headers arrive at once and whose body never ends. */
function stalledBody(): Response {
  const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"ok":')) });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

describe('getJson', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns parsed data', async () => {
    server.use(mock.get('*/api/thing', () => HttpResponse.json({ ok: true })));
    await expect(getJson(testRoad().http, THING, Shape)).resolves.toEqual({ ok: true });
  });

  it('turns a 500 into an http error with its status, and reads Retry-After', async () => {
    server.use(mock.get('*/api/thing', () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '30' } })));
    const error = await failure(getJson(testRoad().http, THING, Shape));
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfter: 30 });
  });

  it('turns a 404 into not-found, and a story the source does not know too', async () => {
    server.use(mock.get('*/api/thing', () => HttpResponse.json({ error: 'not_found' }, { status: 404 })));
    expect(await failure(getJson(testRoad().http, THING, Shape))).toMatchObject({ kind: 'not-found' });
    expect(await failure(testRoad().source.fetchStory('no-such-story'))).toMatchObject({ kind: 'not-found' });
  });

  it('reports invalid JSON, and the wrong shape with the path of the first problem', async () => {
    server.use(mock.get('*/api/thing', () => HttpResponse.text('{"ok": tru', { headers: { 'content-type': 'application/json' } })));
    expect(await failure(getJson(testRoad().http, THING, Shape))).toMatchObject({ kind: 'invalid-json' });
    server.use(mock.get('*/api/thing', () => HttpResponse.json({ ok: 'yes' })));
    const error = await failure(getJson(testRoad().http, THING, Shape));
    expect(error).toMatchObject({ kind: 'invalid-shape' });
    expect((error as Error).message).toContain('ok');
  });

  it('times out an answer whose headers are slow', async () => {
    server.use(
      mock.get('*/api/thing', async () => {
        await delay(2_000);
        return HttpResponse.json({ ok: true });
      }),
    );
    expect(await failure(getJson(testRoad().http, THING, Shape, { timeoutMs: 50 }))).toMatchObject({ kind: 'timeout' });
  });

  it('times out an answer whose body stalls after its headers, instead of waiting for ever', async () => {
    // A transport that does not end the body when asked (the demo's in-page answers, a stalled early request).
    const road = testRoad({ fetch: async () => stalledBody() });
    const started = Date.now();
    expect(await failure(getJson(road.http, THING, Shape, { timeoutMs: 100 }))).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(road.outcomes).toEqual(['reached', 'unreachable']);
  });

  it('says offline when the network fails and the browser is offline, network when it says online', async () => {
    server.use(mock.get('*/api/thing', () => HttpResponse.error()));
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    expect(await failure(getJson(testRoad().http, THING, Shape))).toMatchObject({ kind: 'offline' });
    vi.stubGlobal('navigator', { ...navigator, onLine: true });
    expect(await failure(getJson(testRoad().http, THING, Shape))).toMatchObject({ kind: 'network' });
  });

  it('skips body blocks of types it does not know, instead of failing the story', async () => {
    const { source } = testRoad();
    const story = await source.fetchStory('harbour-bridge-reopens');
    server.use(mock.get('*/api/stories/:slug', () => HttpResponse.json({ ...story, body: [{ type: 'hologram', data: 1 }, ...story.body] })));
    expect((await source.fetchStory('harbour-bridge-reopens')).body).toEqual(story.body);
  });
});

describe('network outcomes', () => {
  it('reports an answer from the network, whatever its status', async () => {
    const road = testRoad();
    server.use(mock.get('*/api/thing', () => HttpResponse.json({ ok: true })));
    await getJson(road.http, THING, Shape);
    server.use(mock.get('*/api/thing', () => new HttpResponse(null, { status: 500 })));
    await failure(getJson(road.http, THING, Shape));
    expect(road.outcomes).toEqual(['reached', 'reached']);
  });

  it('reports an answer the service worker took from a cache, and still returns it', async () => {
    const road = testRoad();
    server.use(mock.get('*/api/thing', () => HttpResponse.json({ ok: true }, { headers: { [FROM_CACHE_HEADER]: '1' } })));
    await expect(getJson(road.http, THING, Shape)).resolves.toEqual({ ok: true });
    expect(road.outcomes).toEqual(['from-cache']);
  });

  it('tells a 404 from a cache ("not on this device") apart from not-found, offline and timeout', async () => {
    server.use(mock.get('*/api/thing', () => HttpResponse.json({ error: 'not_found' }, { status: 404, headers: { [FROM_CACHE_HEADER]: '1' } })));
    expect(await failure(getJson(testRoad().http, THING, Shape))).toMatchObject({ kind: 'not-on-device' });
  });

  it('reports a network failure and a timeout as unreachable', async () => {
    const road = testRoad();
    server.use(mock.get('*/api/thing', () => HttpResponse.error()));
    expect(await failure(getJson(road.http, THING, Shape))).toMatchObject({ kind: 'network' });
    server.use(mock.get('*/api/thing', () => new Promise<never>(() => undefined)));
    expect(await failure(getJson(road.http, THING, Shape, { timeoutMs: 50 }))).toMatchObject({ kind: 'timeout' });
    expect(road.outcomes).toEqual(['unreachable', 'unreachable']);
  });

  it('reports nothing when the caller cancels, before or after the headers', async () => {
    const road = testRoad();
    server.use(mock.get('*/api/thing', () => new Promise<never>(() => undefined)));
    const controller = new AbortController();
    const pending = failure(getJson(road.http, THING, Shape, { signal: controller.signal }));
    controller.abort();
    expect(await pending).not.toBeInstanceOf(ContentError);
    const stalled = testRoad({ fetch: async () => stalledBody() });
    const reading = new AbortController();
    const body = failure(getJson(stalled.http, THING, Shape, { signal: reading.signal }));
    await delay(50);
    reading.abort();
    expect(await body).not.toBeInstanceOf(ContentError);
    expect(road.outcomes).toEqual([]);
    expect(stalled.outcomes).toEqual(['reached']);
  });
});

describe("index.html's early story request", () => {
  const url = `${window.location.origin}${THING}`;
  const early = (response: Promise<Response>, abort = vi.fn()): EarlyRequest => ({ url: THING, response, abort });

  it('is used when it answers, once', async () => {
    server.use(mock.get('*/api/thing', () => HttpResponse.json({ ok: false })));
    const { http } = testRoad({ early: early(Promise.resolve(HttpResponse.json({ ok: true }))) });
    await expect(getJson(http, THING, Shape)).resolves.toEqual({ ok: true });
    await expect(getJson(http, THING, Shape)).resolves.toEqual({ ok: false });
    expect(url).toContain(THING);
  });

  it('that stalls ends in the timeout error and is aborted; a retry sends a request of its own', async () => {
    const abort = vi.fn();
    const { http } = testRoad({ early: early(new Promise<Response>(() => undefined), abort) });
    expect(await failure(getJson(http, THING, Shape, { timeoutMs: 100 }))).toMatchObject({ kind: 'timeout' });
    expect(abort).toHaveBeenCalledTimes(1);
    server.use(mock.get('*/api/thing', () => HttpResponse.json({ ok: true })));
    await expect(getJson(http, THING, Shape)).resolves.toEqual({ ok: true });
  });

  it('whose body stalls ends in the timeout error and is aborted', async () => {
    const abort = vi.fn();
    const { http } = testRoad({ early: early(Promise.resolve(stalledBody()), abort) });
    expect(await failure(getJson(http, THING, Shape, { timeoutMs: 100 }))).toMatchObject({ kind: 'timeout' });
    expect(abort).toHaveBeenCalledTimes(1);
  });

  it("that stalls gives way to the caller's cancellation", async () => {
    const { http } = testRoad({ early: early(new Promise<Response>(() => undefined)) });
    const controller = new AbortController();
    const pending = failure(getJson(http, THING, Shape, { signal: controller.signal }));
    controller.abort(new DOMException('navigated away', 'AbortError'));
    const error = await pending;
    expect(error).not.toBeInstanceOf(ContentError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('that fails is retried with a request of its own', async () => {
    const { http } = testRoad({ early: early(Promise.reject(new TypeError('Failed to fetch'))) });
    server.use(mock.get('*/api/thing', () => HttpResponse.json({ ok: true })));
    await expect(getJson(http, THING, Shape)).resolves.toEqual({ ok: true });
  });
});
