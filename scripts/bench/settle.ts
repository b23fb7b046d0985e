// Waits until a page of Lede has settled for a bench or a picture: the app itself rendered it and nothing on it is
// loading (the e2e suite's own checks), then the page is back at its top, laid out and painted.
import type { Page } from '@playwright/test';
import { appRendered } from '../../e2e/fixtures';
import { nextFrames } from '../../e2e/live-coverage';
import { settled as nothingLoading } from '../../e2e/settled';

export async function settled(page: Page): Promise<void> {
  // The app's render, not the early paint's heading (src/boot/early-story.ts paints a story's heading before the app).
  await appRendered(page);
  await nothingLoading(page);
  // nothingLoading scrolls to what was still loading; readers and pictures start at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await nextFrames(page);
}
