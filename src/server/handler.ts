// The render server's answer to one request, as web Request → Response (src/server/main.ts adapts Node's, the static
// demo's prerender calls it directly): page routes server-rendered and cached, the device's own pages as the static
// shell, bad input refused with a 4xx.
import { createHash } from 'node:crypto';
import { headersForPath, type HeaderRule } from '../../build/headers.ts';
import type { ContentSource } from '../api/source';
import { DEFAULT_STALE_MS, createFreshness, maxAgeOf } from './content-freshness';
import { feedRouteOf } from './feed-paths';
import { feedResponse } from './feeds';
import { pageDocument } from './document';
import { createPageCache, type RenderedResponse } from './page-cache';
import type { Renderer } from './render';

/** Pages that show what is on the reader's device, never the server's: the static shell, whose app reads the device. */
const DEVICE_PAGES = new Set(['/saved', '/preferences', '/offline']);
const MAX_URL_LENGTH = 2048;
/** The longest a render may take (its content requests have their own, shorter deadlines: src/api/http.ts). */
const RENDER_DEADLINE_MS = 20_000;
/** Seconds a reader's browser is told to wait before asking again for a page the content service could not give. */
const RETRY_AFTER_SECONDS = 10;

export interface PageHandlerOptions {
  /** The client build's frame (shell.html) and its `_headers` rules. */
  template: string;
  headerRules: HeaderRule[];
  renderer: Renderer;
  /** A content source whose answers are shown to `observe` (a new one per render). */
  sourceFor: (observe: (response: Response) => void) => ContentSource;
  /** The site's public origin, for canonical and share URLs. */
  origin: string;
  /** Told why a page could not be rendered (the server's log). */
  report?: (request: Request, error: unknown) => void;
  maxCachedPages?: number;
}

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });

/** The request's path and query, or a 4xx answer for input no page could come from. */
function readTarget(request: Request): { key: string; pathname: string } | Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed', { allow: 'GET, HEAD' });
  if (request.url.length > MAX_URL_LENGTH) return text(414, 'Address too long');
  const url = new URL(request.url);
  try {
    const pathname = decodeURIComponent(url.pathname);
    if (pathname.includes('\0')) return text(400, 'Bad address');
  } catch {
    return text(400, 'Bad address');
  }
  return { key: `${url.pathname}${url.search}`, pathname: url.pathname.replace(/\/+$/, '') || '/' };
}

export function createPageHandler(options: PageHandlerOptions): (request: Request) => Promise<Response> {
  const { template, headerRules, renderer, sourceFor, origin } = options;
  const cache = createPageCache({ maxEntries: options.maxCachedPages ?? 1000 });

  const shell = (status: number, extra: Record<string, string>): RenderedResponse => ({
    status,
    headers: { 'cache-control': 'no-cache', ...extra },
    body: template,
    freshMs: 0,
    staleMs: 0,
    cacheable: false,
  });

  async function render(request: Request): Promise<RenderedResponse> {
    const freshness = createFreshness();
    const page = await renderer.render(request, origin, sourceFor(freshness.observe));
    if (page.kind === 'redirect') {
      const location = page.response.headers.get('location') ?? '/';
      return { status: page.response.status, headers: { location }, body: '', freshMs: 0, staleMs: 0, cacheable: false };
    }
    if (page.kind === 'unavailable') {
      for (const error of page.errors) options.report?.(request, error);
      return shell(503, { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' });
    }
    const body = pageDocument(template, page);
    const freshSeconds = Math.floor(freshness.freshMs / 1000);
    return {
      status: page.status,
      headers: {
        // Readers' browsers always ask again (and get a 304 while the page has not changed); shared caches (nginx, a
        // CDN) keep it as long as its content says, then serve it stale while they fetch it again.
        'cache-control': 'no-cache',
        'cdn-cache-control': `public, max-age=${freshSeconds}, stale-while-revalidate=${DEFAULT_STALE_MS / 1000}`,
        // At least a second: nginx keeps nothing for 0, and could not serve the page stale while the servers are down.
        'x-accel-expires': String(Math.max(1, freshSeconds)),
        // From what the reader sees (not the data block, which carries the time of each read): two renders, or two
        // servers, of the same content agree on it.
        etag: `"${createHash('sha256').update(page.head).update(page.app).digest('base64url').slice(0, 27)}"`,
      },
      body,
      freshMs: freshness.freshMs,
      staleMs: DEFAULT_STALE_MS,
      cacheable: true,
    };
  }

  /** A feed, sitemap or robots.txt, cached by its own Cache-Control like a page. */
  async function feed(request: Request): Promise<RenderedResponse> {
    const answer = await feedResponse(
      new URL(request.url),
      sourceFor(() => undefined),
      origin,
      {
        onError: (error) => options.report?.(request, error),
      },
    );
    if (!answer) throw new Error(`lede: no feed at ${new URL(request.url).pathname}`);
    const freshMs = (maxAgeOf(answer.headers.get('cache-control')) ?? 0) * 1000;
    return {
      status: answer.status,
      headers: Object.fromEntries(answer.headers),
      body: await answer.text(),
      freshMs,
      staleMs: DEFAULT_STALE_MS,
      cacheable: answer.status === 200 || answer.status === 404,
    };
  }

  return async (request) => {
    const target = readTarget(request);
    if (target instanceof Response) return target;
    if (feedRouteOf(target.pathname)) {
      const { page, outcome } = await cache.get(target.key, () => feed(request));
      const headers = new Headers(Object.fromEntries(headersForPath(headerRules, target.pathname)));
      for (const [name, value] of Object.entries(page.headers)) headers.set(name, value);
      headers.set('x-lede-render', outcome);
      return new Response(request.method === 'HEAD' ? null : page.body, { status: page.status, headers });
    }
    let page: RenderedResponse;
    let outcome = 'none';
    if (DEVICE_PAGES.has(target.pathname)) page = shell(200, {});
    else {
      try {
        // The render has its own deadline, never a reader's: it may refresh the cache after that reader has gone.
        ({ page, outcome } = await cache.get(target.key, () =>
          render(new Request(request.url, { signal: AbortSignal.timeout(RENDER_DEADLINE_MS) })),
        ));
      } catch (error) {
        options.report?.(request, error);
        page = shell(503, { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' });
      }
    }
    const headers = new Headers(Object.fromEntries(headersForPath(headerRules, target.pathname)));
    headers.set('content-type', 'text/html; charset=utf-8');
    for (const [name, value] of Object.entries(page.headers)) headers.set(name, value);
    headers.set('x-lede-render', outcome);
    const etag = page.headers.etag;
    if (etag && request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(request.method === 'HEAD' ? null : page.body, { status: page.status, headers });
  };
}
