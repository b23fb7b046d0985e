// Living with Lede: live story updates, what changed since the last visit, display preferences, metadata.
import type { BrowserContext } from '@playwright/test';
import { TEST_SWITCH_COOKIES } from '../mocks/test-switches';
import { appRendered, expect, test } from './fixtures';
import { layoutShiftSince } from './layout-shifts';

const VERSIONED = '/story/ferry-contract-tender';

async function pinVersion(context: BrowserContext, version: number) {
  await context.addCookies([{ name: TEST_SWITCH_COOKIES.storyVersion, value: String(version), domain: '127.0.0.1', path: '/' }]);
}

test('an update arriving while reading is offered without moving the text, and applied and marked on Show', async ({ page, context }) => {
  await pinVersion(context, 1);
  await page.clock.install();
  await page.goto(VERSIONED);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appRendered(page);
  const notesBefore = await page.getByRole('note').count();
  await page.evaluate(() => window.scrollTo(0, 400));
  const paragraph = page.locator('.story-body > p').nth(1);
  const boxBefore = await paragraph.boundingBox();
  const since = await page.evaluate(() => performance.now());

  await pinVersion(context, 2);
  await page.clock.runFor(61_000);
  const notice = page.getByRole('status').filter({ hasText: 'This story has been updated' });
  await expect(notice).toBeVisible();

  // Nothing under the reader moved: same paragraph position, same scroll, no layout shift, no new marks.
  expect(await paragraph.boundingBox()).toEqual(boxBefore);
  expect(await page.evaluate(() => window.scrollY)).toBe(400);
  expect(await layoutShiftSince(page, since)).toBe(0);
  await expect(page.locator('[data-change]')).toHaveCount(0);
  expect(await page.getByRole('note').count()).toBe(notesBefore);

  await notice.getByRole('button', { name: 'Show' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByText('You are now reading the updated story.')).toBeVisible();
  await expect(page.locator('[data-change="added"]')).toHaveCount(1);
  await expect(page.locator('[data-change="edited"]')).toHaveCount(1);
  await expect(page.getByRole('note')).toHaveCount(notesBefore + 1);
});

test('returning to a story that changed marks what is new since the last visit', async ({ page, context }) => {
  await pinVersion(context, 0);
  await page.goto(VERSIONED);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/changed since you last read it/)).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Front page' }).click();
  await expect(page).toHaveTitle('Lede · Top stories');

  await pinVersion(context, 2);
  await page.goto(VERSIONED);
  await expect(page.getByText(/This story has changed since you last read it/)).toBeVisible();
  await expect(page.locator('[data-change="added"]')).toHaveCount(2);
  await expect(page.locator('[data-change="edited"]')).toHaveCount(1);
  await page.getByText('Changes since your last visit').click();
  await expect(page.locator('.story-changes li')).toHaveCount(3);
  // The publisher's update notes are shown as written, beside the marks.
  await expect(page.getByRole('note').first()).toContainText('the name of the reviewer and the pause at Pier 6');

  // Reading it now makes this the last-read version: a reload shows no marks.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-change]')).toHaveCount(0);
});

test('theme and text size survive a reload and apply before the first paint', async ({ page }) => {
  await page.goto('/preferences');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radio', { name: 'Extra large' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Record the root's state the moment <body> exists, before any app script has run.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body || !document.documentElement) return;
      observer.disconnect();
      const root = document.documentElement;
      (window as unknown as { firstPaintState: unknown }).firstPaintState = {
        theme: root.getAttribute('data-theme'),
        size: root.getAttribute('data-text-size'),
        scheme: getComputedStyle(root).colorScheme,
        fontSize: getComputedStyle(root).fontSize,
      };
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/story/harbour-bridge-reopens');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { firstPaintState: unknown }).firstPaintState)).toEqual({
    theme: 'dark',
    size: 'x-large',
    scheme: 'dark',
    fontSize: '20px',
  });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 23, 26)');
});

test('the JSON-LD NewsArticle matches the visible story, also after a client-side navigation', async ({ page }) => {
  await page.goto('/story/harbour-bridge-reopens');
  for (let step = 0; step < 2; step += 1) {
    const headline = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const jsonLd = JSON.parse((await page.getByTestId('news-article-jsonld').textContent()) ?? '{}');
    expect(jsonLd['@type']).toBe('NewsArticle');
    expect(jsonLd.headline).toBe(headline);
    const times = page.locator('.story-header__times time');
    expect(jsonLd.datePublished).toBe(await times.first().getAttribute('datetime'));
    const authors = await page.locator('.byline__name').allTextContents();
    expect(jsonLd.author.map((author: { name: string }) => author.name)).toEqual(authors);
    const hero = await page.locator('.story > .figure img').getAttribute('src');
    if (hero) expect(jsonLd.image[0]).toBe(new URL(hero, page.url()).href);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', page.url());
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', headline);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
    if (step === 0) {
      await page.getByRole('region', { name: 'Similar' }).getByRole('article').first().getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(headline);
    }
  }
});

