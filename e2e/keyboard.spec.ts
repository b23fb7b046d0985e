// Keyboard only: skip link → story → similar story → archive → back, with focus on each new page's heading
// and its title announced.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until `locator`'s element has focus (at most `limit` presses), like a keyboard user would. */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await isTarget()) return;
  }
  throw new Error(`target not reached after ${limit} Tab presses`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');

async function expectNewPage(page: Page, title: RegExp | string) {
  await expect(page).toHaveTitle(title);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  // The live region announces the new page's title.
  await expect(page.locator('[aria-live="polite"][aria-atomic="true"]').last()).toHaveText(await page.title());
}

test('a keyboard-only reader goes from the front page to a story, a similar story, the archive and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.lead-story h2')).toBeVisible();

  // The first Tab reaches the skip link, which moves focus past the masthead.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // From the main content, Tab to the lead story and open it.
  const leadHref = await page.locator('.lead-story h2 a').getAttribute('href');
  await tabTo(page, async () => (await focusedHref(page)) === leadHref);
  await page.keyboard.press('Enter');
  await expectNewPage(page, /Harbour Bridge reopens/);

  // On to the first similar story.
  const similar = page.getByRole('region', { name: 'Similar' }).getByRole('article').first().getByRole('link');
  await expect(similar).toBeVisible();
  const similarHref = await similar.getAttribute('href');
  const similarTitle = (await similar.textContent())?.trim() ?? '';
  await tabTo(page, async () => (await focusedHref(page)) === similarHref);
  await page.keyboard.press('Enter');
  await expectNewPage(page, `${similarTitle} · Lede`);
  const storyUrl = page.url();

  // Then the archive, from the masthead navigation (Shift+Tab back up to it from the heading).
  for (let presses = 0; presses < 40 && (await focusedText(page)) !== 'News archive'; presses += 1) await page.keyboard.press('Shift+Tab');
  expect(await focusedText(page)).toBe('News archive');
  await page.keyboard.press('Enter');
  await expectNewPage(page, /Archive · Lede|News archive · Lede/);

  // Back (the browser's own Alt+Left, which headless Chromium does not take from page key events) returns to the story.
  await page.goBack();
  await expect(page).toHaveURL(storyUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(similarTitle);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
