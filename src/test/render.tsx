// Test helpers: render a route of the real app on a memory router, with a fresh QueryClient per test: the app's own
// (src/queries/client.ts), so offline and retry behaviour are tested as they ship.
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { onTestFinished } from 'vitest';
import { RouterContextProvider, RouterProvider, createMemoryRouter, createRoutesStub } from 'react-router';
import { followAppLinks } from '../lib/app-links';
import { queryClientContext } from '../app/context';
import { createRoutes } from '../app/routes';
import { createQueryClient } from '../queries/client';

export function renderRoute(path: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(), {
    initialEntries: [path],
    getContext() {
      const context = new RouterContextProvider();
      context.set(queryClientContext, queryClient);
      return context;
    },
  });
  // As in the app (src/main.tsx): the router follows clicks on the app's links.
  onTestFinished(followAppLinks((to, options) => router.navigate(to, options)));
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}

/** Render a presentational component that may contain router links. */
export function renderWithRouter(element: ReactElement) {
  const Stub = createRoutesStub([{ path: '/', Component: () => element }]);
  return render(<Stub initialEntries={['/']} />);
}