test('share copies the link with a confirmation where there is no share sheet', async ({ page, context }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
  await page.goto('/story/harbour-bridge-reopens');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('a long story offers to resume where the reader stopped, and jumps only when asked', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await page.goto('/story/harbour-bridge-reopens');
  await appRendered(page);
  const story = page.locator('article.story');
  const box = await story.boundingBox();
  const target = (box?.y ?? 0) + ((box?.height ?? 0) - 700) * 0.5;
  await page.evaluate((y) => window.scrollTo(0, y), target);
  await page.waitForTimeout(300);
  // The words at the top of the screen when the reader left: a body block and where it sat on the screen.
  const place = () =>
    page.evaluate(() => {
      const blocks = [...(document.querySelector('article.story .story-body')?.children ?? [])];
      const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > 0);
      return { block: index, top: blocks[index]?.getBoundingClientRect().top ?? Number.NaN, text: blocks[index]?.textContent ?? '' };
    });
  const left = await place();
  expect(left.block).toBeGreaterThan(0);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Front page' }).click();
  await expect(page).toHaveTitle('Lede · Top stories');

  await page.goto('/story/harbour-bridge-reopens');
  const offer = page.getByRole('region', { name: 'Continue reading' });
  await expect(offer).toContainText(/You read (4\d|5\d)% of this story/);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await offer.getByRole('button', { name: 'Continue where you stopped' }).click();
  await expect(offer).toHaveCount(0);
  // The same words at the top of the screen, within 80 px of where they were.
  await expect
    .poll(async () => {
      const now = await place();
      return now.block === left.block && now.text === left.text && Math.abs(now.top - left.top) < 80;
    })
    .toBe(true);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - target)).toBeLessThan(80);
});

test('a reload returns to where the reader was, and another page opened afresh starts at the top', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await page.goto('/story/harbour-bridge-reopens');
  await appRendered(page);
  await page.evaluate(() => window.scrollTo(0, 600));
  await page.reload();
  await appRendered(page);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(600);
  // Another story opened from the address bar: a new page, not the one the reader left.
  await page.goto('/story/council-budget-vote');
  await appRendered(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('resuming lands on the same words in a narrower window, where photos and text change height apart', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await page.goto('/story/harbour-bridge-reopens');
  await appRendered(page);
  const box = await page.locator('article.story').boundingBox();
  await page.evaluate((y) => window.scrollTo(0, y), (box?.y ?? 0) + ((box?.height ?? 0) - 700) * 0.5);
  // The place is remembered by code that loads after the story (its offers' chunk): on a busy host that can take
  // longer than any fixed wait, so wait for the place itself (well down the story, not its top).
  const remembered = () =>
    page.evaluate(() => {
      const all = JSON.parse(localStorage.getItem('lede:reading-positions') ?? '{}') as Record<string, { progress?: number }>;
      return all['harbour-bridge-reopens']?.progress ?? 0;
    });
  await expect.poll(remembered).toBeGreaterThan(0.2);
  const firstWords = () =>
    page.evaluate(() => {
      const blocks = [...(document.querySelector('article.story .story-body')?.children ?? [])];
      return blocks.find((block) => block.getBoundingClientRect().bottom > 0)?.textContent ?? '';
    });
  const left = await firstWords();
  expect(left).not.toBe('');

  await page.goto('/');
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/story/harbour-bridge-reopens');
  const offer = page.getByRole('region', { name: 'Continue reading' });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await offer.getByRole('button', { name: 'Continue where you stopped' }).click();
  // A share of the page's height would land elsewhere: the text above the place got taller, the photos shorter.
  await expect.poll(firstWords).toBe(left);
});

test('printing shows just the story with its captions and credits', async ({ page }) => {
  await page.goto('/story/harbour-bridge-reopens');
  await expect(page.getByRole('region', { name: 'Similar' }).getByRole('article').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'More stories' })).toBeHidden();
  await expect(page.locator('.masthead')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save for offline' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.story .figure__caption-text').first()).toBeVisible();
  await expect(page.locator('.story .figure__credit').first()).toBeVisible();
});
