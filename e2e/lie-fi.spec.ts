// The demo on lie-fi: the site stops answering while the browser still says it is online (navigator.onLine stays
// true, as on a captive portal, or after a reload under Chromium 150's offline emulation). Lede must notice from its
// own requests, say so, and say when the connection is back (docs/architecture.md, "Connectivity rule").
import type { Page } from '@playwright/test';
import { appRendered, expect, httpStatusLogged, SHOWCASE, test } from './fixtures';
import { privateServer, type PrivateServer } from './private-server';
import { waitForServiceWorkerControl } from './pwa-helpers';

const DEMO_DIST = process.env.LEDE_DIST_E2E ?? 'dist-e2e';
const OFFLINE_NOTICE = 'You are offline. Saved and recently read stories still open.';

let server: PrivateServer;
test.beforeEach(async () => {
  server = await privateServer(DEMO_DIST);
});
test.afterEach(async () => {
  await server.stop();
});

/** Reads `path` with the worker in control, so the shell and the photos are on the device. */
async function readOnline(page: Page, path: string) {
  await page.goto(`${server.base}/`);
  await waitForServiceWorkerControl(page);
  await page.goto(`${server.base}${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appRendered(page);
}

async function expectBrowserSaysOnline(page: Page) {
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
}

test('a story reloads with the site gone: the reader is told they are offline, then that they are back', async ({ page }) => {
  await readOnline(page, SHOWCASE);
  const headline = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await server.stop();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
  await expectBrowserSaysOnline(page);

  await server.start();
  // The next request that reaches the network ends offline mode.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Front page' }).click();
  await expect(page.locator('.lead-story h2 a')).toBeVisible();
  await expect(page.getByText('You are back online.')).toBeVisible();
  await expect(page.getByText(OFFLINE_NOTICE)).toHaveCount(0);
});

test('the front page reloads with the site gone, and says the reader is offline', async ({ page }) => {
  await readOnline(page, '/');
  await server.stop();
  await page.reload();
  await expect(page.locator('.lead-story h2 a')).toBeVisible();
  await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
  await expectBrowserSaysOnline(page);
});

test.describe('a story not on the device', () => {
  // The demo's API, on the device, answers 404 for it; the browser logs that.
  test.use({ expectedConsoleErrors: [httpStatusLogged(404)] });

  test('with the site gone, gets the offline page with the recently read stories', async ({ page }) => {
    await readOnline(page, SHOWCASE);
    await server.stop();
    await page.goto(`${server.base}/story/a-story-this-device-never-saw`);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(
      page
        .getByRole('main')
        .getByRole('link', { name: /Harbour Bridge reopens/ })
        .first(),
    ).toBeVisible();
    await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
    await expectBrowserSaysOnline(page);
  });
});
