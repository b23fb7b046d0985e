// Live coverage on the HTTP-API build against the real HTTP content API (npm run api): the same journeys as the demo's,
// and offline reading through the Workbox caches, with only the delta fetched on return.
import type { Request } from '@playwright/test';
import { expect, networkFailureLogged, test } from '../fixtures';
import { endedStopsPolling, headerClock, openLive, openSharedPostLink, postArrivesWhileReading, showNewPosts, STORM } from '../live-coverage';
import { waitForServiceWorkerControl } from '../pwa-helpers';

test('a post arriving while the reader is further down: pending button, title count, zero layout shift', async ({ page, context }) => {
  await postArrivesWhileReading(page, await headerClock(context, 0));
});

test('"Show 1 new post" inserts it at the top and takes the reader there', async ({ page, context }) => {
  await showNewPosts(page, await headerClock(context, 0));
});

test('a shared post link opens scrolled to that post, paging older posts in', async ({ page }) => {
  await openSharedPostLink(page);
});

test('ended coverage says so and stops polling', async ({ page, context }) => {
  await endedStopsPolling(page, await headerClock(context, 0));
});

test.describe('offline', () => {
  test.use({ expectedConsoleErrors: [networkFailureLogged] });

  test('a live page opened once reads offline with its posts; back online, only the delta is fetched', async ({ page, context }) => {
    const clock = await headerClock(context, 4);
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await openLive(page, STORM);
    const ids = await page.locator('.live-posts__list article').evaluateAll((posts) => posts.map((post) => post.id));
    // Playwright's own fetch would not be offline: the browser alone goes to the (absent) network from here.
    await clock.release();
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.live-posts__list article').first()).toBeVisible();
    expect(await page.locator('.live-posts__list article').evaluateAll((posts) => posts.map((post) => post.id))).toEqual(ids);

    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
    const requests: Request[] = [];
    page.on('request', (request) => {
      if (/\/api\/stories\/[^/]+\/posts/.test(request.url())) requests.push(request);
    });
    const back = await headerClock(context, 6);
    await context.setOffline(false);
    // The reader is at the top, so the new post goes straight onto the page.
    await expect(page.locator('.live-posts__list article').first()).toHaveId('post-surge-021');
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) expect(new URL(request.url()).searchParams.get('after')).toBe('surge-020');
    await back.release();
  });
});
