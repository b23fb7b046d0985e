// Server rendering: one page's HTML from the same route table, loaders and components as the browser's app, and the
// content it was rendered from, for the browser to hydrate with no second request.
import { QueryClientProvider, defaultShouldDehydrateQuery, dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { RouterContextProvider, StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import type { ContentSource } from '../api/source';
import { createRoutes } from '../app/routes';
import { SiteOriginContext } from '../components/site-origin';
import type { ServerState } from '../lib/server-state';
import { createQueryClient, type ContentQueryClient } from '../queries/client';
import { readVersionKeys } from '../queries/read-version';
import { queryClientContext } from '../queries/router-context';
import { HydrationState } from '../lib/hydration';

/** How long the page waits for requests its loaders started without awaiting (the hot topics) before it renders. */
const SIDE_REQUESTS_MS = 1500;

export type RenderedPage =
  /** The page: `app` goes into #root, `head` (React's <title>, <meta>, <link>) into <head>. */
  | { kind: 'page'; status: 200 | 404; app: string; head: string; state: ServerState }
  /** The content could not be read (the API is down or slow): the static shell, whose app will try again. */
  | { kind: 'unavailable'; status: 503; errors: unknown[] }
  | { kind: 'redirect'; response: Response };

/** Resolves once every query of `client` has an answer (data or error) and none is fetching, or after `ms`. */
function sideRequestsSettled(client: ContentQueryClient, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const cache = client.getQueryCache();
    let unsubscribe = () => undefined as void;
    const timer = setTimeout(finish, ms);
    function finish() {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    }
    // A query is added to the cache (an event) a moment before it starts fetching: one still pending is not settled.
    const check = () => {
      if (cache.getAll().every((query) => query.state.fetchStatus === 'idle' && query.state.status !== 'pending')) finish();
    };
    unsubscribe = cache.subscribe(check);
    // The loaders start some requests in the next task (src/routes/story/loader.ts); let them start first.
    setTimeout(check, 0);
  });
}

/** React's hoisted head elements come first in a non-document render: split them from the app's own HTML. */
export function splitHoisted(html: string): { head: string; app: string } {
  const hoisted = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)*/.exec(html)?.[0] ?? '';
  return { head: hoisted, app: html.slice(hoisted.length) };
}

export interface Renderer {
  /** The page `request` asks for, rendered from `source`, its share URLs on `origin`. */
  render(request: Request, origin: string, source: ContentSource): Promise<RenderedPage>;
}

/** A renderer built once per server process: it holds no state of any reader. */
export function createRenderer(): Renderer {
  const handler = createStaticHandler(createRoutes());
  return {
    async render(request, origin, source) {
      const queryClient = createQueryClient(source);
      // Its queries hold timers (gcTime): cleared whatever happens to the render, so nothing outlives it.
      try {
        const requestContext = new RouterContextProvider();
        requestContext.set(queryClientContext, queryClient);
        const context = await handler.query(request, { requestContext });
        if (context instanceof Response) return { kind: 'redirect', response: context };
        const failed = Object.values(context.errors ?? {}).some(
          (error) => !(error && typeof error === 'object' && 'status' in error && error.status === 404),
        );
        if (failed || context.statusCode >= 500) return { kind: 'unavailable', status: 503, errors: Object.values(context.errors ?? {}) };
        await sideRequestsSettled(queryClient, SIDE_REQUESTS_MS);
        const router = createStaticRouter(handler.dataRoutes, context);
        const errors: unknown[] = [];
        // The whole page at once (it is cached whole): every Suspense boundary complete and in place, so the HTML needs
        // none of the inline scripts a streamed render adds, which the page's policy would refuse.
        const { prelude } = await prerender(
          <StrictMode>
            <HydrationState serverRendered>
              <SiteOriginContext value={origin}>
                <QueryClientProvider client={queryClient}>
                  <StaticRouterProvider router={router} context={context} hydrate={false} />
                </QueryClientProvider>
              </SiteOriginContext>
            </HydrationState>
          </StrictMode>,
          // (No size limit per boundary: React would otherwise put a large one after the shell, with a script to move it.)
          { signal: request.signal, onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
        );
        const { head, app } = splitHoisted(await new Response(prelude).text());
        if (errors.length > 0) return { kind: 'unavailable', status: 503, errors };
        const unknownPage = context.matches.at(-1)?.route.path === '*';
        const queries = dehydrate(queryClient, {
          // What this device read last is the browser's to know, never the server's.
          shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) && query.queryKey[0] !== readVersionKeys.detail('')[0],
        });
        return {
          kind: 'page',
          status: context.statusCode === 404 || unknownPage ? 404 : 200,
          app,
          head,
          state: { queries, origin, path: `${new URL(request.url).pathname}${new URL(request.url).search}` },
        };
      } finally {
        queryClient.clear();
      }
    },
  };
}
