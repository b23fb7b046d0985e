// "Download for offline" in the demo build: the top 20 stories open offline with their photos; cancel keeps what
// finished; /saved says when the download was last refreshed. Offline here means the network is off AND every
// request that still reaches the network is aborted, so nothing depends on navigator.onLine flipping.
import type { BrowserContext, Page } from '@playwright/test';
import { formatPublicationTime } from '../src/lib/dates';
import { STORY_IMAGE_SIZES } from '../src/lib/image-sizes';
import { chooseRendition } from '../src/model/rendition-choice';
import { expect, networkFailureLogged, test } from './fixtures';
import { waitForServiceWorkerControl } from './pwa-helpers';

test.use({ expectedConsoleErrors: [networkFailureLogged] });

interface SavedMeta {
  slug: string;
  headline: string;
  bytes: number;
  resources: string[];
  source?: string;
}

/** The saved stories' records, read from Cache Storage as the app keeps them. */
function savedStories(page: Page): Promise<SavedMeta[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('lede-saved-v1');
    const metas = (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith('/__lede/saved/'));
    return Promise.all(metas.map(async (request) => (await (await cache.match(request))?.json()) as SavedMeta));
  });
}

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

const downloadPanel = (page: Page) => page.getByRole('region', { name: 'Download for offline' });

async function startDownloadFromFrontPage(page: Page): Promise<void> {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.getByRole('main').getByRole('button', { name: 'Download for offline' }).click();
}

