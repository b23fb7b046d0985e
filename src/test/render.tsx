// Test helpers: render a route of the real app on a memory router, with a fresh QueryClient per test: the app's own
// (src/queries/client.ts), so offline and retry behaviour are tested as they ship.
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback, type ReactElement, type ReactNode } from 'react';
import { onTestFinished } from 'vitest';
import { RouterContextProvider, RouterProvider, createMemoryRouter, createRoutesStub } from 'react-router';
import { followAppLinks } from '../lib/app-links';
import { queryClientContext } from '../queries/router-context';
import { createRoutes } from '../app/routes';
import { testSource } from './content';
import { createQueryClient } from '../queries/client';

/** `onCommit`: React's Profiler around the whole app, called on every commit (tests that assert nothing re-renders). */
export function renderRoute(path: string, { onCommit }: { onCommit?: ProfilerOnRenderCallback } = {}) {
  const queryClient = createQueryClient(testSource());
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
  const app = (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
  const view = render(
    onCommit ? (
      <Profiler id="app" onRender={onCommit}>
        {app}
      </Profiler>
    ) : (
      app
    ),
  );
  return { ...view, router, queryClient };
}

/** A fresh app QueryClient (with the build's content source) around a hook or component under test. */
export function appQueryWrapper() {
  const queryClient = createQueryClient(testSource());
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** Render a presentational component that may contain router links. */
export function renderWithRouter(element: ReactElement) {
  const Stub = createRoutesStub([{ path: '/', Component: () => element }]);
  return render(<Stub initialEntries={['/']} />);
}
