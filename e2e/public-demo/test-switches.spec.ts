// The public demo (`npm run build`, dist) as a visitor gets it, built as a shell that still sets the old
// VITE_LEDE_TEST_SWITCHES would build it (scripts/test-all.mjs): every test switch, as a cookie or in the query,
// changes nothing. The mock API's answers and the pages are those without switches, no failure scenario fails
// anything, and the generated live story of benches is not there. Proven by behaviour, whatever the switches are named.
import type { BrowserContext, Page } from '@playwright/test';
import { ARCHIVE_SEED, generatedSummary } from '../../mocks/fixtures/archive-generator';
import { GENERATED_LIVE_SLUG } from '../../mocks/fixtures/live-generator';
import { liveFixtureBySlug, STILL_LIVE_SLUG } from '../../mocks/fixtures/live-stories';
import { clockOf } from '../../mocks/fixtures/live-timeline';
import { storyVersions, versionAt, VERSIONED_SLUG } from '../../mocks/fixtures/story-versions';
import { SCENARIOS, type Scenario } from '../../mocks/handlers/scenarios';
import { TEST_SWITCH_COOKIES } from '../../mocks/test-switches';
import { appRendered, expect, httpStatusLogged, SHOWCASE, test } from '../fixtures';
import { waitForServiceWorkerControl } from '../pwa-helpers';

type Switch = keyof typeof TEST_SWITCH_COOKIES;

/** A story of the generated archive that exists only when the archive-size switch grows the archive past 300. */
const DEEP_STORY = generatedSummary({ size: 4_001, seed: ARCHIVE_SEED }, 4_000).slug;

/**
 * A value for every switch (the type makes a new switch fail to compile here until it is given one), each chosen so
 * that a demo honouring it would answer differently: another version of the changing story, the storm's clock far
 * from where it stands now, an archive of 5,000 stories, a generated live story of 50 posts.
 */
function switchValues(scenario: Scenario): Record<Switch, string> {
  const now = Date.now();
  const storm = liveFixtureBySlug.get(STILL_LIVE_SLUG)!;
  const stormMinute = (clockOf(storm, undefined, now) - Date.parse(storm.demo!.opensAt)) / 60_000;
  return {
    scenario,
    scenarioTarget: 'all',
    storyVersion: String((versionAt(now) + 1) % storyVersions.length),
    archiveSize: '5000',
    liveMinute: stormMinute < 14 ? '28' : '0',
    liveSize: '50',
  };
}

/** Sets every switch as a cookie, as the e2e suite does. */
async function setSwitchCookies(context: BrowserContext, values: Record<Switch, string>) {
  await context.clearCookies();
  const cookies = Object.entries(values).map(([name, value]) => ({
    name: TEST_SWITCH_COOKIES[name as Switch],
    value,
    domain: '127.0.0.1',
    path: '/',
  }));
  await context.addCookies(cookies);
}

/** `path` with every switch in its query as well. */
function withSwitchQuery(path: string, values: Record<Switch, string>): string {
  const url = new URL(path, 'http://127.0.0.1');
  for (const [name, value] of Object.entries(values)) url.searchParams.set(TEST_SWITCH_COOKIES[name as Switch], value);
  return url.pathname + url.search;
}

interface Answer {
  status: number;
  body: string;
}

/** What the demo's API answers the page for `path` (a request that fails or hangs is an answer too). */
const answer = (page: Page, path: string): Promise<Answer> =>
  page.evaluate(async (target) => {
    try {
      const response = await fetch(target, { signal: AbortSignal.timeout(5_000) });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      return { status: 0, body: String(error) };
    }
  }, path);

// Stories that are not there answer 404, which the browser logs.
test.use({ expectedConsoleErrors: [httpStatusLogged(404)] });

/** Answers that follow the clock (the changing story, the storm) are read just before and just after. */
const API_PATHS = [
  '/api/front',
  '/api/archive?limit=100',
  `/api/stories/${DEEP_STORY}`,
  `/api/stories/${VERSIONED_SLUG}`,
  `/api/stories/${STILL_LIVE_SLUG}`,
  `/api/stories/${STILL_LIVE_SLUG}/posts`,
  `/api/stories/${GENERATED_LIVE_SLUG}`,
  `/api/stories/${GENERATED_LIVE_SLUG}/posts`,
];

test('with every switch set, in any scenario, the demo’s API answers as without', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  for (const scenario of SCENARIOS) {
    const values = switchValues(scenario);
    for (const path of API_PATHS) {
      await context.clearCookies();
      const before = await answer(page, path);
      await setSwitchCookies(context, values);
      const switched = await answer(page, withSwitchQuery(path, values));
      await context.clearCookies();
      const after = await answer(page, path);
      expect([before, after], `${path} in scenario ${scenario}`).toContainEqual(switched);
    }
  }
});

test('the generated live story of benches and an archive grown by a switch are not in the public demo', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await setSwitchCookies(context, switchValues('slow'));
  for (const path of [`/api/stories/${GENERATED_LIVE_SLUG}`, `/api/stories/${GENERATED_LIVE_SLUG}/posts`, `/api/stories/${DEEP_STORY}`]) {
    expect((await answer(page, path)).status, path).toBe(404);
  }
});

/**
 * What a reader sees of a page: its heading and where its story links go, once its list (if it is one) has loaded;
 * not the parts that follow the clock (live posts) or load as they come near the screen (a story's sidebar).
 */
async function pageReading(page: Page, path: string, list: boolean) {
  await page.goto(path);
  await appRendered(page);
  const links = page.locator('main a[href^="/story/"]:not(.live-posts a, .story-sidebar a)');
  if (list) await expect(links.first()).toBeVisible();
  return {
    heading: await page.getByRole('heading', { level: 1 }).first().textContent(),
    links: await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))),
  };
}

const PAGES = [
  { path: '/', list: true },
  { path: SHOWCASE, list: false },
  { path: '/archive', list: true },
  { path: `/story/${STILL_LIVE_SLUG}`, list: false },
];

for (const { path, list } of PAGES) {
  test(`${path} reads the same on a first visit with every switch set, a server-error scenario among them`, async ({ browser, page }) => {
    const plain = await pageReading(page, path, list);
    const switchedContext = await browser.newContext();
    await setSwitchCookies(switchedContext, switchValues('server-error'));
    const switchedPage = await switchedContext.newPage();
    const errors: string[] = [];
    switchedPage.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      expect(await pageReading(switchedPage, withSwitchQuery(path, switchValues('server-error')), list)).toEqual(plain);
      expect(errors).toEqual([]);
    } finally {
      await switchedContext.close();
    }
  });
}
