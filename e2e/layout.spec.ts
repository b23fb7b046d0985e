// Layout on every route (issue 23): nothing moves while a page loads (CLS 0 from the first paint, the static frame's
// included, at phone and desktop widths), nothing scrolls sideways at 320 px (WCAG 1.4.10: 400 % zoom of 1280), and
// every control a reader taps is a comfortable target (44 × 44 px, or spaced as WCAG 2.2's 2.5.8 asks).
import type { Page } from '@playwright/test';
import { TEST_SWITCH_COOKIES } from '../mocks/test-switches';
import { appRendered, expect, httpStatusLogged, SHOWCASE, test } from './fixtures';
import { layoutShiftsSoFar } from './layout-shifts';
import { STORM } from './live-coverage';
import { settled, storySettled } from './settled';

interface RouteCase {
  name: string;
  path: string;
  /** Everything has arrived, what is below the first screen included (scrolled to, as a reader would). */
  ready: (page: Page) => Promise<void>;
  expectedConsoleErrors?: RegExp[];
}

/**
 * The first screen has settled, as a page load leaves it with no reader scrolling (what CLS at load measures):
 * nothing on it busy or a placeholder any more. Parts below the first screen wait for the reader (decision 026).
 */
async function firstScreenSettled(page: Page) {
  await appRendered(page);
  await expect(async () => {
    const loading = await page.evaluate(
      () =>
        [...document.querySelectorAll('[aria-busy="true"], .section-skeleton, .hot-topics--placeholder, .page-skeleton')].filter(
          (element) => element.getBoundingClientRect().top < window.innerHeight,
        ).length,
    );
    expect(loading).toBe(0);
  }).toPass({ timeout: 15_000 });
  // A frame for whatever the last answer changed to be laid out.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const ROUTES: RouteCase[] = [
  { name: 'front page', path: '/', ready: settled },
  { name: 'story', path: SHOWCASE, ready: storySettled },
  { name: 'live coverage', path: STORM, ready: storySettled },
  { name: 'topic', path: '/topic/transport', ready: settled },
  { name: 'archive', path: '/archive', ready: settled },
  { name: 'search results', path: '/search?q=bridge', ready: settled },
  { name: 'search', path: '/search', ready: settled },
  { name: 'popular', path: '/popular', ready: settled },
  { name: 'saved', path: '/saved', ready: settled },
  { name: 'display', path: '/preferences', ready: settled },
  { name: 'offline', path: '/offline', ready: settled },
  { name: 'unknown story', path: '/story/nope', ready: settled, expectedConsoleErrors: [httpStatusLogged(404)] },
  { name: 'unknown page', path: '/no/such/page', ready: settled },
];

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
] as const;

test.beforeEach(async ({ context }) => {
  // Live coverage at a fixed minute, so its posts are the same on every load.
  await context.addCookies([{ name: TEST_SWITCH_COOKIES.liveMinute, value: '0', domain: '127.0.0.1', path: '/' }]);
});

for (const route of ROUTES) {
  test.describe(route.name, () => {
    if (route.expectedConsoleErrors) test.use({ expectedConsoleErrors: route.expectedConsoleErrors });

    test(`${route.path}: nothing moves as it loads, at phone and desktop widths`, async ({ page }) => {
      for (const width of WIDTHS) {
        await page.setViewportSize(width.viewport);
        await page.goto(route.path);
        await firstScreenSettled(page);
        expect(await layoutShiftsSoFar(page), `${route.path} at ${width.name} width`).toEqual([]);
      }
    });

    test(`${route.path}: nothing scrolls sideways at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(route.path);
      await appRendered(page);
      await route.ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${route.path} is wider than the screen by`).toBeLessThanOrEqual(0);
    });
  });
}

