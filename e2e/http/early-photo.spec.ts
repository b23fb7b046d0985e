// On a static host the first photo of an image-led story and of the front page is requested as soon as the page's
// data arrives, before the app's code, and painted before the app has run; the app takes over without moving it
// (src/boot/early-paint.ts, decision 037).
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

const PAGES = [
  {
    name: 'an image-led story',
    path: '/story/library-reopens-restoration',
    data: /\/api\/stories\/library-reopens-restoration$/,
    photo: '.story > .figure img',
  },
  { name: 'the front page', path: '/', data: /\/api\/front$/, photo: '.lead-story .figure img' },
];

/** The bench's phone (Lighthouse's mobile screen) and a desktop. */
const WIDTHS = [
  { name: 'phone', viewport: { width: 412, height: 823 } },
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
];

/** Each layout shift with what moved, so a failure names the element. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { ledeShifts: string[] }).ledeShifts = shifts;
    type Shift = { value: number; sources: Array<{ node?: Element }> };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[])
        shifts.push(`${entry.value}: ${entry.sources.map((source) => `${source.node?.nodeName}.${source.node?.className}`).join('; ')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const { name, path, data, photo } of PAGES) {
  for (const width of WIDTHS) {
    test(`${name} (${width.name}): the photo is requested after the data and before the app's code, painted before the app runs, and stays put`, async ({
      page,
    }) => {
      await page.setViewportSize(width.viewport);
      await recordShifts(page);
      // The first request of each kind, in order, and every request for a photo.
      const order: string[] = [];
      const photoRequests: string[] = [];
      let dataRequests = 0;
      page.on('request', (request) => {
        const url = request.url();
        const kind = data.test(url) ? 'data' : /\/images\//.test(url) ? 'photo' : /\/assets\/main-[^/]+\.js$/.test(url) ? 'app' : null;
        if (kind === 'data') dataRequests += 1;
        if (kind === 'photo') photoRequests.push(url);
        if (kind && !order.includes(kind)) order.push(kind);
      });
      // Hold the app's entry module until the early paint has been looked at.
      let releaseApp: () => void = () => undefined;
      const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
      await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
        await appHeld;
        await route.continue();
      });
      await page.goto(path);

      const image = page.locator(photo);
      // Loaded and painted while the app's code has not even arrived.
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await expect(image).toBeVisible();
      await expect.poll(() => order).toEqual(['data', 'photo', 'app']);
      const early = { box: await image.boundingBox(), src: await image.evaluate((img: HTMLImageElement) => img.currentSrc) };
      await image.evaluate((img) => img.setAttribute('data-early', ''));

      releaseApp();
      // The app has replaced the early nodes with its own (the sidebar is only the app's).
      await expect(page.locator(`${photo}:not([data-early])`)).toBeVisible();
      await expect(page.locator('.story-sidebar, .front-sidebar aside').first()).toBeVisible();
      expect(await image.boundingBox()).toEqual(early.box);
      expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toBe(early.src);
      // One request for the data (the app took the early one over), and the photo's rendition asked for once.
      expect(dataRequests).toBe(1);
      expect(photoRequests.filter((url) => url === early.src)).toHaveLength(1);
      expect(await page.evaluate(() => (window as unknown as { ledeShifts: string[] }).ledeShifts)).toEqual([]);
    });
  }
}
