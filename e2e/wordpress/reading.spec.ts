// Lede built over a real, seeded WordPress (npm run wordpress; build:wordpress): the reader's journeys end to end.
import { appRendered, expect, httpStatusLogged, test } from '../fixtures';

const BRIDGE = '/story/harbour-bridge-reopens';
const BRIDGE_HEADLINE = /^Harbour Bridge reopens after 14 months of repairs/;

test('the front page leads with the sticky post, then the latest', async ({ page }) => {
  await page.goto('/');
  // tip-line-scam-warning is the seed's one sticky post and only its sixth newest.
  await expect(page.locator('.lead-story h2 a')).toHaveText(/^Fake ‘Herald tip line’ texts/);
  await expect(page.locator('.lead-story h2 a')).toHaveAttribute('href', '/story/tip-line-scam-warning');
  const headlines = await page.locator('main article h2 a, main article h3 a').allTextContents();
  expect(headlines.findIndex((text) => BRIDGE_HEADLINE.test(text))).toBe(1);
  expect(new Set(headlines).size).toBe(headlines.length);
  // Hot topics: the busiest categories of recent posts.
  const bar = page.getByRole('navigation', { name: 'Hot topics' });
  await expect(bar.getByRole('link').first()).toHaveAttribute('href', /^\/topic\/[a-z-]+$/);
});

test('a story shows its hero, every block kind, update notes, topics and the sidebar', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: BRIDGE_HEADLINE }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE_HEADLINE);
  await expect(page).toHaveURL(BRIDGE);
  await appRendered(page);
  await expect(page.locator('.byline')).toContainText(/\w+/);
  const hero = page.locator('.story > .figure').first();
  await expect(hero.locator('img')).toHaveJSProperty('complete', true);
  expect(await hero.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // WordPress's own sizes become the srcset, its uploads the address.
  await expect(hero.locator('img')).toHaveAttribute('srcset', /\/wp-content\/uploads\/.+-\d+x\d+\.webp \d+w/);
  await expect(hero.locator('figcaption .figure__credit')).toContainText(/[A-Z]{2,}/);

  const story = page.locator('article.story');
  await expect(page.getByRole('note').first()).toHaveText(/^Update \d{1,2}\/\d{1,2}\/\d{2} at \d{1,2}:\d{2} [ap]\.m\. ET: .+/);
  await expect(
    story
      .locator('p')
      .filter({ hasText: /\w+ \w+ \w+ \w+/ })
      .first(),
  ).toBeVisible();
  await expect(story.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(story.locator('.block-quote')).not.toHaveCount(0);
  await expect(story.locator('.block-list li').first()).toBeAttached();
  await expect(story.locator('.figure')).not.toHaveCount(1); // the hero and at least one photo in the body
  await expect(story.locator('.embedded-post').first()).toBeAttached();
  // A WordPress post may be in any language, whatever the publication's: each text block's direction is its own.
  for (const block of ['.story-body > p', '.body-heading', '.block-list li', '.block-quote p'])
    await expect(story.locator(block).first(), block).toHaveAttribute('dir', 'auto');
  await expect(story.getByRole('complementary', { name: 'From the newsroom' })).toBeAttached();
  // No HTML from WordPress reaches the page as HTML, and the fixture's javascript: link is only words.
  await expect(story.locator('script, iframe, [onclick], a[href^="javascript:"]')).toHaveCount(0);

  const tags = page.getByRole('navigation', { name: 'Topics in this story' }).getByRole('link');
  await expect(tags.first()).toHaveAttribute('href', /^\/topic\//);
  const sidebar = page.getByRole('complementary', { name: 'More stories' });
  const similar = sidebar.getByRole('region', { name: 'Similar' }).getByRole('article');
  await expect(similar.first()).toBeVisible();
  await expect(similar.filter({ hasText: BRIDGE_HEADLINE })).toHaveCount(0);
  const popular = sidebar.getByRole('region', { name: "This week's most popular" }).getByRole('listitem');
  await expect(popular.first()).toBeVisible();
});

test('a similar story opens from the sidebar', async ({ page }) => {
  await page.goto(BRIDGE);
  const link = page.getByRole('region', { name: 'Similar' }).getByRole('article').first().getByRole('link');
  const title = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('a topic page lists its category', async ({ page }) => {
  await page.goto('/topic/transport');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transport');
  const region = page.getByRole('region', { name: 'Latest in Transport' });
  await expect(region.getByRole('article')).toHaveCount(6);
  await expect(region.getByRole('link', { name: BRIDGE_HEADLINE })).toBeVisible();
});

test('search finds stories with every word', async ({ page }) => {
  await page.goto('/search?q=harbour%20bridge');
  await expect(page.getByRole('link', { name: BRIDGE_HEADLINE })).toBeVisible();
  await expect(page.locator('main article')).toHaveCount(4);
});

test('the popular page ranks the editors’ most-read tag', async ({ page }) => {
  await page.goto('/popular');
  await expect(page.locator('main ol li').first()).toBeVisible();
  expect(await page.locator('main ol > li').count()).toBe(10);
});

test.describe('not found', () => {
  test.use({ expectedConsoleErrors: [httpStatusLogged(404)] });

  test('an unknown slug and the draft are the not-found page', async ({ page }) => {
    for (const slug of ['no-such-story', 'embargoed-ferry-fares']) {
      await page.goto(`/story/${slug}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible();
    }
  });
});
