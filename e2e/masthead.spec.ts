// The masthead on phones (issue 23): compact (≤ 96 px), one row of sections that scrolls sideways, search and the
// menu behind two buttons, operable by keyboard; the news starts high on the first screen; wide screens show it all.
import type { Locator, Page } from '@playwright/test';
import { appRendered, expect, SHOWCASE, test } from './fixtures';
import { applyScenario } from './scenarios';

const PHONES = [360, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} has no box`);
  return found;
};

/** The first headline of a page: the story's own, or the front page's lead story's. */
const FIRST_HEADLINE = { story: (page: Page) => page.locator('main h1'), front: (page: Page) => page.locator('.lead-story__title') };
const PAGES = [
  { name: 'story', path: SHOWCASE, headline: FIRST_HEADLINE.story },
  { name: 'front', path: '/', headline: FIRST_HEADLINE.front },
] as const;

async function openPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('navigation', { name: 'Hot topics' })).toBeVisible();
}

/** Opens `path` and waits for the app to have taken over from the static frame (a control pressed before would be replaced). */
async function openApp(page: Page, path: string) {
  await page.goto(path);
  await appRendered(page);
}

for (const width of PHONES) {
  for (const scheme of SCHEMES) {
    test(`at ${width} px (${scheme}) the masthead is at most 96 px and the news starts within 150 px, 110 px without hot topics`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const { name, path, headline } of PAGES) {
        await openPage(page, path);
        const masthead = await box(page.getByRole('banner'));
        expect(masthead.height, `${name}: masthead height`).toBeLessThanOrEqual(96);
        // The sections are one row: every link on the same line.
        const tops = await page
          .getByRole('navigation', { name: 'Sections' })
          .getByRole('link')
          .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
        expect(new Set(tops).size, `${name}: section rows`).toBe(1);
        expect((await box(headline(page))).y, `${name}: headline top with hot topics`).toBeLessThanOrEqual(150);

        await page.getByRole('button', { name: 'Hide hot topics' }).click();
        await expect(page.getByRole('navigation', { name: 'Hot topics' })).toHaveCount(0);
        expect((await box(headline(page))).y, `${name}: headline top without hot topics`).toBeLessThanOrEqual(110);
        // The next page shows the bar again (a fresh start for the next case).
        await page.evaluate(() => localStorage.clear());
      }
    });
  }
}

test('on a phone the search and the menu sit behind two buttons; the wide screen shows everything', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '/');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Menu', expanded: false })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Search', expanded: false })).toBeVisible();
  for (const hidden of [
    banner.getByRole('link', { name: 'Saved' }),
    banner.getByRole('searchbox'),
    banner.getByRole('button', { name: 'Download for offline' }),
  ]) {
    await expect(hidden).toBeHidden();
  }

  await page.setViewportSize({ width: 1280, height: 900 });
  for (const shown of [
    banner.getByRole('link', { name: 'Saved' }),
    banner.getByRole('link', { name: 'Display' }),
    banner.getByRole('button', { name: 'Download for offline' }),
    banner.getByRole('searchbox', { name: 'Search stories' }),
    banner.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'News archive' }),
  ]) {
    await expect(shown).toBeVisible();
  }
  await expect(banner.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(banner.getByRole('button', { name: 'Search', expanded: false })).toBeHidden();
});

test('the menu works by keyboard: a disclosure that opens, leads on into its links, and closes with Escape', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '/');
  const menuButton = page.getByRole('button', { name: 'Menu' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  const saved = page.getByRole('banner').getByRole('link', { name: 'Saved' });
  await expect(saved).toBeVisible();
  // The open menu is next in the tab order after its button.
  await page.keyboard.press('Tab');
  await expect(saved).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(saved).toBeHidden();
  await expect(menuButton).toBeFocused();

  // A tap outside closes it too; a link in it opens its page and closes it.
  await menuButton.click();
  await expect(saved).toBeVisible();
  // (In main's side margin: nothing there to follow.)
  await page.locator('main').click({ position: { x: 4, y: 300 } });
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await menuButton.click();
  await page.getByRole('banner').getByRole('link', { name: 'Display' }).click();
  await expect(page).toHaveURL(/\/preferences$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Display' })).toBeHidden();
});

test('search opens into its field, Escape closes it and returns the focus, and a search runs from it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, SHOWCASE);
  const searchButton = page.getByRole('banner').getByRole('button', { name: 'Search', expanded: false });
  await searchButton.focus();
  await page.keyboard.press('Enter');
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search stories' });
  await expect(field).toBeFocused();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search', expanded: true })).toBeVisible();
  await page.keyboard.type('harb');
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search', expanded: false })).toBeFocused();

  // Open again: what was typed is still there.
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('harb');
  await page.keyboard.type('our bridge');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=harbour\+bridge$/);
  await expect(page.getByRole('region', { name: 'Results for “harbour bridge”' }).getByRole('article').first()).toBeVisible();
  await expect(field).toBeHidden();
  // The search page has its own field on a phone, with the query in it.
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search stories' })).toHaveValue('harbour bridge');
});

test("the current section is marked, and scrolled into the row's view when the row overflows", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openApp(page, '/archive');
  const sectionSize = () =>
    page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Popular' })
      .evaluate((link) => Number.parseFloat(getComputedStyle(link).fontSize));
  const defaultSize = await sectionSize();
  // The reader's text size applies to the masthead too.
  await page.addInitScript(() => localStorage.setItem('lede:preferences', JSON.stringify({ textSize: 'x-large' })));
  await openApp(page, '/archive');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'x-large');
  expect(await sectionSize()).toBeGreaterThan(defaultSize * 1.2);
  const row = page.getByRole('navigation', { name: 'Sections' });
  const current = row.getByRole('link', { name: 'News archive' });
  await expect(current).toHaveAttribute('aria-current', 'page');
  await expect(row.locator('[aria-current]')).toHaveCount(1);
  // The row is wider than the screen here (else this would prove nothing), and the current section is in its view.
  expect(await row.evaluate((nav) => nav.scrollWidth > nav.clientWidth)).toBe(true);
  const [rowBox, linkBox] = [await box(row), await box(current)];
  expect(linkBox.x).toBeGreaterThanOrEqual(rowBox.x - 1);
  expect(linkBox.x + linkBox.width).toBeLessThanOrEqual(rowBox.x + rowBox.width + 1);
});

test('hot topics are one line: no item wraps or is cut short, and the close button stays in reach', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openPage(page, SHOWCASE);
  const bar = page.getByRole('navigation', { name: 'Hot topics' });
  const items = await bar.getByRole('link').evaluateAll((links) =>
    links.map((link) => ({
      lines: link.getClientRects().length,
      cut: link.scrollWidth > link.clientWidth,
      height: link.getBoundingClientRect().height,
    })),
  );
  expect(items.length).toBeGreaterThan(2);
  for (const item of items) expect(item).toMatchObject({ lines: 1, cut: false });
  expect((await box(bar)).height).toBeLessThanOrEqual(45);
  const close = await box(bar.getByRole('button', { name: 'Hide hot topics' }));
  expect(close.x + close.width).toBeLessThanOrEqual(320);
});

test('a panel the reader opened before the app took over stays open when it does', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The story is slow, so the static frame shows for a while: its Menu button works without script (a popover).
  await applyScenario(page.context(), 'slow', 'story');
  await page.goto(SHOWCASE, { waitUntil: 'commit' });
  await page.locator('main [data-shell]').waitFor();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Saved' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Saved' })).toBeVisible();
});
