// Resilience on the built demo app: for every named failure scenario of the mock API, the reader sees a clear
// message and a working "Try again" where content failed, the rest of the page keeps working, nothing unexpected
// is logged, and once the API recovers "Try again" brings the content back.
import type { Locator, Page } from '@playwright/test';
import { expect, httpStatusLogged, SHOWCASE, test } from './fixtures';
import { clearScenario, SLOW_MS, applyScenario, type Scenario } from './scenarios';

const SIDEBAR_TITLES = { similar: 'Similar', popular: "This week's most popular" } as const;
type SidebarTarget = keyof typeof SIDEBAR_TITLES;

/** The app's fetch client gives up after 8 s; a timeout is not retried automatically (src/queries/client.ts). */
const CLIENT_TIMEOUT_MS = 8_000;
const TIMEOUT_FAILURE_MS = CLIENT_TIMEOUT_MS + 8_000; // plus slack for a loaded machine

/** The browser's own log line for a request that failed at the network level (MSW's HttpResponse.error()). */
const networkFailureLogged = /Failed to load resource: net::ERR_FAILED/;

/** Internals a reader must never see: status lines, error class names, schema paths, stack traces. */
const RAW_ERROR =
  /HTTP \d{3}|ContentError|SyntaxError|TypeError|Unexpected token|\(root\)|Invalid type|\bat \w+ \(|undefined|null|NaN|\[object Object\]/;

interface Failure {
  scenario: Scenario;
  /** What the reader is told, after "… could not be loaded." */
  message: RegExp;
  /** The browser's resource-error logs the scenario causes. */
  logs: RegExp[];
  /** The sidebar list that fails in the sidebar test. */
  sidebar: SidebarTarget;
  /** How long the app may take to give up. */
  failsWithin: number;
  /**
   * The page a failed story shows: the error page when the service answered badly, the offline page when the
   * request never reached it or timed out (docs/architecture.md, "Connectivity rule").
   */
  shows: 'error' | 'offline';
}

const PAGES = {
  error: { heading: 'This page could not be loaded', title: 'Something went wrong · Lede' },
  offline: { heading: 'You are offline', title: 'You are offline · Lede' },
} as const;

/** Scenarios the client does not retry (a malformed answer will not improve) fail this fast. */
const FAILS_AT_ONCE_MS = 7_000;

const FAILURES: Failure[] = [
  {
    scenario: 'server-error',
    message: /The news service had a problem\./,
    logs: [httpStatusLogged(500)],
    sidebar: 'similar',
    failsWithin: 10_000,
    shows: 'error',
  },
  {
    scenario: 'unavailable',
    message: /The news service had a problem\./,
    logs: [httpStatusLogged(503)],
    sidebar: 'popular',
    failsWithin: 10_000,
    shows: 'error',
  },
  {
    scenario: 'timeout',
    message: /The news service is taking too long to answer\./,
    logs: [],
    sidebar: 'similar',
    failsWithin: TIMEOUT_FAILURE_MS,
    shows: 'offline',
  },
  {
    scenario: 'invalid-json',
    message: /The news service sent something we could not read\./,
    logs: [],
    sidebar: 'popular',
    failsWithin: FAILS_AT_ONCE_MS,
    shows: 'error',
  },
  {
    scenario: 'wrong-shape',
    message: /The news service sent content in a form we do not understand\./,
    logs: [],
    sidebar: 'similar',
    failsWithin: FAILS_AT_ONCE_MS,
    shows: 'error',
  },
  {
    scenario: 'offline',
    message: /We could not reach the news service\./,
    logs: [networkFailureLogged],
    sidebar: 'popular',
    failsWithin: 10_000,
    shows: 'offline',
  },
];

const storyHeadline = (page: Page) => page.getByRole('heading', { level: 1 });
const sidebarSection = (page: Page, target: SidebarTarget) =>
  page.getByRole('complementary', { name: 'More stories' }).getByRole('region', { name: SIDEBAR_TITLES[target] });

/** The showcase story is fully there: headline, byline, several paragraphs of body, topic links. */
async function expectStoryReadable(page: Page) {
  await expect(storyHeadline(page)).toHaveText(/Harbour Bridge/);
  await expect(page.locator('.byline')).toContainText(/\w+/);
  // The end of the body comes in React's deferred render, a moment after the headline.
  await expect.poll(() => page.locator('.story-body > p').count()).toBeGreaterThan(2);
  await expect(page.getByRole('navigation', { name: 'Topics in this story' }).getByRole('link').first()).toBeVisible();
}

/** A sidebar list shows its stories (a loaded, non-empty list). */
async function expectSidebarLoaded(section: Locator, target: SidebarTarget) {
  const items = target === 'similar' ? section.getByRole('article') : section.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  await expect(section).toHaveAttribute('aria-busy', 'false');
}

for (const failure of FAILURES) {
  test.describe(`${failure.scenario}`, () => {
    test.use({ expectedConsoleErrors: failure.logs });
    if (failure.scenario === 'timeout') test.setTimeout(2 * TIMEOUT_FAILURE_MS + 20_000);

    test(`a failed story request shows the ${failure.shows} page with a working retry (${failure.scenario})`, async ({ page, context }) => {
      await applyScenario(context, failure.scenario, 'story');
      await page.goto(SHOWCASE);

      const shown = PAGES[failure.shows];
      const heading = page.getByRole('heading', { level: 1, name: shown.heading });
      await expect(heading).toBeVisible({ timeout: failure.failsWithin });
      const main = page.getByRole('main');
      await expect(main).toContainText(failure.message);
      await expect(main).not.toContainText(RAW_ERROR);
      await expect(page).toHaveTitle(shown.title);
      const retry = page.getByRole('button', { name: 'Try again' });
      await expect(retry).toBeEnabled();
      if (failure.shows === 'error') {
        await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
      } else {
        // Offline or unreliable: the notice says so, and the offline page offers what is on the device.
        await expect(page.getByText('You are offline. Saved and recently read stories still open.')).toBeVisible();
        await expect(main.getByRole('heading', { level: 2, name: 'Saved stories' })).toBeVisible();
      }

      // The rest of Lede still works: the masthead leads to the front page, which loads. (Going there and back
      // costs a second failing load, so only the scenarios that fail at once make the round trip.)
      const frontPageLink = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Front page' });
      await expect(frontPageLink).toHaveAttribute('href', '/');
      if (failure.failsWithin <= FAILS_AT_ONCE_MS) {
        await frontPageLink.click();
        await expect(page).toHaveTitle('Lede · Top stories');
        await expect(page.locator('.lead-story h2 a')).toBeVisible();
        await page.goBack();
        await expect(heading).toBeVisible({ timeout: failure.failsWithin });
      }

      // Once the service recovers, "Try again" brings the story (and, after an offline page, says it is back).
      await clearScenario(context);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expectStoryReadable(page);
      await expect(page).toHaveTitle(/Harbour Bridge.* · Lede$/);
      if (failure.shows === 'offline') await expect(page.getByText('You are back online.')).toBeVisible();
    });

    test(`a failed ${failure.sidebar} list leaves the story readable and retries on its own (${failure.scenario})`, async ({ page, context }) => {
      await applyScenario(context, failure.scenario, failure.sidebar);
      await page.goto(SHOWCASE);
      await expectStoryReadable(page);

      const failed = sidebarSection(page, failure.sidebar);
      const notice = failed.getByRole('status');
      await expect(notice).toContainText(`${SIDEBAR_TITLES[failure.sidebar]} could not be loaded.`, { timeout: failure.failsWithin });
      await expect(notice).toContainText(failure.message);
      await expect(failed).not.toContainText(RAW_ERROR);
      await expect(failed).toHaveAttribute('aria-busy', 'false');

      // The other list, the hot topics and the story are untouched.
      const other: SidebarTarget = failure.sidebar === 'similar' ? 'popular' : 'similar';
      await expectSidebarLoaded(sidebarSection(page, other), other);
      await expect(page.getByRole('navigation', { name: 'Hot topics' }).getByRole('link').first()).toBeVisible();
      await expectStoryReadable(page);

      await clearScenario(context);
      await failed.getByRole('button', { name: 'Try again' }).click();
      await expectSidebarLoaded(failed, failure.sidebar);
      await expect(failed.getByRole('status')).toHaveCount(0);
    });
  });
}

test.describe('unavailable', () => {
  test.use({ expectedConsoleErrors: [httpStatusLogged(503)] });

  test('a failed front page offers a retry, and comes back with it', async ({ page, context }) => {
    await applyScenario(context, 'unavailable', 'front');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('main')).toContainText('The news service had a problem.');
    await clearScenario(context);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('.lead-story h2 a')).toBeVisible();
    await expect(page).toHaveTitle('Lede · Top stories');
  });
});

