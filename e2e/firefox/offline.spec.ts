// Offline in Firefox, with the network really gone for the page and its service worker (./network.ts): a story read
// once reloads; a saved story opens from Saved and reloads; "Download for offline" takes the top stories along.
import type { Page } from 'puppeteer-core';
import { SAVED_CACHE, STORY_CACHE } from '../../src/lib/cache-names';
import { SHOWCASE } from '../fixtures';
import { expect, networkFailureLogged, test } from './fixtures';
import type { Network } from './network';
import { byRole, click, countOf, headingIs, headingText, PAGE_HEADING, photosLoaded, textOf, visible, workerControls } from './reader';

test.use({ expectedConsoleErrors: [networkFailureLogged] });

const STORY = 'main article';
const HERO = `${STORY} figure`;
/** What Lede says once it finds the network gone (decision 022: observed from its own requests). */
const OFFLINE_NOTICE = '::-p-text(You are offline. Saved and recently read stories still open.)';

/** Reads `path` through the app under its service worker, until the story and the photos on screen are in. */
async function readStory(tab: Page, open: (path: string) => Promise<void>, path: string): Promise<string> {
  await open('/');
  await workerControls(tab);
  await open(path);
  const headline = await textOf(tab, PAGE_HEADING);
  await expect.poll(() => photosLoaded(tab, HERO)).toBe(true);
  await expect.poll(() => photosLoaded(tab, byRole('complementary', 'More stories')), { timeout: 10_000 }).toBe(true);
  // Reading is done once the app has remembered the story as recently read.
  const slug = path.replace('/story/', '');
  await expect.poll(() => tab.evaluate((s) => (localStorage.getItem('lede:recent') ?? '').includes(`"${s}"`), slug)).toBe(true);
  return headline;
}

/**
 * The network goes once the page has everything it asked for: a photo cut off mid-transfer is a different story
 * (Firefox logs it as "Image corrupt or truncated").
 */
async function goOffline(tab: Page, network: Network): Promise<void> {
  await tab.waitForNetworkIdle({ idleTime: 300 });
  network.setOffline(true);
}

const cacheEntries = (tab: Page, name: string) => tab.evaluate(async (cache) => (await (await caches.open(cache)).keys()).length, name);

test('a story read once reloads offline with its photo, and says the reader is offline', async ({ tab, open, network, build }) => {
  const headline = await readStory(tab, open, SHOWCASE);
  await goOffline(tab, network);
  await tab.reload();
  await headingIs(tab, headline);
  await expect.poll(() => photosLoaded(tab, HERO)).toBe(true);
  await visible(tab, OFFLINE_NOTICE);

  // The network is really gone: over the HTTP API, a story never read has nothing to open offline (the demo's API is
  // inside its service worker, so there it opens).
  await open('/story/cycle-lane-trial');
  await expect.poll(() => headingText(tab)).toMatch(build === 'http' ? /^You are offline$/ : /^Westquay cycle lane trial begins/);
});

test('a saved story opens offline from Saved, from its saved copy, and reloads', async ({ tab, open, network }) => {
  const headline = await readStory(tab, open, SHOWCASE);
  await click(tab, byRole('button', 'Save for offline'));
  await visible(tab, '::-p-text(Saved for offline reading)');
  expect(await cacheEntries(tab, SAVED_CACHE)).toBeGreaterThan(1);

  await click(tab, byRole('link', 'Saved'));
  await headingIs(tab, 'Saved stories');
  const saved = `${byRole('region', 'Saved one by one')} ${byRole('link', headline)}`;
  await visible(tab, saved);
  // Only the saved copy can serve it: the cache of recently read stories is gone.
  await tab.evaluate(async (name) => void (await caches.delete(name)), STORY_CACHE);
  await goOffline(tab, network);
  await click(tab, saved);
  await headingIs(tab, headline);
  await expect.poll(() => photosLoaded(tab, HERO)).toBe(true);
  await tab.reload();
  await headingIs(tab, headline);
  await expect.poll(() => photosLoaded(tab, HERO)).toBe(true);
  await visible(tab, OFFLINE_NOTICE);
});

test('"Download for offline" takes the top 20 stories along; offline, one never opened opens with its photo', async ({ tab, open, network }) => {
  test.slow(); // twenty stories and their photos
  await open('/');
  await workerControls(tab);
  await click(tab, byRole('button', 'Download for offline'));
  const status = `${byRole('region', 'Download for offline')} [role="status"]`;
  await expect
    .poll(() => tab.$eval(status, (element) => element.textContent).catch(() => ''), { timeout: 40_000 })
    .toMatch(/^Ready offline: 20 of 20 stories \([\d.]+ (kB|MB) downloaded\)\.$/);

  await goOffline(tab, network);
  await open('/saved');
  const downloaded = `${byRole('region', 'Downloaded top stories')} li`;
  await visible(tab, downloaded);
  expect(await countOf(tab, downloaded)).toBe(20);
  // The last of them: a story this tab never opened.
  const last = (await tab.$$(`${downloaded} a`)).at(-1);
  const headline = (await last?.evaluate((link) => link.textContent?.trim())) ?? '';
  expect(headline).not.toBe('');
  await last?.click();
  await headingIs(tab, headline);
  await expect.poll(() => photosLoaded(tab, HERO)).toBe(true);
  await visible(tab, OFFLINE_NOTICE);
});
