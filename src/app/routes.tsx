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
const RouteErrorView = lazy(() => import('./RouteError').then((module) => ({ default: module.RouteError })));

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
            lazy: { Component: () => import('../routes/front/FrontPage').then((page) => page.FrontPage) },
          },
          {
            path: 'story/:slug',
            loader: storyLoader,
            lazy: { Component: () => import('../routes/story/StoryPage').then((page) => page.StoryPage) },
          },
          {
            path: 'topic/:slug',
            loader: topicLoader,
            lazy: { Component: () => import('../routes/topic/TopicPage').then((page) => page.TopicPage) },
          },
          {
            path: 'archive',
            loader: archiveLoader,
            lazy: { Component: () => import('../routes/archive/ArchivePage').then((page) => page.ArchivePage) },
          },
          {
            path: 'search',
            loader: searchLoader,
            lazy: { Component: () => import('../routes/search/SearchPage').then((page) => page.SearchPage) },
          },
          {
            path: 'popular',
            lazy: { Component: () => import('../routes/popular/PopularPage').then((page) => page.PopularPage) },
          },
          {
            path: 'saved',
            // What is on this device, read on the device: its loader comes with its page, off every other page's load.
            lazy: {
              loader: () => import('../routes/saved/loader').then((page) => page.savedLoader),
              Component: () => import('../routes/saved/SavedPage').then((page) => page.SavedPage),
            },
          },
          {
            path: 'preferences',
            lazy: { Component: () => import('../routes/preferences/PreferencesPage').then((page) => page.PreferencesPage) },
          },
          {
            path: 'offline',
            lazy: { Component: () => import('../routes/offline/OfflinePage').then((page) => page.OfflinePage) },
          },
          {
            path: '*',
            lazy: { Component: () => import('../routes/not-found/NotFoundPage').then((page) => page.NotFoundPage) },
          },
        ],
      },
    ],
  },
];
