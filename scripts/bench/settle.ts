// Waits until a page of Lede has settled: the app has rendered, and nothing is busy, a skeleton or a placeholder.
import type { Page } from '@playwright/test';

/** What a page shows while part of it is still loading (the same list the a11y spec waits out). */
const LOADING = '[aria-busy="true"], .section-skeleton, .hot-topics--placeholder, .page-skeleton';

/**
 * The page has a visible h1 and the app's footer, and nothing is loading. What still loads is scrolled to, as a reader
 * would (a story's sidebar asks for its lists when it comes near the screen), then the page goes back to the top.
 */
export async function settled(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: timeoutMs });
  await page.locator('footer.site-footer').waitFor({ state: 'attached', timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const loading = await page.evaluate((selector) => {
      const busy = document.querySelector(selector);
      busy?.scrollIntoView({ block: 'center' });
      return busy ? busy.outerHTML.slice(0, 120) : null;
    }, LOADING);
    if (!loading) break;
    if (Date.now() > deadline) throw new Error(`${page.url()} did not settle: still loading ${loading}`);
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await nextFrames(page);
}

/** Two animation frames: whatever the last change did has been laid out and painted. */
export const nextFrames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
