// Search from the masthead: results with the words marked, a shareable URL that survives a reload, and the empty states.
import { appRendered, expect, test } from './fixtures';

test('searching from the header shows marked results at a shareable URL', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search stories' });
  await box.fill('harbour bridge');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=harbour\+bridge$/);
  const results = page.getByRole('region', { name: 'Results for “harbour bridge”' });
  await expect(results.getByRole('article').first()).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/^(harbour|bridge)$/i);

  const first = await results.getByRole('article').first().getByRole('link').textContent();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Results for “harbour bridge”' }).getByRole('article').first().getByRole('link')).toHaveText(
    first ?? '',
  );
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toHaveValue('harbour bridge');
});

test('a search with no results says so, and /search without a query explains what to do', async ({ page }) => {
  await page.goto('/search?q=zebra%20crossing%20xylophone');
  await expect(page.getByText('No stories match “zebra crossing xylophone”.', { exact: false })).toBeVisible();
  await page.goto('/search');
  await expect(page.getByText('Type a word or two to find stories', { exact: false })).toBeVisible();
});

test('what a reader types into the search box before the app has started is kept when the app takes over', async ({ page }) => {
  // Hold the app's entry module: until it runs, the masthead is index.html's static frame.
  let releaseApp: () => void = () => undefined;
  const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await appHeld;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' }); // "load" waits for the held module
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search stories' });
  await box.fill('harbour bri');
  await expect(page.locator('main [data-shell]')).toBeAttached(); // still the static frame

  releaseApp();
  await appRendered(page);
  await expect(box).toHaveValue('harbour bri');
  await expect(box).toBeFocused();
  await page.keyboard.type('dge');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=harbour\+bridge$/);
});
