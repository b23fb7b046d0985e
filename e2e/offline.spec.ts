// The demo build as an installed app with the network really off: the mock API lives in the service worker.
import { expect, SHOWCASE, test } from './fixtures';
import { browserNeverSaysOffline, installabilityOf, waitForServiceWorkerControl } from './pwa-helpers';

test('the demo is installable: Chromium reports no installability errors', async ({ baseURL }) => {
  const { errors, manifest } = await installabilityOf(baseURL ?? '');
  expect(errors).toEqual([]);
  expect(manifest.display).toBe('standalone');
  expect((manifest.shortcuts as Array<{ url: string }>).map((shortcut) => shortcut.url)).toEqual(['/popular', '/saved']);
  expect((manifest.icons as Array<{ purpose?: string }>).some((icon) => icon.purpose === 'maskable')).toBe(true);
});

test('after one online visit, a story reloads offline with its photo', async ({ page, context }) => {
  // Whether or not this Chromium flips navigator.onLine (150 does not after a reload), the notice must come.
  await browserNeverSaysOffline(page);
  await page.goto(SHOWCASE);
  await waitForServiceWorkerControl(page);
  const headline = await page.getByRole('heading', { level: 1 }).textContent();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline ?? '');
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  const hero = page.locator('.story > .figure img');
  await expect(hero).toHaveJSProperty('complete', true);
  expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: 'Similar' }).getByRole('article').first()).toBeVisible();
});

test('offline, a story never opened before still opens from the front page', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.lead-story h2')).toBeVisible();
  await expect(page.getByRole('region', { name: "This week's most popular" }).getByRole('listitem').first()).toBeVisible();

  const card = page.locator('.story-grid .story-card__title a').nth(3);
  const title = (await card.textContent())?.trim() ?? '';
  await card.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('region', { name: 'Similar' }).getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('region', { name: "This week's most popular" }).getByRole('listitem').first()).toBeVisible();
});

test('the reader is told when the connection drops and when it is back', async ({ page, context }) => {
  await page.goto(SHOWCASE);
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await expect(page.getByText('You are offline. Saved and recently read stories still open.')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('You are back online.')).toBeVisible();
  await expect(page.getByText('You are offline.', { exact: false })).toHaveCount(0);
});
