// The story request starts from index.html, before the app's JS; the app reuses it and the hero is preloaded.
import { expect, SHOWCASE, test } from '../fixtures';

test('the story is requested once, before the app script has loaded, and its hero is preloaded', async ({ page }) => {
  const storyRequests: number[] = [];
  let appScriptLoaded = Number.POSITIVE_INFINITY;
  page.on('request', (request) => {
    if (/\/api\/stories\/harbour-bridge-reopens$/.test(request.url())) storyRequests.push(Date.now());
  });
  page.on('requestfinished', (request) => {
    if (/\/assets\/index-[^/]+\.js$/.test(request.url())) appScriptLoaded = Math.min(appScriptLoaded, Date.now());
  });
  await page.goto(SHOWCASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Harbour Bridge reopens/);
  expect(storyRequests).toHaveLength(1);
  expect(storyRequests[0]).toBeLessThanOrEqual(appScriptLoaded);
  const preload = page.locator('link[rel="preload"][as="image"]');
  await expect(preload).toHaveAttribute('fetchpriority', 'high');
  expect(await preload.getAttribute('imagesrcset')).toBe(await page.locator('.story > .figure img').getAttribute('srcset'));
});
