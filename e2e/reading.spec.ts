// Reading journey on the built demo app: front page → story → similar story; hot topics; not found.
import { expect, httpStatusLogged, SHOWCASE, test } from './fixtures';

test('front page leads to a full story with photo, updates and sidebar', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Lede · Top stories');
  const lead = page.locator('.lead-story h2 a');
  const headline = (await lead.textContent())?.trim() ?? '';
  expect(headline.length).toBeGreaterThan(10);
  await lead.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page).toHaveURL(/\/story\/harbour-bridge-reopens$/);
  await expect(page).toHaveTitle(`${headline} · Lede`);
  await expect(page.locator('.byline')).toContainText(/\w+/);

  const hero = page.locator('.story > .figure').first();
  await expect(hero.locator('img')).toHaveAttribute('fetchpriority', 'high');
  await expect(hero.locator('img')).toHaveJSProperty('complete', true);
  expect(await hero.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(hero.locator('figcaption .figure__caption-text')).not.toBeEmpty();
  await expect(hero.locator('figcaption .figure__credit')).toContainText(/[A-Z]{2,}/);

  await expect(page.getByRole('note').first()).toHaveText(/^Update \d{1,2}\/\d{1,2}\/\d{2} at \d{1,2}:\d{2} [ap]\.m\. ET: .+/);

  const sidebar = page.getByRole('complementary', { name: 'More stories' });
  await expect(sidebar.getByRole('region', { name: 'Similar' }).getByRole('article').first()).toBeVisible();
  const popular = sidebar.getByRole('region', { name: "This week's most popular" }).getByRole('listitem');
  expect(await popular.count()).toBeGreaterThanOrEqual(5);
});

test('a similar story opens from the sidebar', async ({ page }) => {
  await page.goto(SHOWCASE);
  const firstSimilar = page.getByRole('region', { name: 'Similar' }).getByRole('article').first().getByRole('link');
  const title = (await firstSimilar.textContent())?.trim() ?? '';
  const href = await firstSimilar.getAttribute('href');
  await firstSimilar.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('hot topics stay dismissed after a reload', async ({ page }) => {
  await page.goto(SHOWCASE);
  const bar = page.getByRole('navigation', { name: 'Hot topics' });
  await expect(bar).toBeVisible();
  await expect(bar.getByRole('link').first()).toHaveAttribute('href', /^\/topic\//);
  await bar.getByRole('button', { name: 'Hide hot topics' }).click();
  await expect(bar).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hot topics' })).toHaveCount(0);
});

test.describe('unknown story', () => {
  test.use({ expectedConsoleErrors: [httpStatusLogged(404)] });

  test('shows the not-found page with links onward', async ({ page }) => {
    await page.goto('/story/this-story-does-not-exist');
    await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible();
    await expect(page).toHaveTitle('Story not found · Lede');
    await page.getByRole('link', { name: 'Go to the front page' }).click();
    await expect(page).toHaveTitle('Lede · Top stories');
  });
});

test('an unknown route shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('a topic tag leads to its topic page', async ({ page }) => {
  await page.goto(SHOWCASE);
  const tag = page.getByRole('navigation', { name: 'Topics in this story' }).getByRole('link').first();
  const name = (await tag.textContent())?.trim() ?? '';
  await tag.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(
    page
      .getByRole('region', { name: `Latest in ${name}` })
      .getByRole('article')
      .first(),
  ).toBeVisible();
});

test('on a phone the sidebar sits below the story and nothing scrolls sideways @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(SHOWCASE);
  // The header paints before the app (index.html's early script); the sidebar comes with the app's render.
  await expect(page.getByRole('complementary', { name: 'More stories' })).toBeVisible();
  const story = await page.locator('article.story').boundingBox();
  const sidebar = await page.getByRole('complementary', { name: 'More stories' }).boundingBox();
  expect(story && sidebar).toBeTruthy();
  expect(sidebar!.y).toBeGreaterThan(story!.y + story!.height - 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('on a desktop the sidebar sits beside the story', async ({ page }) => {
  await page.goto(SHOWCASE);
  // The sidebar itself, not its skeleton (the same landmark, busy), which it replaces: measured in between, neither is.
  const sidebarLists = page.getByRole('complementary', { name: 'More stories' }).and(page.locator(':not([aria-busy])'));
  await expect(sidebarLists).toBeVisible();
  const story = await page.locator('article.story').boundingBox();
  const sidebar = await sidebarLists.boundingBox();
  expect(sidebar!.x).toBeGreaterThan(story!.x + story!.width - 1);
});

test('the footer always starts below the first screen, so content arriving above it never pushes it into view', async ({ page }) => {
  for (const path of ['/', '/archive', '/saved', '/no-such-page']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeAttached();
    const viewport = page.viewportSize();
    const footer = await page.locator('footer.site-footer').boundingBox();
    expect(footer && viewport && footer.y >= viewport.height, path).toBe(true);
  }
});
