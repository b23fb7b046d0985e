// The HTTP-API build on lie-fi: the content API fails or hangs while the browser still says it is online. Lede notices
// from its own requests (the worker marks answers from its caches), shows what is on the device, says it is
// offline and, once a request gets through, that it is back (docs/architecture.md, "Connectivity rule").
import type { BrowserContext, Page } from '@playwright/test';
import { appRendered, expect, networkFailureLogged, SHOWCASE, test } from '../fixtures';
import { HTTP_API_BASE } from '../ports';
import { waitForServiceWorkerControl } from '../pwa-helpers';

const OFFLINE_NOTICE = 'You are offline. Saved and recently read stories still open.';
const API = new RegExp(`^${HTTP_API_BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`);

/** Opens the front page, waits for the worker, then reads `path` through it (so the worker caches it). */
async function readOnline(page: Page, path: string) {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appRendered(page);
}

/** Every API request, the service worker's included, fails as on a dead connection; navigator.onLine stays true. */
async function apiFails(context: BrowserContext) {
  await context.route(API, (route) => route.abort('internetdisconnected'));
}

/** Every API request hangs: a connection that accepts requests and never answers. */
async function apiHangs(context: BrowserContext) {
  await context.route(API, () => undefined);
}

async function expectBrowserSaysOnline(page: Page) {
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
}

test.afterEach(async ({ context }) => {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
});

test.describe('the API fails', () => {
  test.use({ expectedConsoleErrors: [networkFailureLogged] });

  test('a story read before reloads from the device with the offline notice, and "back online" follows', async ({ page, context }) => {
    await readOnline(page, SHOWCASE);
    const headline = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await apiFails(context);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
    await expectBrowserSaysOnline(page);

    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Front page' }).click();
    await expect(page.locator('.lead-story h2 a')).toBeVisible();
    await expect(page.getByText('You are back online.')).toBeVisible();
    await expect(page.getByText(OFFLINE_NOTICE)).toHaveCount(0);
  });

  test('a story not on the device gets the offline page with the recently read stories', async ({ page, context }) => {
    await readOnline(page, SHOWCASE);
    await apiFails(context);
    await page.goto('/story/a-story-this-device-never-saw');
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

test('the API hangs: the front page comes from the device after the worker gives up on the network', async ({ page, context }) => {
  await readOnline(page, '/');
  await apiHangs(context);
  await page.reload();
  await expect(page.locator('.lead-story h2 a')).toBeVisible({ timeout: 12_000 });
  await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
  await expectBrowserSaysOnline(page);
});

test("a stalled first story request (index.html's early request) ends in the timeout state, and Try again works", async ({ page }) => {
  test.setTimeout(45_000);
  const story = new RegExp(`${HTTP_API_BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/stories/harbour-bridge-reopens$`);
  let stalled = 0;
  await page.route(story, () => {
    stalled += 1; // never answered
  });
  await page.goto(SHOWCASE);
  // The client's 8 s timeout applies to the early request too (src/api/http.ts), plus slack for a loaded machine.
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible({ timeout: 20_000 });
  expect(stalled).toBe(1);
  await expect(page.getByRole('main')).toContainText('The news service is taking too long to answer.');
  await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Harbour Bridge reopens/);
  await expect(page.getByText('You are back online.')).toBeVisible();
});
