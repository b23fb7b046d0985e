// The pseudo-locale run (project `pseudo`, the English demo built with VITE_PSEUDO_LOCALE=true): every route at 320,
// 390 and 1280 px shows its catalog strings about 40 % longer and bracketed, and none of them is clipped by its box or
// drawn over other text, and no visible string is neither bracketed (the catalog's) nor the demo content's.
import type { Page } from '@playwright/test';
import { TEST_SWITCH_COOKIES } from '../../mocks/test-switches';
import { appRendered, expect, httpStatusLogged, SHOWCASE, test } from '../fixtures';
import { settled } from '../settled';
import { clippedText, overlappingText, unbracketedText } from './text-checks';

interface RouteCase {
  path: string;
  setup?: (page: Page) => Promise<void>;
  expectedConsoleErrors?: RegExp[];
}

const ROUTES: RouteCase[] = [
  { path: '/' },
  { path: SHOWCASE },
  {
    path: '/story/storm-surge-flood-watch',
    setup: (page) => page.context().addCookies([{ name: TEST_SWITCH_COOKIES.liveMinute, value: '0', domain: '127.0.0.1', path: '/' }]),
  },
  { path: '/story/council-election-count' },
  { path: '/topic/transport' },
  { path: '/archive' },
  { path: '/search?q=bridge' },
  { path: '/search' },
  { path: '/popular' },
  { path: '/saved' },
  { path: '/preferences' },
  { path: '/offline' },
  { path: '/story/nope', expectedConsoleErrors: [httpStatusLogged(404)] },
  { path: '/no/such/page' },
];

const WIDTHS = [320, 390, 1280] as const;

/** Two frames: a new width has been laid out and painted. */
const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

for (const route of ROUTES) {
  test.describe(route.path, () => {
    if (route.expectedConsoleErrors) test.use({ expectedConsoleErrors: route.expectedConsoleErrors });

    test(`${route.path}: pseudo-localised text is never clipped, never overlaps, and is all the catalog's`, async ({ page }) => {
      await route.setup?.(page);
      await page.goto(route.path);
      await appRendered(page);
      await settled(page);
      // The build is the pseudo-localised one: the masthead's words are bracketed.
      await expect(page.locator('.skip-link, a[href="#main"]').first()).toHaveText(/^\[.+\]$/);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await nextFrames(page);
        const found = { clipped: await clippedText(page), overlapping: await overlappingText(page), unbracketed: await unbracketedText(page) };
        expect.soft(found, `${route.path} at ${width} px`).toEqual({ clipped: [], overlapping: [], unbracketed: [] });
      }
    });
  });
}
