// Lede built for a WordPress site with plain permalinks (VITE_WORDPRESS_PERMALINKS=plain), over the real, seeded
// WordPress: every request goes to /?rest_route=/wp/v2/…, which WordPress answers whatever its permalinks, and the
// reader's journeys and offline reading work through that form alone.
import type { Page } from '@playwright/test';
import { appRendered, expect, networkFailureLogged, test } from '../fixtures';
import { waitForServiceWorkerControl } from '../pwa-helpers';
import { WORDPRESS_URL } from '../ports';

const BRIDGE = '/story/harbour-bridge-reopens';
const BRIDGE_HEADLINE = /^Harbour Bridge reopens after 14 months of repairs/;

/** Every request the page sends to WordPress's REST API, in either form. */
function restRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(WORDPRESS_URL!).origin && !url.pathname.startsWith('/wp-content/')) urls.push(url.pathname + url.search);
  });
  return urls;
}

const plainOnly = (urls: string[]) => urls.filter((url) => !url.startsWith('/?rest_route=/wp/v2/'));

test('front page, story, topic and search read through /?rest_route= only', async ({ page }) => {
  const urls = restRequests(page);
  await page.goto('/');
  await expect(page.locator('.lead-story h2 a')).toHaveText(/^Fake ‘Herald tip line’ texts/);
  await page.getByRole('link', { name: BRIDGE_HEADLINE }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE_HEADLINE);
  await appRendered(page);
  const hero = page.locator('.story > .figure img');
  await expect(hero).toHaveJSProperty('complete', true);
  await expect(page.getByRole('complementary', { name: 'More stories' }).getByRole('article').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Topics in this story' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();

  await page.goto('/search?q=harbour%20bridge');
  await expect(page.getByRole('main').getByRole('link', { name: BRIDGE_HEADLINE })).toBeVisible();

  expect(urls.length).toBeGreaterThan(5);
  expect(plainOnly(urls)).toEqual([]);
});

test.describe('offline', () => {
  test.use({ expectedConsoleErrors: [networkFailureLogged] });

  test('a story read online reloads offline: the worker keeps /?rest_route= answers', async ({ page, context }) => {
    const urls = restRequests(page);
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await page.goto(BRIDGE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE_HEADLINE);
    await appRendered(page);
    await expect.poll(() => page.evaluate(() => (localStorage.getItem('lede:recent') ?? '').includes('"harbour-bridge-reopens"'))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE_HEADLINE);
    await expect(page.getByText('You are offline. Saved and recently read stories still open.')).toBeVisible();
    expect(plainOnly(urls)).toEqual([]);
  });
});
