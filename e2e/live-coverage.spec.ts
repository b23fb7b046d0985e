// Live coverage on the demo build: a post arriving while reading moves nothing, new posts on request, shared post
// links, ended coverage, and reading offline.
import { expect, networkFailureLogged, test } from './fixtures';
import { cookieClock, endedStopsPolling, openLive, openSharedPostLink, postArrivesWhileReading, showNewPosts, STORM } from './live-coverage';
import { waitForServiceWorkerControl } from './pwa-helpers';

test('a post arriving while the reader is further down: pending button, title count, zero layout shift', async ({ page, context }) => {
  await postArrivesWhileReading(page, cookieClock(context));
});

test('"Show 1 new post" inserts it at the top and takes the reader there', async ({ page, context }) => {
  await showNewPosts(page, cookieClock(context));
});

test('a shared post link opens scrolled to that post, paging older posts in', async ({ page }) => {
  await openSharedPostLink(page);
});

test('ended coverage says so and stops polling', async ({ page, context }) => {
  await endedStopsPolling(page, cookieClock(context));
});

test.describe('offline', () => {
  test.use({ expectedConsoleErrors: [networkFailureLogged] });

  test('a live page opened once reads offline with its posts', async ({ page, context }) => {
    await cookieClock(context).set(4);
    await openLive(page, STORM);
    await waitForServiceWorkerControl(page);
    const ids = await page.locator('.live-posts__list article').evaluateAll((posts) => posts.map((post) => post.id));
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.live-posts__list article').first()).toBeVisible();
    expect(await page.locator('.live-posts__list article').evaluateAll((posts) => posts.map((post) => post.id))).toEqual(ids);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  });
});
