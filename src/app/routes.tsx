// The route table: loaders live here (small, in the main chunk) so data starts loading while the page's code downloads.
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { archiveLoader } from '../routes/archive/loader';
import { frontLoader } from '../routes/front/loader';
import { searchLoader } from '../routes/search/loader';
import { storyLoader } from '../routes/story/loader';
import { topicLoader } from '../routes/topic/loader';
import { RootLayout } from './RootLayout';
import { PageSkeleton } from './PageSkeleton';

// What a route shows when it fails loads when a route fails (it is precached, so it opens offline): no page's first
// load carries it.
const RouteErrorView = lazy(async () => ({ default: (await import('./RouteError')).RouteError }));

function RouteError() {
  return (
    <Suspense fallback={null}>
      <RouteErrorView />
    </Suspense>
  );
}

/** A fresh route table per router: React Router resolves `lazy` by mutating the route objects it was given. */
export const createRoutes = (): RouteObject[] => [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: PageSkeleton,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            loader: frontLoader,
            lazy: { Component: async () => (await import('../routes/front/FrontPage')).FrontPage },
          },
          {
            path: 'story/:slug',
            loader: storyLoader,
            lazy: { Component: async () => (await import('../routes/story/StoryPage')).StoryPage },
          },
          {
            path: 'topic/:slug',
            loader: topicLoader,
            lazy: { Component: async () => (await import('../routes/topic/TopicPage')).TopicPage },
          },
          {
            path: 'archive',
            loader: archiveLoader,
            lazy: { Component: async () => (await import('../routes/archive/ArchivePage')).ArchivePage },
          },
          {
            path: 'search',
            loader: searchLoader,
            lazy: { Component: async () => (await import('../routes/search/SearchPage')).SearchPage },
          },
          {
            path: 'popular',
            lazy: { Component: async () => (await import('../routes/popular/PopularPage')).PopularPage },
          },
          {
            path: 'saved',
            // What is on this device, read on the device: its loader comes with its page, off every other page's load.
            lazy: {
              loader: async () => (await import('../routes/saved/loader')).savedLoader,
              Component: async () => (await import('../routes/saved/SavedPage')).SavedPage,
            },
          },
          {
            path: 'preferences',
            lazy: { Component: async () => (await import('../routes/preferences/PreferencesPage')).PreferencesPage },
          },
          {
            path: 'offline',
            lazy: { Component: async () => (await import('../routes/offline/OfflinePage')).OfflinePage },
          },
          {
            path: '*',
            lazy: { Component: async () => (await import('../routes/not-found/NotFoundPage')).NotFoundPage },
          },
        ],
      },
    ],
  },
];
