// When a page has settled: nothing on it is still loading. What is still loading is scrolled to, as a reader would
// (a story's sidebar, below the story on a phone, asks for its lists when it comes near the screen; decision 026).
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Nothing on the page is still loading: no busy section, skeleton or hot-topics placeholder. */
export async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const loading = page.locator('[aria-busy="true"], .section-skeleton, .hot-topics--placeholder, .page-skeleton');
  await expect(async () => {
    await page.evaluate(() => document.querySelector('[aria-busy="true"]')?.scrollIntoView({ block: 'center' }));
    await expect(loading).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** A story page has settled: its sidebar comes a few frames after the story (decision 025), then loads. */
export async function storySettled(page: Page) {
  await expect(page.getByRole('complementary', { name: 'More stories' })).toBeAttached();
  await settled(page);
}
