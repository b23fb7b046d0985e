import { describe, expect, it, vi } from 'vitest';
import type { ContentSource } from '../api/source';
import { appShellHtml } from '../boot/shell';
import { readServerState } from '../lib/server-state';
import { createPageHandler } from './handler';
import type { RenderedPage, Renderer } from './render';

const TEMPLATE =
  '<!doctype html><html lang="en"><head><title>Lede</title><meta name="description" content="generic">' +
  '<script>early()</script></head>' +
  `<body><div id="root">${appShellHtml()}</div></body></html>`;
const RULES = [{ path: '/*', detach: [], set: [['X-Content-Type-Options', 'nosniff']] as Array<[string, string]> }];

const page = (over: Partial<Extract<RenderedPage, { kind: 'page' }>> = {}): RenderedPage => ({
  kind: 'page',
  status: 200,
  app: '<main><h1>Harbour Bridge reopens</h1></main>',
  head: '<title>Harbour Bridge reopens · Lede</title><meta name="description" content="At dawn"/>',
  state: { queries: { mutations: [], queries: [] }, origin: 'https://news.example', path: '/story/harbour-bridge-reopens' },
  ...over,
});

function handlerWith(render: Renderer['render'], report = vi.fn()) {
  const renderer: Renderer = { render: vi.fn(render) };
  const handle = createPageHandler({
    template: TEMPLATE,
    headerRules: RULES,
    renderer,
    sourceFor: () => ({}) as ContentSource,
    origin: 'https://news.example',
    report,
  });
  return { handle, renderer, report };
}

const get = (path: string, init: RequestInit = {}) => new Request(`https://news.example${path}`, init);

describe("the render server's answers", () => {
  it('puts the page into the frame: its head, its app in #root, its state, and <html> marked for the early script', async () => {
    const { handle } = handlerWith(async () => page());
    const response = await handle(get('/story/harbour-bridge-reopens'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toContain('<div id="root"><main><h1>Harbour Bridge reopens</h1></main></div>');
    expect(html).toContain('<title>Harbour Bridge reopens · Lede</title>');
    expect(html).not.toContain('<title>Lede</title>');
    expect(html).not.toContain('content="generic"');
    expect(html).toContain('<html data-server-rendered="" lang="en">');
    // The early script stays: it starts the app once the page has been painted.
    expect(html).toContain('<script>early()</script>');
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(readServerState(document, '/story/harbour-bridge-reopens')).toEqual({
      queries: { mutations: [], queries: [] },
      origin: 'https://news.example',
      path: '/story/harbour-bridge-reopens',
    });
    // A host that answers another address with this page: the app renders anew.
    expect(readServerState(document, '/story/another')).toBeNull();
  });

  it('escapes the state so that content can never end its element', async () => {
    const hostile = {
      queries: { mutations: [], queries: [{ state: { data: '</script><script>alert(1)</script>' } }] },
      origin: 'https://news.example',
      path: '/story/x',
    };
    const { handle } = handlerWith(async () => page({ state: hostile as never }));
    const html = await (await handle(get('/story/x'))).text();
    expect(html).not.toContain('</script><script>alert(1)');
    expect(readServerState(new DOMParser().parseFromString(html, 'text/html'), '/story/x')).toEqual(hostile);
  });

  it('answers 404 with the not-found page, and a page the content service could not give with the shell, 503 and Retry-After', async () => {
    expect((await handlerWith(async () => page({ status: 404 })).handle(get('/story/gone'))).status).toBe(404);
    const { handle, report } = handlerWith(async () => ({ kind: 'unavailable', status: 503, errors: [new Error('API down')] }));
    const down = await handle(get('/story/x'));
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('10');
    expect(down.headers.get('cache-control')).toBe('no-store');
    expect(await down.text()).toBe(TEMPLATE);
    expect(report).toHaveBeenCalledWith(expect.any(Request), expect.objectContaining({ message: 'API down' }));
  });

  it('answers 503 with the shell, and goes on, when rendering throws', async () => {
    const { handle } = handlerWith(async () => {
      throw new Error('render bug');
    });
    expect((await handle(get('/topic/city'))).status).toBe(503);
    expect((await handle(get('/topic/city'))).status).toBe(503);
  });

  it("answers the device's own pages with the shell, never rendering them", async () => {
    const { handle, renderer } = handlerWith(async () => page());
    for (const path of ['/saved', '/preferences', '/offline']) {
      const response = await handle(get(path));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(TEMPLATE);
    }
    expect(renderer.render).not.toHaveBeenCalled();
  });

  it('refuses bad input with a 4xx and renders nothing', async () => {
    const { handle, renderer } = handlerWith(async () => page());
    expect((await handle(get('/story/x', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect((await handle(get('/story/%E0%A4%A'))).status).toBe(400);
    expect((await handle(get('/story/%00'))).status).toBe(400);
    expect((await handle(get(`/search?q=${'a'.repeat(5000)}`))).status).toBe(414);
    expect(renderer.render).not.toHaveBeenCalled();
  });

  it('renders a page once while it is fresh, answers 304 to a matching If-None-Match, and HEAD without a body', async () => {
    const { handle, renderer } = handlerWith(async () => page());
    const first = await handle(get('/story/x'));
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('x-lede-render')).toBe('miss');
    const again = await handle(get('/story/x', { headers: { 'if-none-match': etag ?? '' } }));
    expect(again.status).toBe(304);
    expect(again.headers.get('x-lede-render')).toBe('hit');
    const head = await handle(get('/story/x', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(renderer.render).toHaveBeenCalledTimes(1);
  });

  it('refreshes a stale page in the background even when the reader whose request found it has gone', async () => {
    // Content that says no-cache: every page is stale at once, served while a render refreshes it.
    let observe: (response: Response) => void = () => undefined;
    let version = 0;
    const renderer: Renderer = {
      render: async (request) => {
        observe(new Response('', { headers: { 'cache-control': 'no-cache' } }));
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (request.signal.aborted) throw new Error('render aborted');
        version += 1;
        return page({ app: `<main>version ${version}</main>` });
      },
    };
    const handle = createPageHandler({
      template: TEMPLATE,
      headerRules: RULES,
      renderer,
      sourceFor: (seen) => {
        observe = seen;
        return {} as ContentSource;
      },
      origin: 'https://news.example',
    });
    expect(await (await handle(get('/story/x'))).text()).toContain('version 1');
    const reader = new AbortController();
    const stale = await handle(get('/story/x', { signal: reader.signal }));
    reader.abort();
    expect(stale.headers.get('x-lede-render')).toBe('stale');
    expect(await stale.text()).toContain('version 1');
    // Once that refresh is done, the next reader gets its page (the one it stored), not the first.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await (await handle(get('/story/x'))).text()).toContain('version 2');
  });
});
