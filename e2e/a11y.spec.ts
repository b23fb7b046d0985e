// Accessibility: axe-core finds nothing on any route, in light and dark schemes, at phone and desktop widths;
// and reduced motion is honoured. Every combination is its own test, all run in the desktop project.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TEST_SWITCH_COOKIES } from '../mocks/test-switches';
import { AXE_TAGS, describeViolations } from './axe';
import { expect, httpStatusLogged, SHOWCASE, test } from './fixtures';
import { waitForServiceWorkerControl } from './pwa-helpers';
import { clearScenario, applyScenario } from './scenarios';
import { settled, storySettled } from './settled';

/** A story whose body has both an embedded post and a list (the showcase has them too, with a quote and figures). */
const EMBED_AND_LIST_STORY = '/story/heatwave-water-restrictions';

interface RouteCase {
  name: string;
  path: string;
  /** Waits for everything the page shows to have arrived. */
  ready: (page: Page) => Promise<void>;
  expectedConsoleErrors?: RegExp[];
  setup?: (page: Page) => Promise<void>;
  /** Does more than open a page (e.g. downloads 20 stories first), so gets the longer slow-test timeout. */
  slow?: boolean;
}

const sidebarLoaded = async (page: Page) => {
  await storySettled(page);
  const sidebar = page.getByRole('complementary', { name: 'More stories' });
  await expect(sidebar.getByRole('region', { name: 'Similar' }).getByRole('article').first()).toBeVisible();
  await expect(sidebar.getByRole('region', { name: "This week's most popular" }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hot topics' })).toBeVisible();
};

const notFoundLoaded = (heading: string) => async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Read instead' })).toBeVisible();
  await settled(page);
};

const ROUTES: RouteCase[] = [
  {
    name: 'front page',
    path: '/',
    ready: async (page) => {
      await settled(page);
      await expect(page.locator('.lead-story h2 a')).toBeVisible();
      await expect(page.getByRole('region', { name: "This week's most popular" }).getByRole('listitem').first()).toBeVisible();
    },
  },
  { name: 'showcase story', path: SHOWCASE, ready: sidebarLoaded },
  {
    name: 'story with the masthead menu open (phones; wide screens show its links in place)',
    path: SHOWCASE,
    ready: async (page) => {
      await sidebarLoaded(page);
      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) {
        await menu.click();
        await expect(page.getByRole('banner').getByRole('link', { name: 'Display' })).toBeVisible();
      }
    },
  },
  {
    name: 'story with the masthead search open (phones)',
    path: SHOWCASE,
    ready: async (page) => {
      await sidebarLoaded(page);
      const search = page.getByRole('banner').getByRole('button', { name: 'Search', expanded: false });
      if (await search.isVisible()) {
        await search.click();
        await expect(page.getByRole('banner').getByRole('searchbox')).toBeFocused();
      }
    },
  },
  {
    name: 'story with an embed and a list',
    path: EMBED_AND_LIST_STORY,
    ready: async (page) => {
      await sidebarLoaded(page);
      await expect(page.locator('.story-body .embedded-post')).toBeVisible();
      await expect(page.locator('.story-body .block-list')).toBeVisible();
    },
  },
  {
    name: 'topic page',
    path: '/topic/transport',
    ready: async (page) => {
      await settled(page);
      await expect(page.getByRole('region', { name: 'Latest in Transport' }).getByRole('article').first()).toBeVisible();
    },
  },
  {
    name: 'news archive',
    path: '/archive',
    ready: async (page) => {
      await settled(page);
      await expect(page.locator('.story-feed article').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Load more stories' })).toBeVisible();
    },
  },
  {
    name: 'search results',
    path: '/search?q=bridge',
    ready: async (page) => {
      await settled(page);
      await expect(page.getByRole('region', { name: 'Results for “bridge”' }).locator('mark').first()).toBeVisible();
    },
  },
  {
    name: 'search without a query',
    path: '/search',
    ready: async (page) => {
      await settled(page);
      await expect(page.getByRole('search')).toBeVisible();
    },
  },
  {
    name: 'story with a failed sidebar list',
    path: SHOWCASE,
    setup: (page) => applyScenario(page.context(), 'invalid-json', 'similar'),
    ready: async (page) => {
      await storySettled(page);
      await expect(page.getByRole('region', { name: 'Similar' }).getByRole('button', { name: 'Try again' })).toBeVisible();
      await expect(page.getByRole('region', { name: "This week's most popular" }).getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'most popular page',
    path: '/popular',
    ready: async (page) => {
      await settled(page);
      await expect(page.getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'saved stories page',
    path: '/saved',
    ready: async (page) => {
      await settled(page);
      await expect(page.getByTestId('saved-usage')).not.toHaveText(/Checking/);
    },
  },
  {
    name: 'front page with a finished download',
    path: '/',
    slow: true,
    ready: async (page) => {
      await settled(page);
      await waitForServiceWorkerControl(page);
      await page.getByRole('main').getByRole('button', { name: 'Download for offline' }).click();
      await expect(page.getByRole('region', { name: 'Download for offline' }).getByRole('status')).toHaveText(/^Ready offline/, { timeout: 30_000 });
    },
  },
  {
    name: 'display preferences page',
    path: '/preferences',
    ready: async (page) => {
      await settled(page);
      await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
    },
  },
  {
    name: 'story with changes since the last visit marked',
    path: '/story/ferry-contract-tender',
    setup: async (page) => {
      // Read the first version, then come back to the latest one.
      const pin = (version: number) =>
        page.context().addCookies([{ name: TEST_SWITCH_COOKIES.storyVersion, value: String(version), domain: '127.0.0.1', path: '/' }]);
      await pin(0);
      await page.goto('/story/ferry-contract-tender');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await pin(2);
    },
    ready: async (page) => {
      await storySettled(page);
      await expect(page.locator('[data-change="added"]').first()).toBeVisible();
      await page.getByText('Changes since your last visit').click();
    },
  },
  {
    name: 'live coverage',
    path: '/story/storm-surge-flood-watch',
    setup: (page) => page.context().addCookies([{ name: TEST_SWITCH_COOKIES.liveMinute, value: '0', domain: '127.0.0.1', path: '/' }]),
    ready: async (page) => {
      await sidebarLoaded(page);
      await expect(page.getByRole('navigation', { name: 'Key events' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Latest posts' }).getByRole('article').first()).toBeVisible();
    },
  },
  {
    name: 'offline page',
    path: '/offline',
    ready: async (page) => {
      await settled(page);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    },
  },
  {
    name: 'unknown story',
    path: '/story/nope',
    ready: notFoundLoaded('Story not found'),
    expectedConsoleErrors: [httpStatusLogged(404)],
  },
  { name: 'unknown page', path: '/no/such/page', ready: notFoundLoaded('Page not found') },
  {
    name: 'error page',
    path: SHOWCASE,
    setup: (page) => applyScenario(page.context(), 'server-error', 'story'),
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('button', { name: 'Try again' })).toBeEnabled();
      await settled(page);
    },
    expectedConsoleErrors: [httpStatusLogged(500)],
  },
];

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [
  { name: 'phone', viewport: { width: 360, height: 780 } },
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
] as const;

for (const route of ROUTES) {
  test.describe(`axe: ${route.name}`, () => {
    if (route.expectedConsoleErrors) test.use({ expectedConsoleErrors: route.expectedConsoleErrors });
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        test(`${route.path} has no violations (${scheme}, ${width.name})`, async ({ page }) => {
          test.slow(route.slow === true);
          await page.setViewportSize(width.viewport);
          await page.emulateMedia({ colorScheme: scheme });
          await route.setup?.(page);
          await page.goto(route.path);
          await route.ready(page);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          expect(describeViolations(results.violations), `axe violations on ${route.path} (${scheme}, ${width.name})`).toEqual([]);
        });
      }
    }
  });
}

test.describe('reduced motion', () => {
  test.use({ expectedConsoleErrors: [] });

  /** Opens the lead story while the story request is slow, and reads the progress bar's transition mid-load. */
  async function progressTransitionSeconds(page: Page): Promise<number> {
    await page.goto('/');
    await expect(page.locator('.lead-story h2 a')).toBeVisible();
    await applyScenario(page.context(), 'slow', 'story');
    await page.locator('.lead-story h2 a').click();
    const bar = page.locator('.progress.progress--active');
    await expect(bar).toHaveCount(1);
    const duration = await bar.evaluate((element) => getComputedStyle(element).transitionDuration);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 10_000 });
    await clearScenario(page.context());
    // "2s" or "1e-05s"; several comma-separated values would all be shortened alike.
    return Math.max(...duration.split(',').map((value) => Number.parseFloat(value)));
  }

  test('the loading bar animates normally', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await progressTransitionSeconds(page)).toBeGreaterThan(0.5);
  });

  test('prefers-reduced-motion: reduce stops the loading bar animating', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await progressTransitionSeconds(page)).toBeLessThan(0.01);
  });
});