interface Target {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of every link, button and field inside the elements `selector` matches, as laid out now. */
const targetsIn = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((regions) =>
    regions.flatMap((region) =>
      [...region.querySelectorAll('a[href], button, input, select, summary')]
        .map((element) => ({ element, rect: element.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && rect.height > 0)
        .map(({ element, rect }) => ({
          name: `${element.localName} “${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}”`,
          x: rect.x,
          y: rect.y,
          width: rect.width,
          height: rect.height,
        })),
    ),
  );

const COMFORTABLE = 44;
const MINIMUM = 24;

/** Targets smaller than 44 × 44 px. */
const smallerThanComfortable = (targets: Target[]) =>
  targets
    .filter((target) => target.width < COMFORTABLE - 0.5 || target.height < COMFORTABLE - 0.5)
    .map((target) => `${target.name} ${Math.round(target.width)}×${Math.round(target.height)}`);

/**
 * WCAG 2.2's 2.5.8 (target size, minimum): a target is at least 24 × 24 px, or a 24 px circle centred on it meets no
 * other target and no other undersized target's circle.
 */
function failsMinimum(targets: Target[]): string[] {
  const centre = (t: Target) => ({ x: t.x + t.width / 2, y: t.y + t.height / 2 });
  const undersized = (t: Target) => t.width < MINIMUM || t.height < MINIMUM;
  const circleMeetsBox = (c: { x: number; y: number }, t: Target) => {
    const dx = Math.max(t.x - c.x, 0, c.x - (t.x + t.width));
    const dy = Math.max(t.y - c.y, 0, c.y - (t.y + t.height));
    return Math.hypot(dx, dy) < MINIMUM / 2;
  };
  return targets
    .filter(undersized)
    .filter((target) => {
      const c = centre(target);
      return targets.some(
        (other) =>
          other !== target && (circleMeetsBox(c, other) || (undersized(other) && Math.hypot(c.x - centre(other).x, c.y - centre(other).y) < MINIMUM)),
      );
    })
    .map((target) => `${target.name} ${Math.round(target.width)}×${Math.round(target.height)}`);
}

test('on a phone every control of the masthead, menu, hot topics and story tools is 44 × 44 px, and the sidebar meets 2.5.8', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SHOWCASE);
  await storySettled(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  const chrome = await targetsIn(page, 'header.masthead, nav.hot-topics, .story-tools');
  expect(chrome.length).toBeGreaterThan(8);
  expect(smallerThanComfortable(chrome)).toEqual([]);

  await page.getByRole('button', { name: 'Menu' }).click();
  const menu = await targetsIn(page, '#masthead-menu');
  expect(menu.map((target) => target.name)).toEqual(['a “Saved”', 'a “Display”', 'button “Download for offline”']);
  expect(smallerThanComfortable(menu)).toEqual([]);
  await page.keyboard.press('Escape');

  const sidebar = await targetsIn(page, 'aside.story-sidebar');
  expect(sidebar.length).toBeGreaterThan(5);
  expect(failsMinimum(sidebar)).toEqual([]);
});

test("on a desktop the story's headline uses its column's measure, and the sidebar's two lists share one type", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(SHOWCASE);
  await storySettled(page);
  // The headline's widest line against its column: a balanced wrap left each line at about two thirds of it.
  const { widest, column } = await page.locator('main h1').evaluate((headline) => {
    const range = document.createRange();
    range.selectNodeContents(headline);
    const lines = new Map<number, number>();
    for (const rect of range.getClientRects()) lines.set(Math.round(rect.top), Math.max(lines.get(Math.round(rect.top)) ?? 0, rect.right));
    const left = headline.getBoundingClientRect().left;
    return { widest: Math.max(...[...lines.values()].map((right) => right - left)), column: headline.clientWidth };
  });
  expect(widest / column).toBeGreaterThan(0.85);

  const typeOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((link) => {
        const style = getComputedStyle(link);
        return { family: style.fontFamily, size: style.fontSize, weight: style.fontWeight, lineHeight: style.lineHeight };
      });
  const sidebar = page.getByRole('complementary', { name: 'More stories' });
  await expect(sidebar.getByRole('region', { name: "This week's most popular" }).getByRole('link').first()).toBeVisible();
  expect(await typeOf('aside.story-sidebar .most-popular__item a')).toEqual(await typeOf('aside.story-sidebar .story-card__title a'));
});