test('the top 20 stories download and then open offline with their photos at the size this screen shows', async ({ page, context }, testInfo) => {
  test.slow(); // twenty stories opened one after another
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const started = Date.now();
  await page.getByRole('main').getByRole('button', { name: 'Download for offline' }).click();
  await expect(downloadPanel(page).getByRole('status')).toHaveText(/^Ready offline: 20 of 20 stories \([\d.]+ (kB|MB) downloaded\)\.$/, {
    timeout: 30_000,
  });
  const elapsedMs = Date.now() - started;

  const stories = await savedStories(page);
  expect(stories).toHaveLength(20);
  expect(stories.every((story) => story.source === 'download')).toBe(true);
  const bytes = stories.reduce((sum, story) => sum + story.bytes, 0);
  const measure = `20 stories, ${stories.reduce((n, story) => n + story.resources.length - 1, 0)} photos, ${bytes} bytes, ${elapsedMs} ms (click to done)`;
  testInfo.annotations.push({ type: 'download size and time', description: measure });
  console.log(`download for offline: ${measure}`);

  await goOffline(context);
  for (const story of stories) {
    await page.goto(`/story/${story.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
    const hero = page.locator('.story > .figure img');
    if ((await hero.count()) === 0) continue;
    await expect(hero).toHaveJSProperty('complete', true);
    // The photo shown is the saved rendition itself: decoded, it has that rendition's width (the worker's fallback to
    // another width of the same photo would decode narrower).
    const currentSrc = await hero.evaluate((img: HTMLImageElement) => img.currentSrc);
    expect(story.resources, story.slug).toContain(currentSrc);
    const decodedWidth = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return image.naturalWidth;
    }, currentSrc);
    expect(decodedWidth, `${story.slug}: ${currentSrc}`).toBe(Number(/-(\d+)\.\w+$/.exec(currentSrc)?.[1]));
  }
});

test('cancelling midway keeps the stories that finished and everything saved before', async ({ page, context }) => {
  test.slow(); // waits for the service worker, then downloads up to 20 stories on a shared machine
  // A story saved one by one first, which the download does not include.
  await page.goto('/story/cycle-lane-trial');
  await waitForServiceWorkerControl(page);
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.getByText('Saved for offline reading')).toBeVisible();
  // Photos arrive slowly, so there is a "midway" to cancel in.
  await context.route('**/images/*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });

  await startDownloadFromFrontPage(page);
  const status = downloadPanel(page).getByRole('status');
  await expect(status).toHaveText(/^Downloading for offline: [3-9] of 20 stories, [\d.]+ (kB|MB)$/, { timeout: 20_000 });
  await downloadPanel(page).getByRole('button', { name: 'Cancel download' }).click();
  await expect(status).toHaveText(/^Download cancelled\. \d+ of 20 stories are ready offline/);
  const kept = Number(/cancelled\. (\d+) of/.exec((await status.textContent()) ?? '')?.[1]);
  expect(kept).toBeGreaterThanOrEqual(3);
  expect(kept).toBeLessThan(20);

  const stories = await savedStories(page);
  expect(stories.filter((story) => story.source === 'download')).toHaveLength(kept);
  expect(stories.find((story) => story.slug === 'cycle-lane-trial')?.source).toBe('reader');

  // What was kept is whole: offline, the last story the download finished opens with its photo.
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await goOffline(context);
  await page.goto('/saved');
  const downloaded = page.getByRole('region', { name: 'Downloaded top stories' }).getByRole('listitem');
  await expect(downloaded).toHaveCount(kept);
  await expect(page.getByRole('region', { name: 'Saved one by one' }).getByRole('link')).toHaveText([/cycle lane/i]);
  await downloaded.first().getByRole('link').click();
  const hero = page.locator('.story > .figure img');
  await expect(hero).toHaveJSProperty('complete', true);
  expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('/saved shows when the download was last refreshed, and which stories came from it', async ({ page }) => {
  test.slow(); // waits for the service worker, then downloads up to 20 stories on a shared machine
  await startDownloadFromFrontPage(page);
  await expect(downloadPanel(page).getByRole('status')).toHaveText(/^Ready offline: 20 of 20/, { timeout: 30_000 });
  const refreshedAt = await page.evaluate(async () => {
    const response = await (await caches.open('lede-saved-v1')).match('/__lede/download');
    if (!response) throw new Error('no download record');
    return ((await response.json()) as { refreshedAt: string }).refreshedAt;
  });

  await page.getByRole('banner').getByRole('link', { name: 'Saved' }).click();
  await expect(page.getByTestId('download-refreshed')).toHaveText(`Last refreshed ${formatPublicationTime(refreshedAt)}.`);
  expect(Math.abs(Date.parse(refreshedAt) - Date.now())).toBeLessThan(60_000);
  await expect(page.getByRole('region', { name: 'Downloaded top stories' }).getByRole('listitem')).toHaveCount(20);
  await expect(page.getByText('No saved stories yet.', { exact: false })).toBeVisible();
});

test('with the setting on, opening Lede refreshes the download, but not on a Save-Data connection', async ({ page, context }) => {
  test.slow(); // waits for the service worker, then downloads up to 20 stories on a shared machine
  await page.goto('/preferences');
  await waitForServiceWorkerControl(page);
  const setting = page.getByRole('checkbox', { name: /Refresh my download of the top stories/ });
  await expect(setting).not.toBeChecked();
  await expect(page.getByText('Your connection is not marked as metered or data-saving')).toBeVisible();
  await setting.check();

  // Save-Data on (as a phone's data saver sets it): opening Lede downloads nothing.
  const saveData = await context.newPage();
  await saveData.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, type: 'wifi' } }));
  await saveData.goto('/');
  await expect(saveData.locator('.lead-story h2')).toBeVisible();
  await saveData.waitForTimeout(2500); // the refresh would start a second after load
  await expect(downloadPanel(saveData)).toHaveCount(0);
  expect(await savedStories(saveData)).toHaveLength(0);
  await saveData.close();

  await page.goto('/');
  await expect(downloadPanel(page).getByRole('status')).toHaveText(/^Ready offline: 20 of 20/, { timeout: 30_000 });
  await page.goto('/saved');
  await expect(page.getByTestId('download-refreshed')).toHaveText(/^Last refreshed /);
});

test('without the Network Information API, the setting says Lede cannot tell and stays off', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => undefined }));
  await page.goto('/preferences');
  await expect(page.getByText(/does not say whether your connection is metered/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Refresh my download of the top stories/ })).toBeDisabled();
});

test('the photo size a download keeps is the one Chromium loads, on phones and dense screens too', async ({ browser, baseURL }) => {
  for (const [width, deviceScaleFactor] of [
    [390, 3],
    [390, 1.5],
    [800, 1],
    [1440, 2],
  ] as const) {
    const context = await browser.newContext({ baseURL, viewport: { width, height: 800 }, deviceScaleFactor, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/story/harbour-bridge-reopens');
    const hero = page.locator('.story > .figure img');
    await expect(hero).toHaveJSProperty('complete', true);
    const seen = await hero.evaluate((img: HTMLImageElement, sizes) => {
      const conditions = [...sizes.matchAll(/\([^()]*\)/g)].map(([condition]) => [condition, matchMedia(condition).matches] as const);
      const renditions = img.srcset.split(', ').map((candidate) => {
        const [url = '', w = ''] = candidate.split(' ');
        return { url, width: parseInt(w, 10) };
      });
      return { currentSrc: new URL(img.currentSrc).pathname, renditions, conditions, innerWidth, devicePixelRatio };
    }, STORY_IMAGE_SIZES);
    await context.close();
    const matches = new Map(seen.conditions);
    const image = { url: '', width: 1, height: 1, alt: '', renditions: seen.renditions };
    const viewport = {
      width: seen.innerWidth,
      devicePixelRatio: seen.devicePixelRatio,
      matches: (condition: string) => matches.get(condition) ?? false,
    };
    expect(chooseRendition(image, STORY_IMAGE_SIZES, viewport), `${width}px at ${deviceScaleFactor}x`).toBe(seen.currentSrc);
  }
});
