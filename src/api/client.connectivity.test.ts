// The client's part in connectivity: what each request reports, and index.html's early story request under the same
// timeout and cancellation as any other.
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { apiUrl, getJson } from './client';
import { EARLY_GLOBAL } from './early';
import { ContentError } from './errors';
import { FROM_CACHE_HEADER, onNetworkOutcome, type NetworkOutcome } from './network-outcome';

const Shape = v.object({ ok: v.boolean() });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('network outcomes', () => {
  let outcomes: NetworkOutcome[] = [];
  let stop: () => void = () => undefined;
  beforeEach(() => {
    outcomes = [];
    stop = onNetworkOutcome((outcome) => outcomes.push(outcome));
  });
  afterEach(() => stop());

  it('reports an answer from the network, whatever its status', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ ok: true })));
    await getJson('/thing', Shape);
    server.use(http.get('*/api/thing', () => new HttpResponse(null, { status: 500 })));
    await failure(getJson('/thing', Shape));
    expect(outcomes).toEqual(['reached', 'reached']);
  });

  it('reports an answer the service worker took from a cache, and still returns it', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ ok: true }, { headers: { [FROM_CACHE_HEADER]: '1' } })));
    await expect(getJson('/thing', Shape)).resolves.toEqual({ ok: true });
    expect(outcomes).toEqual(['from-cache']);
  });

  it('takes a 404 from a cache to mean "not on this device" (offline), not "no such story"', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ error: 'not_found' }, { status: 404, headers: { [FROM_CACHE_HEADER]: '1' } })));
    expect(await failure(getJson('/thing', Shape))).toMatchObject({ kind: 'offline' });
    server.use(http.get('*/api/thing', () => HttpResponse.json({ error: 'not_found' }, { status: 404 })));
    expect(await failure(getJson('/thing', Shape))).toMatchObject({ kind: 'not-found' });
  });

  it('reports a network failure and a timeout as unreachable', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.error()));
    expect(await failure(getJson('/thing', Shape))).toMatchObject({ kind: 'network' });
    server.use(http.get('*/api/thing', () => new Promise<never>(() => undefined)));
    expect(await failure(getJson('/thing', Shape, { timeoutMs: 50 }))).toMatchObject({ kind: 'timeout' });
    expect(outcomes).toEqual(['unreachable', 'unreachable']);
  });

  it('reports nothing when the caller cancels', async () => {
    server.use(http.get('*/api/thing', () => new Promise<never>(() => undefined)));
    const controller = new AbortController();
    const pending = failure(getJson('/thing', Shape, { signal: controller.signal }));
    controller.abort();
    expect(await pending).not.toBeInstanceOf(ContentError);
    expect(outcomes).toEqual([]);
  });
});

describe("index.html's early story request", () => {
  const holder = window as unknown as Record<string, unknown>;
  afterEach(() => {
    holder[EARLY_GLOBAL] = undefined;
  });

  it('is used when it answers', async () => {
    holder[EARLY_GLOBAL] = { url: apiUrl('/thing'), response: Promise.resolve(HttpResponse.json({ ok: true })) };
    // No handler for /thing: only the early response can answer.
    await expect(getJson('/thing', Shape)).resolves.toEqual({ ok: true });
  });

  it('that stalls ends in the timeout error, and a retry sends a request of its own', async () => {
    holder[EARLY_GLOBAL] = { url: apiUrl('/thing'), response: new Promise<Response>(() => undefined) };
    const started = Date.now();
    expect(await failure(getJson('/thing', Shape, { timeoutMs: 100 }))).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
    server.use(http.get('*/api/thing', () => HttpResponse.json({ ok: true })));
    await expect(getJson('/thing', Shape)).resolves.toEqual({ ok: true });
  });

  it("that stalls gives way to the caller's cancellation", async () => {
    holder[EARLY_GLOBAL] = { url: apiUrl('/thing'), response: new Promise<Response>(() => undefined) };
    const controller = new AbortController();
    const pending = failure(getJson('/thing', Shape, { signal: controller.signal }));
    controller.abort(new DOMException('navigated away', 'AbortError'));
    const error = await pending;
    expect(error).not.toBeInstanceOf(ContentError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('that fails is retried with a request of its own', async () => {
    holder[EARLY_GLOBAL] = { url: apiUrl('/thing'), response: Promise.reject(new TypeError('Failed to fetch')) };
    server.use(http.get('*/api/thing', () => HttpResponse.json({ ok: true })));
    await expect(getJson('/thing', Shape)).resolves.toEqual({ ok: true });
  });
});
