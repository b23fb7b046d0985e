// The story request starts from index.html, before the app's JS; the app reuses it and the hero is preloaded.
import { expect, SHOWCASE, test } from '../fixtures';

test('the story is requested once, before the app script has loaded, and its hero is preloaded', async ({ page }) => {
  const storyRequests: number[] = [];
  let appScriptLoaded = Number.POSITIVE_INFINITY;
  page.on('request', (request) => {
    if (/\/api\/stories\/harbour-bridge-reopens$/.test(request.url())) storyRequests.push(Date.now());
  });
  page.on('requestfinished', (request) => {
    if (/\/assets\/main-[^/]+\.js$/.test(request.url())) appScriptLoaded = Math.min(appScriptLoaded, Date.now());
  });
  await page.goto(SHOWCASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Harbour Bridge reopens/);
  expect(storyRequests).toHaveLength(1);
  expect(storyRequests[0]).toBeLessThanOrEqual(appScriptLoaded);
  const preload = page.locator('link[rel="preload"][as="image"]');
  await expect(preload).toHaveAttribute('fetchpriority', 'high');
  expect(await preload.getAttribute('imagesrcset')).toBe(await page.locator('.story > .figure img').getAttribute('srcset'));
});

test("the story's header paints before the app's code has loaded, and the app takes over without moving it", async ({ page }) => {
  // Hold the app's entry module until the early paint has been looked at.
  let releaseApp: () => void = () => undefined;
  const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
  let appRequested = false;
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    appRequested = true;
    await appHeld;
    await route.continue();
  });
  await page.addInitScript(() => {
    // Each shift with what moved, so a failure names the element.
    const shifts: string[] = [];
    (window as unknown as { ledeLayoutShifts: string[] }).ledeLayoutShifts = shifts;
    type Shift = { value: number; sources: Array<{ node?: Element; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[]) {
        const moved = entry.sources.map(
          (source) => `${source.node?.nodeName}.${source.node?.className} ${JSON.stringify([source.previousRect, source.currentRect])}`,
        );
        shifts.push(`${entry.value}: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(SHOWCASE);

  // Painted by index.html's inline script from the story response: masthead, headline, standfirst, byline.
  const headline = page.getByRole('heading', { level: 1 });
  await expect(headline).toHaveText(/Harbour Bridge reopens/);
  await expect(page.locator('.story-header__standfirst')).toBeVisible();
  await expect(page.locator('.byline')).toBeVisible();
  await expect(page.getByRole('link', { name: 'News archive' }).first()).toHaveAttribute('href', '/archive');
  const before = await page.locator('.story-header__standfirst').boundingBox();
  const headlineBefore = await headline.boundingBox();
  // Only now, after that paint, does the app's code start.
  await expect.poll(() => appRequested).toBe(true);
  expect(await page.locator('.story-header__times').count()).toBe(0);

  releaseApp();
  await expect(page.locator('.story-header__times')).toBeVisible();
  await expect(page.locator('.story > .figure img')).toBeVisible();
  await expect(page.locator('.story-sidebar')).toBeVisible();
  await expect(page).toHaveTitle(/Harbour Bridge reopens.* · Lede$/);
  expect(await headline.boundingBox()).toEqual(headlineBefore);
  expect(await page.locator('.story-header__standfirst').boundingBox()).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { ledeLayoutShifts: string[] }).ledeLayoutShifts)).toEqual([]);
});