test.describe('server-error', () => {
  test.use({ expectedConsoleErrors: [httpStatusLogged(500)] });

  test('failed hot topics leave no gap or message above the story', async ({ page, context }) => {
    await applyScenario(context, 'server-error', 'hot-topics');
    await page.goto(SHOWCASE);
    await expectStoryReadable(page);
    await expectSidebarLoaded(sidebarSection(page, 'similar'), 'similar');
    // The bar is extra, not the story: once its request has failed for good it is simply absent.
    await expect(page.locator('.hot-topics')).toHaveCount(0, { timeout: 10_000 });
  });
});

test('slow: a slow API still brings the whole story, with the sidebar arriving on its own', async ({ page, context }) => {
  await applyScenario(context, 'slow', 'all');
  const started = Date.now();
  await page.goto(SHOWCASE);
  await expectStoryReadable(page);
  expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_MS - 500);
  await expectSidebarLoaded(sidebarSection(page, 'similar'), 'similar');
  await expectSidebarLoaded(sidebarSection(page, 'popular'), 'popular');
  await expect(page.getByRole('navigation', { name: 'Hot topics' })).toBeVisible();

  // Only the sidebar slow: the story is there while the sidebar still shows its skeleton (both lists arrive together,
  // so one never pushes the other down beside the story).
  await clearScenario(context);
  await applyScenario(context, 'slow', 'similar');
  await page.getByRole('navigation', { name: 'Topics in this story' }).getByRole('link').first().click();
  await expect(
    page
      .getByRole('region', { name: /^Latest in / })
      .getByRole('article')
      .first(),
  ).toBeVisible();
  // A story other than the one just read, whose similar list is not cached yet.
  await page.locator(`.story-card__title a:not([href="${SHOWCASE}"])`).first().click();
  await expect(storyHeadline(page)).toBeVisible();
  const sidebar = page.getByRole('complementary', { name: 'More stories' });
  await expect(sidebar).toHaveAttribute('aria-busy', 'true');
  await expectSidebarLoaded(sidebarSection(page, 'similar'), 'similar');
  await expectSidebarLoaded(sidebarSection(page, 'popular'), 'popular');
  await expect(sidebar).not.toHaveAttribute('aria-busy');
});

