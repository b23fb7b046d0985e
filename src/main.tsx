// Boot: make the content API reachable (mocks in the demo), then the query client, the router and the PWA pieces.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterContextProvider, createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { queryClientContext } from './app/context';
import { createRoutes } from './app/routes';
import { watchConnectivity } from './pwa/store';
import { createQueryClient } from './queries/client';
import './styles/global.css';

/**
 * __LEDE_DEMO__ is a build-time constant, so live builds drop every mock import below.
 * - dev server: MSW's own worker (msw/browser), the normal MSW path;
 * - demo build: our caching worker answers /api from the fixtures (works offline); until it controls the
 *   page (first visit, while it installs), the same handlers answer /api inside the page;
 * - live build: the worker registers in the background and never delays the first render.
 */
async function prepareNetwork(): Promise<void> {
  if (import.meta.env.DEV) {
    if (__LEDE_DEMO__) await (await import('../mocks/browser')).startMocking();
    return;
  }
  // Registration code (workbox-window) is its own chunk: the live build loads it after the page has loaded.
  const loadRegistration = () => import('./pwa/register');
  if (!__LEDE_DEMO__) {
    window.addEventListener('load', () => void loadRegistration().then(({ registerAppWorker }) => registerAppWorker()).catch(() => undefined), { once: true });
    return;
  }
  const { isControlled, registerAppWorker } = await loadRegistration();
  const registration = await registerAppWorker().catch(() => undefined);
  if (!(await isControlled(registration))) (await import('./pwa/demo-fetch')).answerApiInPage();
}

async function boot() {
  watchConnectivity();
  await prepareNetwork();
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(), {
    getContext() {
      const context = new RouterContextProvider();
      context.set(queryClientContext, queryClient);
      return context;
    },
  });
  const container = document.getElementById('root');
  if (!container) throw new Error('Lede: #root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void boot();
