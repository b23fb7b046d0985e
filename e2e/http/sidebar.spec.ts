// The story's sidebar asks for its lists when it comes near the screen (decision 026): beside the story on a wide
// screen that is at once; below the story on a phone, only as the reader scrolls towards it.
import type { Page } from '@playwright/test';
import { expect, SHOWCASE, test } from '../fixtures';

/** The sidebar's requests the page makes, by path, as they start. */
function sidebarRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('/similar') || path.endsWith('/popular')) asked.push(path);
  });
  return asked;
}

const SIMILAR = '/api/stories/harbour-bridge-reopens/similar';

test('on a phone the sidebar asks for its lists only as the reader scrolls towards it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const asked = sidebarRequests(page);
  await page.goto(SHOWCASE);
  const sidebar = page.getByRole('complementary', { name: 'More stories' });
  await expect(sidebar).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('navigation', { name: 'Hot topics' })).toBeVisible();
  await page.waitForLoadState('load');
  // An observer reports within the frame after it starts observing: two frames on, it has spoken.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(asked).toEqual([]);

  await sidebar.scrollIntoViewIfNeeded();
  await expect(sidebar.getByRole('region', { name: 'Similar' }).getByRole('article').first()).toBeVisible();
  await expect(sidebar.getByRole('region', { name: "This week's most popular" }).getByRole('listitem').first()).toBeVisible();
  expect(asked).toEqual(expect.arrayContaining([SIMILAR, '/api/popular']));
});

test('on a wide screen the sidebar, beside the story, asks for its lists at once', async ({ page }) => {
  const asked = sidebarRequests(page);
  await page.goto(SHOWCASE);
  const sidebar = page.getByRole('complementary', { name: 'More stories' });
  await expect(sidebar.getByRole('region', { name: 'Similar' }).getByRole('article').first()).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(asked).toEqual(expect.arrayContaining([SIMILAR, '/api/popular']));
});
