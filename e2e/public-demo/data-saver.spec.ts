// Data saver on a page rendered ahead (docs/data-saver.md): the server's HTML cannot know the reader's choice, so the
// inline preferences script marks <html> before the first paint and the stylesheet keeps the lazy photos out of sight,
// never fetched. The photo the HTML preloads (the hero, the front page's lead) is fetched before any script can run:
// the app keeps it, and offers every other photo with "Load photo".
import type { Page } from '@playwright/test';
import { appRendered, expect, SHOWCASE, test } from '../fixtures';

/** Photos the page itself asks for (its worker's precache, the demo's offline copies, is its own business). */
function photosAskedBy(page: Page): string[] {
  const photos: string[] = [];
  page.on('request', (request) => {
    if (/\.(webp|avif|jpe?g|png)(\?|$)/.test(request.url())) photos.push(new URL(request.url()).pathname);
  });
  return photos;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('lede:preferences', JSON.stringify({ dataSaver: 'on' })));
});

test('a story rendered ahead: only its preloaded hero is fetched and shown; its other photos wait for "Load photo"', async ({ page }) => {
  const photos = photosAskedBy(page);
  await page.goto(SHOWCASE);
  await appRendered(page);
  await expect(page.locator('html')).toHaveAttribute('data-save-data', '');
  const story = page.locator('article.story');
  await expect(story.getByRole('button', { name: /^Load photo \(\d/ }).first()).toBeVisible();
  const bodyPhotos = await story.locator('.figure').count();
  await expect(story.getByRole('button', { name: /^Load photo/ })).toHaveCount(bodyPhotos - 1);
  const hero = page.locator('.story > .figure img');
  await expect(hero).toBeVisible();
  await expect(hero).toHaveJSProperty('complete', true);
  await page.waitForTimeout(500);
  expect(photos.length).toBeGreaterThan(0);
  expect(photos.filter((path) => !path.startsWith('/images/bridge-reopening-dawn-'))).toEqual([]);
});

test('the front page rendered ahead: its lead photo, no thumbnails', async ({ page }) => {
  const photos = photosAskedBy(page);
  await page.goto('/');
  await appRendered(page);
  await expect(page.getByRole('heading', { name: 'Top stories' })).toBeAttached();
  await expect(page.locator('.story-card__thumb:visible')).toHaveCount(0);
  const lead = page.locator('main .figure img').first();
  await expect(lead).toBeVisible();
  const leadPhoto = /\/images\/([a-z-]+)-\d+\.webp/.exec((await lead.getAttribute('src')) ?? '')?.[1];
  await page.waitForTimeout(500);
  expect(photos.filter((path) => !path.startsWith(`/images/${leadPhoto}-`))).toEqual([]);
});