test('missing-optional: stories and lists without optional fields still read well', async ({ page, context }) => {
  await applyScenario(context, 'missing-optional', 'all');
  await page.goto('/');
  await expect(page.locator('.lead-story h2 a')).toBeVisible();
  await expect(page.locator('.lead-story__standfirst')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText(RAW_ERROR);
  await page.locator('.lead-story h2 a').click();

  await expectStoryReadable(page);
  await expect(page.locator('.story-header__standfirst')).toHaveCount(0);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('.story > .figure')).toHaveCount(0);
  await expect(page.locator('.story-header__times')).toContainText(/Published \S+/);
  await expectSidebarLoaded(sidebarSection(page, 'similar'), 'similar');
  await expectSidebarLoaded(sidebarSection(page, 'popular'), 'popular');
  await expect(sidebarSection(page, 'similar').locator('img')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText(RAW_ERROR);
  // Every image that is still there has its alternative text and loaded.
  for (const image of await page.locator('main img').all()) {
    await expect(image).toHaveAttribute('alt', /.*/);
  }
});

test('empty-lists: empty lists say so instead of showing nothing', async ({ page, context }) => {
  await applyScenario(context, 'empty-lists', 'all');
  await page.goto(SHOWCASE);
  await expectStoryReadable(page);
  await expect(sidebarSection(page, 'similar')).toContainText('No similar stories yet.');
  await expect(sidebarSection(page, 'popular')).toContainText('Nothing to rank yet this week.');
  await expect(page.locator('.hot-topics')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Topics in this story' }).getByRole('link').first().click();
  await expect(page.getByRole('region', { name: /^Latest in / })).toContainText('No stories in this topic yet.');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Front page' }).click();
  await expect(page).toHaveTitle('Lede · Top stories');
  await expect(page.getByRole('main')).toContainText('No stories yet. Check back soon.');
  await expect(page.getByRole('region', { name: "This week's most popular" })).toContainText('Nothing to rank yet this week.');
});
