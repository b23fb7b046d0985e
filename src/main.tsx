// Boot: make the content API reachable (mocks in the demo), then the query client, the router and the PWA pieces.
import { QueryClientProvider, hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterContextProvider, createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createContentSource } from './api/content';
import { createHttp, type Transport } from './api/http';
import { queryClientContext } from './queries/router-context';
import { followAppLinks } from './lib/app-links';
import { createRoutes } from './app/routes';
import { BOOT_FAILED_EVENT } from './boot/boot-failure';
import { SiteOriginContext } from './components/site-origin';
import { takeEarlyStory } from './boot/early-handoff';
import { observeNetwork, watchConnectivity } from './pwa/store';
import { prepareDateFormats } from './lib/dates';
import { readServerState } from './lib/server-state';
import { nextTask, whenIdle } from './lib/next-task';
import { HydrationState } from './lib/hydration';
import { afterTurns } from './lib/turns';
import { createQueryClient } from './queries/client';
import './styles/global.css';

// Registration code (workbox-window) is its own chunk.
const loadRegistration = () => import('./pwa/register');

/**
 * How the request path sends. __LEDE_DEMO__ is a build-time constant, so HTTP-API builds drop every mock import below.
 * - dev server: MSW's own worker (msw/browser), the normal MSW path, behind the browser's fetch;
 * - demo build: our caching worker answers /api from the fixtures (works offline); until it controls the page
 *   (first visit, while it installs), the first-visit snapshot's static files or the same handlers in the page do
 *   (src/demo/demo-fetch.ts); the worker registers after the first render, as in the HTTP-API build.
 */
async function transportFetch(): Promise<Transport['fetch']> {
  const send: Transport['fetch'] = (url, init) => fetch(url, init);
  if (import.meta.env.DEV) {
    if (__LEDE_DEMO__) await (await import('../mocks/browser')).startMocking();
    return send;
  }
  if (__LEDE_DEMO__ && !navigator.serviceWorker?.controller) return (await import('./demo/demo-fetch')).demoFetch(send);
  return send;
}

/**
 * Builds: registers the service worker once the page has loaded, its first page has committed and its later parts
 * have had their turns (afterTurns), at the main thread's next idle moment (whenIdle). Installing the worker
 * fetches and stores the whole precache (65 files); on a phone's few cores, doing that while the first page renders
 * had the renderer's main thread waiting for a CPU (decision 041).
 */
function registerWorker(): void {
  const register = () =>
    afterTurns(
      () =>
        void whenIdle()
          .then(loadRegistration)
          .then(({ registerAppWorker }) => registerAppWorker())
          .catch(() => undefined),
    );
  // index.html's inline script may start the app after the page has already loaded.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Registers the worker from the first page's commit: its effect runs after the page's own (registerWorker). */
function WorkerRegistration() {
  useEffect(registerWorker, []);
  return null;
}

type Router = ReturnType<typeof createBrowserRouter>;

/**
 * Follows the app's own links through the router from the first page's commit on. Before it a click is the browser's
 * own navigation: a route change while React is still adopting a server-rendered page's HTML would make it throw that
 * HTML away (React error 418) and render the whole page again.
 */
function AppLinks({ router }: { router: Router }) {
  useEffect(() => followAppLinks((to, options) => router.navigate(to, options)), [router]);
  return null;
}

function initialized(router: Router): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

async function boot() {
  watchConnectivity();
  // The one road for content: every request goes through this Http, which reports to connectivity and takes over
  // the story request index.html's inline script started (decision 028).
  const http = createHttp({ fetch: await transportFetch(), observe: observeNetwork, early: takeEarlyStory() });
  // The modules' evaluation ends its task here; the router starts the first route's loader in the next one, so the
  // two never add up to one long task.
  await nextTask();
  const queryClient = createQueryClient(createContentSource(http));
  // A page the render server rendered carries the content it was rendered from: the loaders find it in the cache, so
  // the app renders what the HTML shows without asking again (src/server/render.tsx).
  const serverState = readServerState(document, `${location.pathname}${location.search}`);
  if (serverState) hydrate(queryClient, serverState.queries);
  const router = createBrowserRouter(createRoutes(), {
    getContext() {
      const context = new RouterContextProvider();
      context.set(queryClientContext, queryClient);
      return context;
    },
  });
  // The first render waits for the first route's data and code, so it is the whole page: it takes the place of the
  // static shell (and a story's header, painted by index.html's inline script) in #root in one step, with no loading
  // state in between (src/boot/shell.ts).
  await initialized(router);
  prepareDateFormats();
  const container = document.getElementById('root');
  if (!container) throw new Error('Lede: #root is missing from index.html');
  // A server-rendered page's share and canonical URLs name the origin the server was told, whatever host serves it.
  const app = (
    <StrictMode>
      <HydrationState serverRendered={serverState !== null}>
        <SiteOriginContext value={serverState?.origin ?? window.location.origin}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
            <AppLinks router={router} />
            {!import.meta.env.DEV && <WorkerRegistration />}
          </QueryClientProvider>
        </SiteOriginContext>
      </HydrationState>
    </StrictMode>
  );
  // A server-rendered page: React adopts its HTML as it is (what only this device knows renders right after), in a
  // transition too, so that adopting a long page is sliced into short tasks rather than done in one.
  if (serverState) startTransition(() => void hydrateRoot(container, app));
  // The static frame: a transition, so React renders the first page in slices of a few milliseconds, yielding to
  // input between them, and the frame (with the early header) stays in place until the finished page replaces it in
  // one commit.
  else startTransition(() => createRoot(container).render(app));
}

boot().catch((error: unknown) => {
  // A chunk that failed to load or a boot step that threw: say so in the page, never "Loading…" for ever.
  document.dispatchEvent(new Event(BOOT_FAILED_EVENT));
  throw error;
});
