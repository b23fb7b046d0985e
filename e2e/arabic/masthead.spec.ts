// The Arabic demo's masthead on a narrow phone: its row of sections overflows, and the current one is brought into the
// row's view from the right, as a right-to-left row starts there.
import { masthead } from '../../src/lib/words/ar/masthead';
import { appRendered, expect, test } from '../fixtures';

test("the current section is marked, and scrolled into the row's view when the row overflows, right to left", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  // The reader's largest text makes the row overflow at 320 px.
  await page.addInitScript(() => localStorage.setItem('lede:preferences', JSON.stringify({ textSize: 'x-large' })));
  await page.goto('/archive');
  await appRendered(page);
  const row = page.getByRole('navigation', { name: masthead.sections });
  const current = row.getByRole('link', { name: masthead.archive });
  await expect(current).toHaveAttribute('aria-current', 'page');
  expect(await row.evaluate((nav) => nav.scrollWidth > nav.clientWidth)).toBe(true);
  const [rowBox, linkBox] = [await row.boundingBox(), await current.boundingBox()];
  expect(linkBox!.x).toBeGreaterThanOrEqual(rowBox!.x - 1);
  expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(rowBox!.x + rowBox!.width + 1);
});
