// Boot: start mocking in the demo build, then the query client and the router.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterContextProvider, createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { queryClientContext } from './app/context';
import { createRoutes } from './app/routes';
import { createQueryClient } from './queries/client';
import './styles/global.css';

async function startDemoMocks(): Promise<void> {
  // __LEDE_DEMO__ is a build-time constant: live builds drop this branch, and MSW with it.
  if (!__LEDE_DEMO__) return;
  const { startMocking } = await import('../mocks/browser');
  await startMocking();
}

async function boot() {
  await startDemoMocks();
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
