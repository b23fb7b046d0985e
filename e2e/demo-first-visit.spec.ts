// The demo's first visit, before its service worker answers /api: a story or the front page reads from the
// first-visit snapshot's static files with no mocks in the page; what the snapshot lacks still works, from the mocks.
import type { Page } from '@playwright/test';
import { expect, SHOWCASE, test } from './fixtures';
import { waitForServiceWorkerControl } from './pwa-helpers';

/** Every path the page requests from the site, in order. */
function requestedPaths(page: Page, baseURL: string | undefined): string[] {
  const paths: string[] = [];
  const origin = new URL(baseURL ?? '').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.push(url.pathname + url.search);
  });
  return paths;
}

const mocksChunk = (paths: string[]) => paths.filter((path) => /\/assets\/demo-mocks-[\w-]+\.js$/.test(path));

test('a first visit to a story reads it and its sidebar from the snapshot, with no mocks in the page', async ({ page, baseURL }) => {
  const paths = requestedPaths(page, baseURL);
  await page.goto(SHOWCASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Harbour Bridge/);
  const sidebar = page.getByRole('complementary', { name: 'More stories' });
  await expect(sidebar.getByRole('region', { name: 'Similar' }).getByRole('article').first()).toBeVisible();
  await expect(sidebar.getByRole('region', { name: "This week's most popular" }).getByRole('listitem').first()).toBeVisible();

  expect(paths).toContain('/demo-api/stories/harbour-bridge-reopens.json');
  expect(paths).toContain('/demo-api/stories/harbour-bridge-reopens/similar.json');
  expect(paths).toContain('/demo-api/popular.period=week.json');
  expect(mocksChunk(paths)).toEqual([]);
});

test('a first visit to the front page reads from the snapshot too', async ({ page, baseURL }) => {
  const paths = requestedPaths(page, baseURL);
  await page.goto('/');
  await expect(page.locator('.lead-story h2 a')).toBeVisible();
  expect(paths).toContain('/demo-api/front.json');
  expect(mocksChunk(paths)).toEqual([]);
});

test('what the snapshot does not hold comes from the mocks in the page, and the worker answers once it controls', async ({ page, baseURL }) => {
  const paths = requestedPaths(page, baseURL);
  await page.goto('/search?q=harbour');
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  expect(mocksChunk(paths)).toHaveLength(1);

  await waitForServiceWorkerControl(page);
  paths.length = 0;
  await page.goto(SHOWCASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Harbour Bridge/);
  // The worker answers /api now: the page asks for /api itself and never for the snapshot's files.
  expect(paths).toContain('/api/stories/harbour-bridge-reopens');
  expect(paths.filter((path) => path.startsWith('/demo-api/'))).toEqual([]);
});
