// What `npm run screenshots` pictures: every route of the demo (with what each needs first), and the screens it is
// pictured on. Each route is ready when settle.ts says so and its own content is there.
import { expect, type Page } from '@playwright/test';
import { setTestSwitch } from './demo-server';
import { settled } from './settle';

export interface Route {
  /** The file name's first part, and what `--only` selects. */
  name: string;
  path: string;
  /** Before the page loads: test switches, or visits that put the page in the state pictured. */
  setup?: (page: Page) => Promise<void>;
  /** What must be on the page besides settle.ts's checks. */
  ready?: (page: Page) => Promise<void>;
  /** The page needs the demo's service worker (saving a story goes through it); other pictures go without it. */
  serviceWorker?: true;
}

export interface Screen {
  name: 'phone' | 'desktop';
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
}

export const SCREENS: Screen[] = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];

export const SHOWCASE = '/story/harbour-bridge-reopens';
/** A story with two publisher's update notes and versions to pin, so a return visit shows its changes marked too. */
const UPDATED = '/story/ferry-contract-tender';
const LIVE = '/story/storm-surge-flood-watch';
const TIMEOUT = 20_000;

const pinVersion = (page: Page, version: number) => setTestSwitch(page.context(), 'storyVersion', version);

const firstOf = (page: Page, selector: string) => expect(page.locator(selector).first()).toBeVisible({ timeout: TIMEOUT });

export const ROUTES: Route[] = [
  { name: 'front', path: '/', ready: (page) => firstOf(page, '.lead-story h2 a') },
  { name: 'story', path: SHOWCASE, ready: (page) => firstOf(page, '.story-sidebar article') },
  {
    name: 'story-updates',
    path: UPDATED,
    // Read the first version, then come back to the latest: update notes, the changes banner and the marks.
    setup: async (page) => {
      await pinVersion(page, 0);
      await page.goto(UPDATED);
      // The app's own render, not the early paint's heading: the version read is remembered once the app shows it.
      await settled(page);
      await pinVersion(page, 2);
    },
    ready: async (page) => {
      await firstOf(page, '[data-change="added"]');
      await expect(page.getByRole('note').first()).toBeVisible({ timeout: TIMEOUT });
    },
  },
  {
    name: 'live',
    path: LIVE,
    setup: (page) => setTestSwitch(page.context(), 'liveMinute', 10),
    ready: (page) => expect(page.getByRole('region', { name: 'Latest posts' }).getByRole('article').first()).toBeVisible({ timeout: TIMEOUT }),
  },
  {
    name: 'topic',
    path: '/topic/transport',
    ready: (page) => expect(page.getByRole('region', { name: 'Latest in Transport' }).getByRole('article').first()).toBeVisible({ timeout: TIMEOUT }),
  },
  { name: 'archive', path: '/archive', ready: (page) => firstOf(page, '.story-feed article') },
  { name: 'search', path: '/search?q=bridge', ready: (page) => firstOf(page, 'main mark') },
  { name: 'popular', path: '/popular', ready: (page) => firstOf(page, 'main li') },
  {
    name: 'saved',
    path: '/saved',
    serviceWorker: true,
    setup: async (page) => {
      await page.goto(SHOWCASE);
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: TIMEOUT });
      await page.getByRole('main').getByRole('button', { name: 'Save for offline' }).click({ timeout: TIMEOUT });
      await expect(page.getByText('Saved for offline reading')).toBeVisible({ timeout: TIMEOUT });
    },
    ready: async (page) => {
      await firstOf(page, 'main .saved-list__item');
      await expect(page.getByTestId('saved-usage')).not.toHaveText(/Checking/, { timeout: TIMEOUT });
    },
  },
  { name: 'display', path: '/preferences', ready: (page) => expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible({ timeout: TIMEOUT }) },
  { name: 'offline', path: '/offline' },
  {
    name: 'not-found',
    path: '/no/such/page',
    ready: (page) => expect(page.getByRole('heading', { level: 2, name: 'Read instead' })).toBeVisible({ timeout: TIMEOUT }),
  },
];

/** Every image on the first screen has loaded and the web fonts are in: the picture shows the page as a reader sees it. */
export async function imagesShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.images].every((image) => {
        const box = image.getBoundingClientRect();
        const onScreen = box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
        return !onScreen || (image.complete && image.naturalWidth > 0);
      }),
    null,
    { timeout: TIMEOUT },
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
