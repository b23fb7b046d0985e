// Live coverage journeys shared by the demo (mock API in the service worker) and live (real HTTP API) builds: the
// clock pin, the reading position, layout-shift recording and the poll trigger.
import type { BrowserContext, Page, Request } from '@playwright/test';
import { TEST_SWITCH_COOKIES } from '../mocks/test-switches';
import { appRendered, expect } from './fixtures';
import { waitForServiceWorkerControl } from './pwa-helpers';

export const STORM = '/story/storm-surge-flood-watch';
export const ENDED = '/story/council-election-count';
export const GENERATED = '/story/generated-live-coverage';

/** The fixture clock, in whole minutes after the storm's demo window opens; tests move it forward. */
export interface LiveClock {
  set(minute: number): Promise<void>;
  /** Stops pinning (the HTTP-API build's requests then go out from the browser itself, as offline tests need). */
  release(): Promise<void>;
}

/** Demo build: the cookie reaches the mock API (in the page or the service worker) with every request. */
export function cookieClock(context: BrowserContext): LiveClock {
  return {
    set: (minute) => context.addCookies([{ name: TEST_SWITCH_COOKIES.liveMinute, value: String(minute), domain: '127.0.0.1', path: '/' }]),
    release: () => context.clearCookies({ name: TEST_SWITCH_COOKIES.liveMinute }),
  };
}

/**
 * HTTP-API build: the API is another origin (no cookies sent), so its requests are sent on by Playwright with the cookie
 * header (route.continue cannot set a cookie header; route.fetch can).
 */
export async function headerClock(context: BrowserContext, minute: number): Promise<LiveClock> {
  let now = minute;
  const pattern = /\/api\/stories\//;
  await context.route(pattern, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route
      .fetch({ headers: { ...route.request().headers(), cookie: `${TEST_SWITCH_COOKIES.liveMinute}=${now}` } })
      .catch(() => null);
    return response ? route.fulfill({ response }) : route.abort('internetdisconnected');
  });
  return {
    set: async (next) => {
      now = next;
    },
    release: () => context.unroute(pattern),
  };
}

/** Opens a live story and waits for its posts and the rest of the page. */
export async function openLive(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Latest posts' }).getByRole('article').first()).toBeVisible();
  await appRendered(page);
}

/** What a tab coming back into view does: the poller checks at once rather than at its next tick. */
export async function pollNow(page: Page) {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

/** Records layout shifts from now on (window.ledeShifts), as Lighthouse's CLS would count them. */
export async function recordLayoutShifts(page: Page) {
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { ledeShifts: number[] }).ledeShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift' });
  });
}

export const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { ledeShifts: number[] }).ledeShifts);

/** Two frames: whatever a commit changed has been laid out and painted. */
export const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const isPoll = (request: Request) => /\/api\/stories\/[^/]+\/posts\?/.test(request.url()) && new URL(request.url()).searchParams.has('after');

/** Counts the page's polls (`?after=` requests) from now on. */
export function countPolls(page: Page): () => number {
  let polls = 0;
  page.on('request', (request) => {
    if (isPoll(request)) polls += 1;
  });
  return () => polls;
}

/**
 * The reader is well down the posts, reading a paragraph of an older post; a post arrives. Checks the pending button,
 * the polite announcement and the title count, and that nothing moved: no layout-shift entry, the paragraph in place.
 */
export async function postArrivesWhileReading(page: Page, clock: LiveClock) {
  await clock.set(0);
  await openLive(page, STORM);
  const headline = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const reading = page.locator('#post-surge-010 p').first();
  await reading.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await nextFrames(page);
  const before = await reading.evaluate((element) => element.getBoundingClientRect().top);
  await recordLayoutShifts(page);

  await clock.set(2);
  await pollNow(page);
  const button = page.getByRole('button', { name: 'Show 1 new post' });
  await expect(button).toBeVisible();
  await expect(page).toHaveTitle(`(1) ${headline} · Lede`);
  await expect(page.getByRole('status').filter({ hasText: /^1 new post\./ })).toBeAttached();
  await nextFrames(page);
  expect(await reading.evaluate((element) => element.getBoundingClientRect().top)).toBe(before);
  expect(await layoutShifts(page)).toEqual([]);
  // Not inserted: the newest post on the page is still the one from before.
  await expect(page.locator('.live-posts__list article').first()).toHaveId('post-surge-018');
  return { button, headline };
}

/** The reader asks for the new posts: inserted at the top, the page brought to them, the title count gone. */
export async function showNewPosts(page: Page, clock: LiveClock) {
  const { button, headline } = await postArrivesWhileReading(page, clock);
  await button.click();
  await expect(page.locator('.live-posts__list article').first()).toHaveId('post-surge-019');
  await expect(page.getByRole('heading', { level: 2, name: 'Latest posts' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Latest posts' })).toBeInViewport();
  await expect(page).toHaveTitle(`${headline} · Lede`);
  await expect(button).toBeHidden();
  // The posts near the screen are drawn; the oldest, far below, is neither laid out nor painted (content-visibility),
  // so inserting and scrolling cost the posts in view, not every post of the window.
  const drawn = (index: number) =>
    page
      .locator('.live-posts__list > li')
      .nth(index)
      .evaluate((item) => item.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false);
  await expect.poll(() => drawn(0)).toBe(true);
  await expect.poll(() => drawn(-1)).toBe(false);
}

/** A shared link to an old post of a 1,000-post coverage: older pages load until it is there; it is in view and focused. */
export async function openSharedPostLink(page: Page) {
  await page.goto(`${GENERATED}#post-gen-00100`);
  const post = page.locator('#post-gen-00100');
  await expect(post).toBeInViewport({ timeout: 15_000 });
  await expect(post).toBeFocused();
  // The DOM stays bounded: at most 60 posts in the list (plus the pinned one), whatever was loaded to get here.
  expect(await page.locator('.live-posts__list article').count()).toBeLessThanOrEqual(60);
}

/**
 * Ended coverage says so and sends no poll, even when the tab comes back into view (the storm page does poll). Pages
 * load under the service worker, so the demo's requests are visible to Playwright (not answered inside the page).
 */
export async function endedStopsPolling(page: Page, clock: LiveClock) {
  await clock.set(0);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const polls = countPolls(page);
  await openLive(page, STORM);
  await pollNow(page);
  await expect.poll(polls).toBe(1);

  await openLive(page, ENDED);
  await expect(page.locator('.live-status')).toContainText('Ended');
  await expect(page.locator('.live-status')).toContainText(/Coverage ended \d+\/\d+\/\d+ at/);
  await pollNow(page);
  await page.waitForTimeout(1_500);
  expect(polls()).toBe(1);
}
