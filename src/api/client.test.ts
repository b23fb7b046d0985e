import { delay, http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { getJson } from './client';
import { ContentError } from './errors';
import { fetchStory } from './content';

const Shape = v.object({ ok: v.boolean() });

async function failure(promise: Promise<unknown>): Promise<ContentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('getJson', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns parsed data', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ ok: true })));
    await expect(getJson('/thing', Shape)).resolves.toEqual({ ok: true });
  });

  it('turns a 500 into an http error with its status', async () => {
    server.use(http.get('*/api/thing', () => new HttpResponse(null, { status: 500 })));
    const error = await failure(getJson('/thing', Shape));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
  });

  it('reads Retry-After from a 503', async () => {
    server.use(http.get('*/api/thing', () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '30' } })));
    const error = await failure(getJson('/thing', Shape));
    expect(error.retryAfter).toBe(30);
  });

  it('turns a 404 into not-found', async () => {
    const error = await failure(fetchStory('no-such-story'));
    expect(error.kind).toBe('not-found');
  });

  it('reports invalid JSON', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.text('{"ok": tru', { headers: { 'content-type': 'application/json' } })));
    expect((await failure(getJson('/thing', Shape))).kind).toBe('invalid-json');
  });

  it('reports the wrong shape with the path of the first problem', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ ok: 'yes' })));
    const error = await failure(getJson('/thing', Shape));
    expect(error.kind).toBe('invalid-shape');
    expect(error.message).toContain('ok');
  });

  it('times out a slow response', async () => {
    server.use(
      http.get('*/api/thing', async () => {
        await delay(2_000);
        return HttpResponse.json({ ok: true });
      }),
    );
    expect((await failure(getJson('/thing', Shape, { timeoutMs: 50 }))).kind).toBe('timeout');
  });

  it('says offline when the network fails and the browser is offline', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.error()));
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    expect((await failure(getJson('/thing', Shape))).kind).toBe('offline');
    vi.stubGlobal('navigator', { ...navigator, onLine: true });
    expect((await failure(getJson('/thing', Shape))).kind).toBe('network');
  });

  it('skips body blocks of types it does not know, instead of failing the story', async () => {
    const story = await fetchStory('harbour-bridge-reopens');
    server.use(http.get('*/api/stories/:slug', () => HttpResponse.json({ ...story, body: [{ type: 'hologram', data: 1 }, ...story.body] })));
    const parsed = await fetchStory('harbour-bridge-reopens');
    expect(parsed.body).toEqual(story.body);
  });
});
