// The HTTP-API build (real HTTP content API, no MSW) as an installed app: offline reading, saving, bounds, updates.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { appRendered, expect, networkFailureLogged, SHOWCASE, test } from '../fixtures';
import { freePort, HTTP_API_BASE } from '../ports';
import { browserNeverSaysOffline, cacheEntryCount, installabilityOf, waitForServiceWorkerControl } from '../pwa-helpers';
import { LIMITS, SAVED_CACHE, STORY_CACHE } from '../../src/lib/cache-names';

/** Opens the front page, waits for the worker, then reads `path` through the app (so the worker caches it). */
async function visitControlled(page: Page, path: string) {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Reading is done once the app has rendered the page and remembered the story as recently read.
  await appRendered(page);
  const slug = /^\/story\/([a-z0-9-]+)/.exec(path)?.[1];
  if (slug) await expect.poll(() => page.evaluate((s) => (localStorage.getItem('lede:recent') ?? '').includes(`"${s}"`), slug)).toBe(true);
  // ... and the photos on the screen have arrived (the sidebar's come with React's deferred render, a moment later):
  // a reader who goes offline before a photo has loaded cannot expect it offline.
  if (slug) {
    const sidebarPhotos = page.getByRole('complementary', { name: 'More stories' }).locator('img');
    await expect(sidebarPhotos.first()).toBeVisible();
    await expect
      .poll(() =>
        sidebarPhotos.evaluateAll((images) =>
          images.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0),
        ),
      )
      .toBe(true);
  }
}

test('the HTTP-API build is installable: Chromium reports no installability errors', async ({ baseURL }) => {
  const { errors, manifest } = await installabilityOf(baseURL ?? '');
  expect(errors).toEqual([]);
  expect(manifest.start_url).toBe('/');
});

test('a story read online reopens offline after a reload', async ({ page, context }) => {
  await visitControlled(page, SHOWCASE);
  const headline = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  const hero = page.locator('.story > .figure img');
  await expect(hero).toHaveJSProperty('complete', true);
  expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('a saved story opens offline even when the reading cache is gone, and /saved manages it', async ({ page, context }) => {
  await visitControlled(page, SHOWCASE);
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.getByText('Saved for offline reading')).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: 'Saved' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeVisible();
  await expect(page.getByTestId('saved-usage')).toContainText(/1 story saved, using \d/);
  expect(await cacheEntryCount(page, SAVED_CACHE)).toBeGreaterThan(1);

  // Prove the saved copy, not the recent-reading cache, is what serves it.
  await page.evaluate(async (name) => caches.delete(name), STORY_CACHE);
  await context.setOffline(true);
  await page.getByRole('link', { name: /Harbour Bridge reopens/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Harbour Bridge reopens/);

  await context.setOffline(false);
  await page.goto('/saved');
  await page.getByRole('button', { name: /Remove .*Harbour Bridge reopens/ }).click();
  await expect(page.getByText(/No saved stories yet/)).toBeVisible();
  expect(await cacheEntryCount(page, SAVED_CACHE)).toBe(0);
});

test.describe('offline, unknown story', () => {
  test.use({ expectedConsoleErrors: [networkFailureLogged] });

  test('shows the offline page with saved and recently read stories', async ({ page, context }) => {
    // Whether or not this Chromium flips navigator.onLine (150 does not after a navigation), the offline page must come.
    await browserNeverSaysOffline(page);
    await visitControlled(page, SHOWCASE);
    await context.setOffline(true);
    await page.goto('/story/a-story-this-device-never-saw');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Harbour Bridge reopens/ }).first()).toBeVisible();
    await expect(page.getByText('Saved and recently read stories still open.', { exact: false })).toBeVisible();
  });
});

test('the reading cache never holds more stories than its limit', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const slugs = await page.evaluate(async (api) => {
    const front = await (await fetch(`${api}/front`)).json();
    const topics = await (await fetch(`${api}/topics`)).json();
    const lists = await Promise.all(topics.items.map(async (t: { slug: string }) => (await fetch(`${api}/topics/${t.slug}/stories`)).json()));
    return [...new Set([...front.topStories, ...lists.flatMap((l: { items: unknown[] }) => l.items)].map((s: { slug: string }) => s.slug))];
  }, HTTP_API_BASE);
  expect(slugs.length).toBeGreaterThan(LIMITS.stories.maxEntries);
  for (const slug of slugs) {
    await page.evaluate(async (url) => void (await fetch(url)).text(), `${HTTP_API_BASE}/stories/${slug}`);
  }
  await expect.poll(() => cacheEntryCount(page, STORY_CACHE), { timeout: 15_000 }).toBeLessThanOrEqual(LIMITS.stories.maxEntries);
  expect(await cacheEntryCount(page, STORY_CACHE)).toBeGreaterThan(LIMITS.stories.maxEntries / 2);
});

test.describe('updates', () => {
  let server: ChildProcess | undefined;
  let dir = '';
  let port = 0;

  test.beforeAll(async () => {
    // A private copy of the HTTP-API build, so a "new deployment" can be made by changing its worker.
    dir = mkdtempSync(join(tmpdir(), 'lede-update-'));
    cpSync(process.env.LEDE_DIST_HTTP ?? 'dist-http', dir, { recursive: true });
    port = await freePort();
    // node itself (not npx) so that kill() stops the server rather than a wrapper.
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('update test server did not start');
  });

  test.afterAll(() => {
    server?.kill();
  });

  test('a new deployment is offered, never applied while reading, and applied on Reload', async ({ page }) => {
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/`);
    await waitForServiceWorkerControl(page);
    await page.goto(`${base}${SHOWCASE}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await appRendered(page);
    await page.evaluate(() => {
      (window as unknown as { readingMarker: string }).readingMarker = 'still here';
      window.scrollTo(0, 600);
    });

    appendFileSync(join(dir, 'sw.js'), `\n// deployment ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByRole('status').filter({ hasText: 'New version available' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { readingMarker?: string }).readingMarker)).toBe('still here');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

    const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { readingMarker?: string }).readingMarker)).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(oldWorker).toBeTruthy();
    await expect(page.getByText('New version available')).toHaveCount(0);
  });
});
